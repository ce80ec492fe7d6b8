import { Config, loadConfig } from '../../src/config';

/** The Neo4j the test command runs: its own port and data directory, never the development graph. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  NEO4J_BOLT_PORT: process.env.TEST_NEO4J_BOLT_PORT || '7688',
  NEO4J_DATA_DIR: process.env.TEST_NEO4J_DATA_DIR || '.neo4j/test',
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '64m',
};

/** The configuration tests use: the local test Neo4j, whatever NEO4J_URI the shell may have. */
export function testConfig(): Config {
  return loadConfig(TEST_ENV);
}
