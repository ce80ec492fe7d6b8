import { NODE_DATE_PROPERTIES, NODE_KINDS, NodeKind, RELATIONSHIP_DATE_PROPERTIES, RelationshipType } from '../model';
import { Direction } from '../schema/kinds';
import { normaliseId } from '../schema/ids';
import { cypher } from './cypher-files';
import { CypherRunner } from './cypher-runner';
import { buildListQuery, encodeCursor, ListRequest, ListShape } from './list-query';
import { symbolPhrase } from './traversal.repository';
import { NodeShape, ownProperties, parseSources, SourceShape, toNode } from './storage-codec';
import { allColumns, NodeColumns } from './selection/columns';
import { CompiledNode, readNode } from './selection/compile';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const READ_CLAIMS = cypher('node/read-claims');
const READ_NODES = cypher('node/read-nodes');
const READ_RELATIONSHIPS = cypher('node/read-relationships');

/** Which relationships of one node to read. */
export interface RelationshipKey {
  id: string;
  types: readonly RelationshipType[] | null;
  direction: Direction;
  kind: NodeKind | null;
}

/** A relationship as seen from the node it was reached from. */
export interface RelationshipShape {
  id: string;
  type: RelationshipType;
  direction: Direction;
  properties: Record<string, unknown>;
  sources: SourceShape[];
  node: NodeShape;
}

export interface ClaimShape {
  id: string;
  property: string;
  value: string;
  preferred: boolean;
  reason?: string;
  sources: SourceShape[];
}

/** A page of a kind's list, shaped as a Relay connection. */
export interface ConnectionShape {
  edges: Array<{ cursor: string; node: NodeShape }>;
  nodes: NodeShape[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Reads nodes, their relationships and the claims about them, many at a time. */
export class NodeRepository {
  constructor(private readonly runner: CypherRunner) {}

  /**
   * Nodes by id or by any document symbol, in the order asked; null where none matches. With a compiled
   * selection (its variable `found`), one statement reads them with everything selected below them.
   */
  async findMany(
    ids: readonly string[],
    columns: NodeColumns = allColumns(NODE_KINDS),
    compiled?: CompiledNode,
  ): Promise<Array<NodeShape | null>> {
    const lookups = ids.map((id, index) => ({ index, id: normaliseId(id), key: symbolPhrase(id) }));
    if (compiled) {
      const query = `${READ_NODES.split('\nRETURN ')[0]}\nRETURN lookup.index AS index, ${compiled.text} AS node`;
      const rows = await this.runner.read<{ index: number; node: Record<string, unknown> }>(query, { lookups });
      const found: Array<NodeShape | null> = ids.map(() => null);
      for (const { index, node } of rows) found[index] = readNode(node, compiled.plan);
      return found;
    }
    const rows = await this.runner.read<{
      index: number;
      node: { id: string; kind: string; properties: Array<[string, unknown]>; sources: string[] | null };
    }>(READ_NODES, { lookups, columns: columns.properties, withSources: columns.sources });
    const found: Array<NodeShape | null> = ids.map(() => null);
    for (const { index, node } of rows) {
      found[index] = toNode({ ...Object.fromEntries(node.properties), id: node.id, kind: node.kind, sources: node.sources });
    }
    return found;
  }

  /** The relationships of many nodes in one round trip, in the order of `keys`. */
  async relationshipsMany(keys: readonly RelationshipKey[]): Promise<RelationshipShape[][]> {
    const params = keys.map((key, index) => ({ index, ...key }));
    const rows = await this.runner.read<{
      index: number;
      relationships: Array<{ type: RelationshipType; out: boolean; properties: Record<string, unknown>; node: Record<string, unknown> }>;
    }>(READ_RELATIONSHIPS, {
      keys: params,
      relationshipDateProperties: RELATIONSHIP_DATE_PROPERTIES,
      nodeDateProperties: NODE_DATE_PROPERTIES,
    });
    const result: RelationshipShape[][] = keys.map(() => []);
    for (const row of rows) {
      result[row.index] = row.relationships.map((rel) => ({
        id: String(rel.properties.id),
        type: rel.type,
        direction: rel.out ? Direction.OUT : Direction.IN,
        properties: ownProperties(rel.properties),
        sources: parseSources(rel.properties.sources),
        node: toNode(rel.node),
      }));
    }
    return result;
  }

  /** The claims about many nodes in one round trip. */
  async claimsMany(ids: readonly string[]): Promise<ClaimShape[][]> {
    const rows = await this.runner.read<{ id: string; claims: Array<Record<string, unknown>> }>(READ_CLAIMS, {
      ids: [...ids],
    });
    const byId = new Map(rows.map((row) => [row.id, row.claims]));
    return ids.map((id) =>
      (byId.get(id) ?? []).map((claim) => ({
        ...(ownProperties(claim) as Omit<ClaimShape, 'sources'>),
        sources: parseSources(claim.sources),
      })),
    );
  }

  /** One page of the nodes of `kind`, filtered and ordered, with the total count if asked: one round trip. */
  async list(kind: NodeKind, request: ListRequest, defaultSort: string, shape?: ListShape): Promise<ConnectionShape> {
    const built = buildListQuery(kind, request, defaultSort, shape);
    const result = await this.runner.read<{ total: number | null; sortKey: string | number; node: Record<string, unknown> | null }>(
      built.query,
      built.params,
    );
    const total = result.find((row) => row.node === null)?.total ?? 0;
    const page = result.filter((row): row is typeof row & { node: Record<string, unknown> } => row.node !== null);
    const more = page.length > built.size;
    const rows = page.slice(0, built.size);
    if (built.backwards) rows.reverse();
    const edges = rows.map((r) => {
      const node = shape?.compiled ? readNode(r.node, shape.compiled.plan) : toNode(r.node);
      return { cursor: encodeCursor({ field: built.field, value: r.sortKey, id: node.id }), node };
    });
    return {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: {
        hasNextPage: built.backwards ? built.hasCursor : more,
        hasPreviousPage: built.backwards ? more : built.hasCursor,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: total,
    };
  }
}
