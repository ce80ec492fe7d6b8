import neo4j from 'neo4j-driver';
import { Direction, isNodeKind, isRelationshipType, NodeKind, RelationshipType } from '../schema/kinds';
import { NODE_DATE_PROPERTIES, RELATIONSHIP_DATE_PROPERTIES } from '../model';
import { normaliseId, symbolKey } from '../schema/ids';
import { badInput } from '../errors';
import { cypher } from './cypher-files';
import { fill } from './fragments';
import { CypherRunner } from './cypher-runner';
import { ownProperties, parseSources, SourceShape, toNode } from './storage-codec';
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
  ): Promise<SubgraphShape | null> {
    const [row] = await this.runner.read<{ nodes: Array<Record<string, unknown>>; edges: StoredEdge[]; truncated: boolean }>(
      NEIGHBOURHOOD,
      { id: normaliseId(id), key: symbolKey(id), depth: neo4j.int(depth), types, direction, limit: neo4j.int(limit) },
    );
    if (!row) return null;
    return { nodes: row.nodes.map(toGraphNode), edges: row.edges.map(toGraphEdge), truncated: row.truncated };
  }

  /** `found` is false when either end does not exist; `path` is null when no path exists within maxDepth. */
  async shortestPath(
    from: string,
    to: string,
    maxDepth: number,
    types: RelationshipType[] | null,
    all: boolean,
  ): Promise<{ found: boolean; path: SubgraphShape | null }> {
    const query = shortestPathStatement(maxDepth, all);
    const [row] = await this.runner.read<{ found: boolean; nodes: Array<Record<string, unknown>>; edges: StoredEdge[] }>(query, {
      fromId: normaliseId(from),
      fromKey: symbolKey(from),
      toId: normaliseId(to),
      toKey: symbolKey(to),
      types,
    });
    if (!row.found) return { found: false, path: null };
    if (row.nodes.length === 0) return { found: true, path: null };
    return { found: true, path: { nodes: row.nodes.map(toGraphNode), edges: row.edges.map(toGraphEdge), truncated: false } };
  }

  async timeline(from: string | null, to: string | null, kinds: readonly string[] | null, first: number) {
    const { nodeKinds, types } = splitKinds(kinds, 'kinds');
    const rows = await this.runner.read<{
      date: string;
      entryKind: 'NODE' | 'RELATIONSHIP';
      dateProperty: string;
      node: Record<string, unknown>;
      edge: StoredEdge | null;
      target: Record<string, unknown> | null;
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
    });
    return rows.map((row) => {
      const node = toGraphNode(row.node);
      const edge = row.edge ? toGraphEdge(row.edge) : null;
      const target = row.target ? toGraphNode(row.target) : null;
      const description = edge
        ? `${node.label} ${edge.type} ${target?.label ?? edge.target} (${row.dateProperty})`
        : `${node.kind}: ${node.label}`;
      return { date: row.date, entryKind: row.entryKind, dateProperty: row.dateProperty, node, edge, target, description };
    });
  }

  async search(text: string, kinds: readonly string[] | null, first: number) {
    const query = searchQuery(text);
    if (query === null) return [];
    const { nodeKinds, types } = splitKinds(kinds, 'kinds');
    if (types?.length) throw badInput('kinds', 'kinds takes node kinds only (Report, Person, ...).');
    const rows = await this.runner.read<{ score: number; node: Record<string, unknown> }>(SEARCH, {
      query,
      kinds: nodeKinds,
      first: neo4j.int(first),
    });
    return rows.map((row) => ({ score: row.score, node: toGraphNode(row.node) }));
  }

  /** Null when the node does not exist. */
  async related(id: string, first: number) {
    const [row] = await this.runner.read<{
      hits: Array<{ score: number; node: Record<string, unknown>; shared: Array<Record<string, unknown>>; sharedCount: number }>;
    }>(RELATED, { id: normaliseId(id), key: symbolKey(id), first: neo4j.int(first) });
    if (!row) return null;
    return row.hits.map((hit) => {
      const shared = hit.shared.map(toGraphNode);
      const names = shared.slice(0, 3).map((node) => node.label.length > 60 ? `${node.label.slice(0, 57)}...` : node.label);
      const more = hit.sharedCount > names.length ? ` and ${hit.sharedCount - names.length} more` : '';
      return {
        score: hit.score,
        node: toGraphNode(hit.node),
        shared,
        sharedCount: hit.sharedCount,
        reason: `shares ${hit.sharedCount} neighbour${hit.sharedCount === 1 ? '' : 's'}: ${names.join('; ')}${more}`,
      };
    });
  }

  async disputes() {
    const rows = await this.runner.read<{ subject: Record<string, unknown>; property: string; claims: Array<Record<string, unknown>> }>(
      DISPUTES,
    );
    return rows.map((row) => {
      const claims = row.claims.map((claim) => ({ ...(ownProperties(claim) as { preferred: boolean }), sources: parseSources(claim.sources) }));
      return { subject: toGraphNode(row.subject), property: row.property, claims, preferred: claims.find((c) => c.preferred) ?? null };
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

