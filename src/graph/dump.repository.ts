import { DERIVED_RELATIONSHIP_TYPES } from '../model';
import { cypher } from './cypher-files';
import { CypherRunner } from './cypher-runner';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const READ_GRAPH = cypher('dump/read-graph');

/** Everything a dump holds, as stored in Neo4j. */
export interface GraphSnapshot {
  nodes: Array<{ kind: string; properties: Record<string, unknown> }>;
  relationships: Array<{ type: string; from: string; to: string; properties: Record<string, unknown> }>;
  changes: Array<Record<string, unknown>>;
}

/** Reads the whole graph and its audit trail, in one consistent read, for `npm run dump`. */
export class DumpRepository {
  constructor(private readonly runner: CypherRunner) {}

  async snapshot(): Promise<GraphSnapshot> {
    const [row] = await this.runner.read<GraphSnapshot & Record<string, unknown>>(READ_GRAPH, {
      derivedTypes: [...DERIVED_RELATIONSHIP_TYPES],
    });
    return { nodes: row.nodes, relationships: row.relationships, changes: row.changes };
  }
}
