import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { testConfig } from './test-config';

/** A driver on the test Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testConfig().neo4j);
}

/** A CypherRunner on the test Neo4j. */
export function testGraph(driver: Driver): CypherRunner {
  const config = testConfig();
  return new CypherRunner(driver, config.neo4j.database, 30_000);
}
