import 'reflect-metadata';
import type http from 'node:http';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database';
import { Admission } from './limits/admission';
import { LocalNeo4jError } from './local-neo4j';
import { createLogger } from './logging';
import { Readiness } from './readiness';
import { createApolloServer, createApp, createHttpServer, createMetrics, createMetricsApp } from './server';
import { prepareDatabase } from './startup';

// In-flight requests get this long to finish after SIGTERM/SIGINT before their connections are cut.
const SHUTDOWN_GRACE_MS = 10_000;

/** `npm start`: the local Neo4j (unless NEO4J_URI is set), the schema and seed, and the GraphQL server. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const logger = createLogger(config);
  const log = (line: string) => logger.info(line);
  const database = await openDatabase(config, log);
  const readiness = new Readiness();
  const deps = { config, driver: database.driver, readiness, log, logger };
  const apollo = createApolloServer(deps);
  await apollo.start();
  const metrics = createMetrics(deps);
  const admission = new Admission(config.admission);
  admission.watchEventLoop();
  const server = createHttpServer(config, createApp(deps, apollo, { metrics, admission }));
  const metricsServer = config.metricsPort === null ? null : createHttpServer(config, createMetricsApp(metrics));

  const listen = (target: http.Server, port: number, variable: string) =>
    new Promise<void>((resolve, reject) => {
      target.once('error', reject);
      target.listen(port, config.host, () => resolve());
    }).catch(async (error: NodeJS.ErrnoException) => {
      server.close();
      await database.close();
      if (error.code === 'EADDRINUSE') {
        throw new ConfigError(variable, `port ${port} is already in use by another program; stop it or choose another ${variable}`);
      }
      throw error;
    });
  await listen(server, config.port, 'PORT');
  if (metricsServer) await listen(metricsServer, config.metricsPort!, 'METRICS_PORT');
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  log(`GraphQL at http://${shown}:${config.port}/graphql (health: /health, readiness: /ready)`);
  if (metricsServer) log(`Metrics at http://${shown}:${config.metricsPort}/metrics`);

  const abort = new AbortController();
  const preparing = prepareDatabase(config, database.driver, readiness, log, abort.signal).then(() => {
    if (readiness.isPrepared) log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping.`);
    abort.abort();
    const forced = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS + 20_000);
    forced.unref();
    // close() stops accepting and ends when the last connection has gone; connections that finish a request
    // while we wait are idle keep-alive ones, so they are swept; past the grace period the rest are cut.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const open = await new Promise<number>((resolve) => server.getConnections((_error, count) => resolve(count ?? 0)));
    if (open > 0) log(`waiting up to ${SHUTDOWN_GRACE_MS / 1000} s for ${open} open connection(s) to finish.`);
    let grace: NodeJS.Timeout | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => (grace = setTimeout(resolve, SHUTDOWN_GRACE_MS)))]);
    clearTimeout(grace);
    clearInterval(sweep);
    server.closeAllConnections();
    metricsServer?.closeAllConnections();
    metricsServer?.close();
    await apollo.stop();
    await preparing.catch(() => undefined);
    await database.close();
    log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    console.error(`[r2p-graph] ${error.message}`);
  } else {
    console.error(`[r2p-graph] could not start: ${(error as Error).message}`);
  }
  process.exit(1);
});
