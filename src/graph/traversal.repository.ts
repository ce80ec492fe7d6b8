import neo4j from 'neo4j-driver';
import { Direction, isNodeKind, isRelationshipType, NodeKind, RelationshipType } from '../schema/kinds';
import { kindSpec, NODE_DATE_PROPERTIES, NODE_KINDS, RELATIONSHIP_DATE_PROPERTIES } from '../model';
import { normaliseId, symbolKey } from '../schema/ids';
import { badInput } from '../errors';
import { cypher } from './cypher-files';
import { fill } from './fragments';
import { CypherRunner } from './cypher-runner';
import { ownProperties, parseSources, SourceShape, toNode } from './storage-codec';
import { GraphFields } from './selection/selection';
import { StatsRepository } from './stats.repository';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const DISPUTES = cypher('graph/disputes');
const NEIGHBOURHOOD = cypher('graph/neighbourhood');
const RELATED = cypher('graph/related');
const SEARCH = cypher('graph/search');
const SHORTEST_PATH = cypher('graph/shortest-path');
const TIMELINE = cypher('graph/timeline');

/** A node as graph tools see it. */
export interface GraphNodeShape {
  id: string;
  kind: string;
  label: string;
  properties: Record<string, unknown>;
  sources: SourceShape[];
}

/** A relationship as graph tools see it. */
export interface GraphEdgeShape {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
  sources: SourceShape[];
}

export interface SubgraphShape {
  nodes: GraphNodeShape[];
  edges: GraphEdgeShape[];
  truncated: boolean;
}

/** A node as the graph-side statements project it: properties as [name, value] pairs, each part only if asked. */
interface ProjectedNode {
  id: string;
  kind: string;
  label: string | null;
  properties: Array<[string, unknown]> | null;
  sources: string[] | null;
}

/** A relationship as the graph-side statements project it. */
interface ProjectedEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Array<[string, unknown]> | null;
  sources: string[] | null;
}

/** A projected node as a GraphNode; a part the request did not select stays empty. */
export function fromProjectedNode(node: ProjectedNode): GraphNodeShape {
  return {
    id: node.id,
    kind: node.kind,
    label: String(node.label ?? node.id),
    properties: Object.fromEntries(node.properties ?? [['id', node.id]]),
    sources: parseSources(node.sources),
  };
}

/** A projected relationship as a GraphEdge. */
export function fromProjectedEdge(edge: ProjectedEdge): GraphEdgeShape {
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    properties: Object.fromEntries(edge.properties ?? [['id', edge.id]]),
    sources: parseSources(edge.sources),
  };
}

/** A subgraph as a statement returns it in columns: one list per field, the unasked parts null. */
type SubgraphColumns = {
  nodeIds: string[];
  nodeKinds: string[];
  nodeLabels: Array<string | null>;
  nodeProperties: Array<Array<[string, unknown]>> | null;
  nodePassages: Array<string[] | null> | null;
  edgeIds: string[];
  edgeTypes: string[];
  edgeSources: string[];
  edgeTargets: string[];
  edgeProperties: Array<Array<[string, unknown]>> | null;
  edgePassages: Array<string[] | null> | null;
  truncated: boolean;
};

function fromColumns(row: SubgraphColumns): SubgraphShape {
  const nodes = row.nodeIds.map((id, i) =>
    fromProjectedNode({ id, kind: row.nodeKinds[i], label: row.nodeLabels[i], properties: row.nodeProperties?.[i] ?? null, sources: row.nodePassages?.[i] ?? null }),
  );
  const edges = row.edgeIds.map((id, i) =>
    fromProjectedEdge({
      id,
      type: row.edgeTypes[i],
      source: row.edgeSources[i],
      target: row.edgeTargets[i],
      properties: row.edgeProperties?.[i] ?? null,
      sources: row.edgePassages?.[i] ?? null,
    }),
  );
  return { nodes, edges, truncated: row.truncated };
}

/**
 * A symbol key as a phrase for the entity_symbol index (keyword analyzer: the whole key is one term), so that
 * a document is found by any of its symbols through the index.
 */
export function symbolPhrase(id: string): string {
  return `"${symbolKey(id).replace(/["\\]/g, '\\$&')}"`;
}

/** The parameters every graph-side statement takes: which parts to project, and how each kind is labelled. */
function projection(fields: GraphFields) {
  return { fields, labelProperty: LABEL_PROPERTY };
}

const LABEL_PROPERTY = Object.fromEntries(NODE_KINDS.map((kind) => [kind, kindSpec(kind).labelProperty]));

// How many more index hits a search reads each time a kinds filter leaves its page short.
const SEARCH_WIDENING = 10;
const SEARCH_MAX_FETCH = 1_000_000;

interface StoredEdge {
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Turns a stored node (`n { .*, kind }`) into a GraphNode. */
export function toGraphNode(stored: Record<string, unknown>): GraphNodeShape {
  const { id, kind, label, sources, ...properties } = toNode(stored);
  return { id, kind, label, properties: { id, ...properties }, sources };
}

/** Turns a stored relationship into a GraphEdge. */
export function toGraphEdge(stored: StoredEdge): GraphEdgeShape {
  const properties = ownProperties(stored.properties);
  return {
    id: String(stored.properties.id),
    type: stored.type,
    source: stored.source,
    target: stored.target,
    properties,
    sources: parseSources(stored.properties.sources),
  };
}

// Lucene's query syntax characters; user text is searched for as words, never parsed as a query.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A Lucene query from user words: each word as typed, and the last one also as a prefix (for suggestions). */
export function searchQuery(text: string): string | null {
  const words = text
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^(AND|OR|NOT|TO)$/.test(word));
  if (words.length === 0) return null;
  const last = words[words.length - 1];
  return [...words, `${last}*`].join(' ');
}

function splitKinds(kinds: readonly string[] | null | undefined, argument: string) {
  if (!kinds) return { nodeKinds: null as NodeKind[] | null, types: null as RelationshipType[] | null };
  const nodeKinds: NodeKind[] = [];
  const types: RelationshipType[] = [];
  for (const kind of kinds) {
    if (isNodeKind(kind)) nodeKinds.push(kind);
    else if (isRelationshipType(kind)) types.push(kind);
    else throw badInput(argument, `${argument} holds "${kind.slice(0, 40)}", which is neither a node kind nor a relationship type.`);
  }
  return { nodeKinds, types };
}

/** The shortest-path query for paths of at most `maxDepth` relationships (Cypher takes no parameter there), one or all. */
export function shortestPathStatement(maxDepth: number, all: boolean): string {
  if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > 10) throw badInput('maxDepth', 'maxDepth must be between 1 and 10');
  return fill(fill(SHORTEST_PATH, '$MAX_DEPTH', String(maxDepth)), '$PATHS', all ? 'allShortestPaths' : 'shortestPath');
}

/** The graph-shaped reads: traversals, paths, the timeline, search, relatedness, disputes and counts. */
export class TraversalRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Null when the start node does not exist. */
  async neighbourhood(
    id: string,
    depth: number,
    types: RelationshipType[] | null,
    direction: Direction,
    limit: number,
    fields: GraphFields,
  ): Promise<SubgraphShape | null> {
    const [row] = await this.runner.read<SubgraphColumns>(NEIGHBOURHOOD, {
      id: normaliseId(id),
      key: symbolPhrase(id),
      depth: neo4j.int(depth),
      types,
      direction,
      limit: neo4j.int(limit),
      ...projection(fields),
    });
    if (!row) return null;
    return fromColumns(row);
  }

  /** `found` is false when either end does not exist; `path` is null when no path exists within maxDepth. */
  async shortestPath(
    from: string,
    to: string,
    maxDepth: number,
    types: RelationshipType[] | null,
    all: boolean,
    fields: GraphFields,
  ): Promise<{ found: boolean; path: SubgraphShape | null }> {
    const query = shortestPathStatement(maxDepth, all);
    const [row] = await this.runner.read<{ found: boolean; nodes: ProjectedNode[]; edges: ProjectedEdge[] }>(query, {
      fromId: normaliseId(from),
      fromKey: symbolPhrase(from),
      toId: normaliseId(to),
      toKey: symbolPhrase(to),
      types,
      ...projection(fields),
    });
    if (!row.found) return { found: false, path: null };
    if (row.nodes.length === 0) return { found: true, path: null };
    return { found: true, path: { nodes: row.nodes.map(fromProjectedNode), edges: row.edges.map(fromProjectedEdge), truncated: false } };
  }

  async timeline(from: string | null, to: string | null, kinds: readonly string[] | null, first: number, fields: GraphFields) {
    const { nodeKinds, types } = splitKinds(kinds, 'kinds');
    const rows = await this.runner.read<{
      date: string;
      entryKind: 'NODE' | 'RELATIONSHIP';
      dateProperty: string;
      node: ProjectedNode;
      edge: ProjectedEdge | null;
      target: ProjectedNode | null;
    }>(TIMELINE, {
      from,
      to,
      nodeKinds: nodeKinds && nodeKinds.length ? nodeKinds : null,
      types: types && types.length ? types : null,
      onlyNodes: Boolean(nodeKinds?.length && !types?.length),
      onlyRelationships: Boolean(types?.length && !nodeKinds?.length),
      first: neo4j.int(first),
      nodeDateProperties: NODE_DATE_PROPERTIES,
      relationshipDateProperties: RELATIONSHIP_DATE_PROPERTIES,
      ...projection(fields),
    });
    return rows.map((row) => {
      const node = fromProjectedNode(row.node);
      const edge = row.edge ? fromProjectedEdge(row.edge) : null;
      const target = row.target ? fromProjectedNode(row.target) : null;
      const description = edge
        ? `${node.label} ${edge.type} ${target?.label ?? edge.target} (${row.dateProperty})`
        : `${node.kind}: ${node.label}`;
      return { date: row.date, entryKind: row.entryKind, dateProperty: row.dateProperty, node, edge, target, description };
    });
  }

  /**
   * The best `first` matches. One statement, unless a kinds filter leaves the page short while the index had
   * more hits: then it reads ten times as many, until the page is full or the index has no more.
   */
  async search(text: string, kinds: readonly string[] | null, first: number, fields: GraphFields) {
    const query = searchQuery(text);
    if (query === null) return [];
    const { nodeKinds, types } = splitKinds(kinds, 'kinds');
    if (types?.length) throw badInput('kinds', 'kinds takes node kinds only (Report, Person, ...).');
    let fetch = nodeKinds ? first * SEARCH_WIDENING : first;
    for (;;) {
      const [row] = await this.runner.read<{ read: number; hits: Array<{ score: number; node: ProjectedNode }> }>(SEARCH, {
        query,
        kinds: nodeKinds,
        first: neo4j.int(first),
        fetch: neo4j.int(fetch),
        ...projection(fields),
      });
      if (row.hits.length >= first || row.read < fetch || fetch >= SEARCH_MAX_FETCH) {
        return row.hits.map((hit) => ({ score: hit.score, node: fromProjectedNode(hit.node) }));
      }
      fetch *= SEARCH_WIDENING;
    }
  }

  /** Null when the node does not exist. */
  async related(id: string, first: number, fields: GraphFields) {
    const [row] = await this.runner.read<{
      hits: Array<{ score: number; node: ProjectedNode; shared: ProjectedNode[]; sharedCount: number }>;
    }>(RELATED, { id: normaliseId(id), key: symbolPhrase(id), first: neo4j.int(first), ...projection(fields) });
    if (!row) return null;
    return row.hits.map((hit) => {
      const shared = hit.shared.map(fromProjectedNode);
      const names = shared.slice(0, 3).map((node) => node.label.length > 60 ? `${node.label.slice(0, 57)}...` : node.label);
      const more = hit.sharedCount > names.length ? ` and ${hit.sharedCount - names.length} more` : '';
      return {
        score: hit.score,
        node: fromProjectedNode(hit.node),
        shared,
        sharedCount: hit.sharedCount,
        reason: `shares ${hit.sharedCount} neighbour${hit.sharedCount === 1 ? '' : 's'}: ${names.join('; ')}${more}`,
      };
    });
  }

  async disputes(fields: GraphFields) {
    const rows = await this.runner.read<{ subject: ProjectedNode; property: string; claims: Array<Record<string, unknown>> }>(
      DISPUTES,
      projection(fields),
    );
    return rows.map((row) => {
      const claims = row.claims.map((claim) => ({ ...(ownProperties(claim) as { preferred: boolean }), sources: parseSources(claim.sources) }));
      return { subject: fromProjectedNode(row.subject), property: row.property, claims, preferred: claims.find((c) => c.preferred) ?? null };
    });
  }

  async stats() {
    const counts = await new StatsRepository(this.runner).counts();
    const sum = (list: Array<{ count: number }>) => list.reduce((total, item) => total + item.count, 0);
    return {
      ...counts,
      totalNodes: sum(counts.nodes),
      totalRelationships: sum(counts.relationships),
    };
  }
}

