import crypto from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { Express } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { Context, createContext } from './context';
import { createFormatError } from './errors';
import { describeConnectionError } from './graph/driver';
import { Readiness } from './readiness';
import { buildSchema } from './schema/build';

export interface AppDeps {
  config: Config;
  driver: Driver;
  readiness: Readiness;
  log: (line: string) => void;
}

/** The Apollo server over the R2P schema, with the project's error mapping. */
export function createApolloServer(deps: Pick<AppDeps, 'config' | 'log'>): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildSchema(),
    formatError: createFormatError((error) => deps.log(`unexpected error: ${(error as Error)?.stack ?? String(error)}`)),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (src/index.ts): close HTTP, Apollo, the driver, then the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: true,
    validationRules: [],
  });
}

/** The context of one GraphQL request. */
export function requestContext(deps: Pick<AppDeps, 'config' | 'driver'>, requestId: string = crypto.randomUUID()): Context {
  return createContext(deps.driver, deps.config.neo4j.database, deps.config.queryTimeoutMs, requestId);
}

/**
 * The HTTP application: `/graphql`, `/health` (the process is up) and `/ready` (Neo4j reachable, schema
 * applied, data loaded). The Apollo server must be started before this is called.
 */
export function createApp(deps: AppDeps, apollo: ApolloServer<Context>): Express {
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    if (!deps.readiness.isPrepared) {
      res.status(503).json({ status: 'not ready', reason: deps.readiness.why });
      return;
    }
    try {
      await deps.driver.executeQuery('RETURN 1', {}, { database: deps.config.neo4j.database, transactionConfig: { timeout: 2000 } });
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'not ready', reason: describeConnectionError(error) });
    }
  });

  app.use(
    '/graphql',
    cors<cors.CorsRequest>(),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => requestContext(deps, (req.headers['x-request-id'] as string | undefined)?.slice(0, 100)),
    }),
  );
  return app;
}
