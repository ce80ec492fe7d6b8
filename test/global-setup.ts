import 'reflect-metadata';
import path from 'node:path';
import { createDriver } from '../src/graph/driver';
import { CypherRunner } from '../src/graph/cypher-runner';
import { startLocalNeo4j } from '../src/local-neo4j';
import { PROJECT_ROOT } from '../src/paths';
import { formatProblem, runSeed } from '../src/seed/run';
import { testConfig } from './helpers/test-config';

/**
 * Starts the test Neo4j (or reuses one already running on the test port), applies the schema and loads the
 * seed through the real loader. A failure here fails the run: database tests never skip.
 */
export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  if (config.neo4j.mode !== 'local') throw new Error('tests need the local Neo4j');
  const neo4j = await startLocalNeo4j(config.neo4j, (line) => console.log(`[test neo4j] ${line}`));
  (globalThis as { __R2P_NEO4J__?: typeof neo4j }).__R2P_NEO4J__ = neo4j;

  const driver = createDriver(config.neo4j);
  try {
    const graph = new CypherRunner(driver, config.neo4j.database, 60_000);
    await graph.write('MATCH (n) DETACH DELETE n');
    const outcome = await runSeed(graph, { dir: path.join(PROJECT_ROOT, 'seed') });
    if (outcome.problems.length > 0) {
      throw new Error(`the seed is invalid:\n${outcome.problems.map(formatProblem).join('\n')}`);
    }
  } finally {
    await driver.close();
  }
}
