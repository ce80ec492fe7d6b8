import { ConfigError, loadConfig } from '../config';
import { LocalNeo4jError, startLocalNeo4j } from '../local-neo4j';

/** `npm run neo4j`: runs the local Neo4j in the foreground until Ctrl-C, for tools such as cypher-shell. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j.mode !== 'local') throw new ConfigError('NEO4J_URI', 'is set, so there is no local Neo4j to run');
  const neo4j = await startLocalNeo4j(config.neo4j, (line) => console.log(line));
  console.log(`user neo4j, password from NEO4J_PASSWORD (default r2p-graph-local); Ctrl-C stops it.`);
  const stop = async () => {
    await neo4j.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  if (!neo4j.owned) console.log('This Neo4j belongs to another process; it stops with that process.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof LocalNeo4jError ? error.message : `could not start: ${(error as Error).message}`);
  process.exit(1);
});
