import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { Graph } from '../../src/graph/graph';
import { testConfig } from './test-config';

/** A driver on the test Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testConfig().neo4j);
}

/** A Graph on the test Neo4j. */
export function testGraph(driver: Driver): Graph {
  const config = testConfig();
  return new Graph(driver, config.neo4j.database, 30_000);
}
