import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Config, loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { LocalNeo4j, startLocalNeo4j } from '../../src/local-neo4j';
import { PROJECT_ROOT } from '../../src/paths';
import { formatProblem, runSeed } from '../../src/seed/run';
import { freePort } from './process';
import { TEST_ENV } from './test-config';

/** A Neo4j of one test file's own, seeded from seed/: for suites that write, so that no other suite sees their writes. */
export interface PrivateGraph {
  config: Config;
  driver: Driver;
  graph: CypherRunner;
  /** Deletes everything and loads `dir` through the real seed loader. */
  reseed(dir?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway local Neo4j on a free port, in a data folder named after the test run's own and `name`,
 * and loads seed/ into it. `env` adds settings (API keys) to its configuration. Stop it in afterAll.
 */
export async function startPrivateGraph(name: string, env: Record<string, string> = {}): Promise<PrivateGraph> {
  const dataDir = `${TEST_ENV.NEO4J_DATA_DIR}-${name}`;
  const config = loadConfig({ ...TEST_ENV, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir, ...env });
  if (config.neo4j.mode !== 'local') throw new Error('a private graph is a local Neo4j');
  const neo4j: LocalNeo4j = await startLocalNeo4j(config.neo4j, () => undefined);
  const driver = createDriver(config.neo4j);
  const graph = new CypherRunner(driver, config.neo4j.database, 60_000);
  const reseed = async (dir = path.join(PROJECT_ROOT, 'seed')) => {
    await graph.write('MATCH (n) DETACH DELETE n');
    const outcome = await runSeed(graph, { dir });
    if (outcome.problems.length > 0) throw new Error(`the seed is invalid:\n${outcome.problems.map(formatProblem).join('\n')}`);
  };
  try {
    await reseed();
  } catch (error) {
    await driver.close();
    await neo4j.stop();
    throw error;
  }
  return {
    config,
    driver,
    graph,
    reseed,
    async stop() {
      await driver.close();
      await neo4j.stop();
      fs.rmSync(path.resolve(PROJECT_ROOT, dataDir), { recursive: true, force: true });
    },
  };
}

/**
 * A throwaway local Neo4j with nothing loaded, for tests that knock on it with wrong credentials: repeated
 * failed logins can lock a user out for a while, which must never reach the shared test Neo4j.
 */
export async function startOwnNeo4j(name: string): Promise<{ config: Config; stop(): Promise<void> }> {
  const dataDir = `${TEST_ENV.NEO4J_DATA_DIR}-${name}`;
  const config = loadConfig({ ...TEST_ENV, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir });
  if (config.neo4j.mode !== 'local') throw new Error('its own Neo4j is a local Neo4j');
  const neo4j = await startLocalNeo4j(config.neo4j, () => undefined);
  return {
    config,
    async stop() {
      await neo4j.stop();
      fs.rmSync(path.resolve(PROJECT_ROOT, dataDir), { recursive: true, force: true });
    },
  };
}
