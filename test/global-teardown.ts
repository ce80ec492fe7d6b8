import type { LocalNeo4j } from '../src/local-neo4j';

/** Stops the test Neo4j if this run started it. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __R2P_NEO4J__?: LocalNeo4j }).__R2P_NEO4J__?.stop();
}
