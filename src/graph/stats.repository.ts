import { cypher } from './cypher-files';
import { CypherRunner } from './cypher-runner';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const COUNT_GRAPH = cypher('stats/count-graph');

export interface Count {
  name: string;
  count: number;
}

/** Counts of the graph's contents, for `stats`, the loader's summary and readiness. */
export class StatsRepository {
  constructor(private readonly runner: CypherRunner) {}

  async counts(): Promise<{ nodes: Count[]; relationships: Count[]; nodesWithoutSource: number; relationshipsWithoutSource: number; disputedFacts: number }> {
    const [row] = await this.runner.read<{
      nodes: Count[];
      relationships: Count[];
      nodesWithoutSource: number;
      relationshipsWithoutSource: number;
      disputedFacts: number;
    }>(COUNT_GRAPH);
    return row;
  }
}
