import neo4j from 'neo4j-driver';
import { notFound } from '../errors';
import { normaliseId } from '../schema/ids';
import { RelationshipType } from '../schema/kinds';
import { cypher } from './cypher-files';
import { CypherRunner } from './cypher-runner';
import { GraphEdgeShape, GraphNodeShape, symbolPhrase, toGraphEdge, toGraphNode } from './traversal.repository';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const READ_GRAPH = cypher('export/read-graph');
const READ_SELECTION = cypher('export/read-selection');

/** Nodes and the relationships among them, as an export writes them. */
export interface ExportGraphShape {
  nodes: GraphNodeShape[];
  edges: GraphEdgeShape[];
}

type StoredEdge = Parameters<typeof toGraphEdge>[0];
type StoredGraph = { nodes: Array<Record<string, unknown>>; edges: StoredEdge[] };

/** The reads behind exports: the whole graph, or the neighbourhoods of several nodes together; one round trip each. */
export class ExportRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Every node, and every relationship of the given types (all types when null). */
  async wholeGraph(types: RelationshipType[] | null): Promise<ExportGraphShape> {
    const [row] = await this.runner.read<StoredGraph>(READ_GRAPH, { types });
    return toExportGraph(row);
  }

  /**
   * The nodes within `depth` relationships of any of `ids` and every relationship among them.
   * Throws NOT_FOUND naming the first id that matches no node.
   */
  async selection(ids: readonly string[], depth: number, types: RelationshipType[] | null): Promise<ExportGraphShape> {
    const starts = ids.map((asked) => ({ asked, id: normaliseId(asked), key: symbolPhrase(asked) }));
    const [row] = await this.runner.read<StoredGraph & { missing: string[] }>(READ_SELECTION, {
      starts,
      depth: neo4j.int(depth),
      types,
    });
    if (row.missing.length > 0) throw notFound(row.missing[0]);
    return toExportGraph(row);
  }
}

function toExportGraph(row: StoredGraph): ExportGraphShape {
  return { nodes: row.nodes.map(toGraphNode), edges: row.edges.map(toGraphEdge) };
}
