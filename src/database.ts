import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { createDriver } from './graph/driver';
import { LocalNeo4j, startLocalNeo4j } from './local-neo4j';

/** The driver of the process and, with no NEO4J_URI, the local Neo4j it runs on. */
export interface Database {
  driver: Driver;
  local: LocalNeo4j | null;
  close(): Promise<void>;
}

/** Opens the configured database: the server at NEO4J_URI, or the local Neo4j started (or reused) here. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  const local = config.neo4j.mode === 'local' ? await startLocalNeo4j(config.neo4j, log) : null;
  const driver = createDriver(config.neo4j);
  return {
    driver,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
