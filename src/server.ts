import { isUtf8 } from 'node:buffer';
import crypto from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { Express, NextFunction, Request, Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { authenticate } from './api-keys';
import type { Config } from './config';
import { Context, createContext } from './context';
import { createFormatError, ErrorCode } from './errors';
import { describeConnectionError } from './graph/driver';
import { createExploreRouter } from './http/explore.router';
import { createExportRouter } from './http/export.router';
import { graphqlRoute } from './http/graphql-route';
import { legacyJsonStatusPlugin } from './http/legacy-status';
import { admissionGate, BODY_NOT_JSON, BODY_NOT_UTF8, graphqlClientScope, rateLimitGate, rateLimitPlugin, sendError, shedWhenSaturated } from './http/protection';
import type { RunnerObserver } from './graph/cypher-runner';
import { Admission } from './limits/admission';
import { QUERY_LIMITS, queryLimits } from './limits/query-limits';
import { RateLimiter } from './limits/rate-limit';
import { attachContext, currentRequestId, Logger, outcomePlugin, requestLogging, silentLogger } from './logging';
import { Metrics, Route } from './metrics';
import { Readiness } from './readiness';
import { buildSchema } from './schema/build';
import { compiledExecution, documentStore } from './schema/compiled-execution';

export interface AppDeps {
  config: Config;
  driver: Driver;
  readiness: Readiness;
  log: (line: string) => void;
  /** Where request lines and unexpected errors go, as structured JSON; silent when absent. */
  logger?: Logger;
}

/** The largest request body accepted, in bytes; larger ones get PAYLOAD_TOO_LARGE (413). */
const MAX_BODY_BYTES = 100 * 1024;

/** The Apollo server over the R2P schema, with the project's error mapping. */
export function createApolloServer(deps: Pick<AppDeps, 'config' | 'log' | 'logger'>): ApolloServer<Context> {
  const limits = queryLimits();
  const logUnexpected = (error: unknown) =>
    deps.logger
      ? deps.logger.error({ requestId: currentRequestId(), err: error }, 'unexpected error')
      : deps.log(`unexpected error (request ${currentRequestId() ?? 'none'}): ${(error as Error)?.stack ?? String(error)}`);
  return new ApolloServer<Context>({
    gateway: compiledExecution(buildSchema()),
    documentStore: documentStore(),
    formatError: createFormatError(logUnexpected),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Shutdown is ours (src/index.ts): close HTTP, Apollo, the driver, then the local Neo4j, in that order.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: true,
    maxRecursiveSelections: limits.maxRecursiveSelections,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    // No field sets a cache hint, and the default cache-control plugin wraps every resolver to look for one.
    plugins: [...limits.plugins, rateLimitPlugin(QUERY_LIMITS.cost), legacyJsonStatusPlugin(), outcomePlugin(), ApolloServerPluginCacheControlDisabled()],
  });
}

/** The context of one GraphQL request; `authorization` is its Authorization header, which names the caller. */
export function requestContext(
  deps: Pick<AppDeps, 'config' | 'driver'>,
  requestId: string = crypto.randomUUID(),
  observer?: RunnerObserver,
  authorization?: string,
): Context {
  const caller = authenticate(deps.config.apiKeys, authorization);
  return createContext(deps.driver, deps.config.neo4j.database, deps.config.queryTimeoutMs, requestId, observer, caller);
}

/** Whether the API can serve now (prepared, and Neo4j answers), and why not. Backs /ready and the r2p_ready gauge. */
export async function checkReadiness(deps: Pick<AppDeps, 'config' | 'driver' | 'readiness'>): Promise<{ ready: boolean; reason: string }> {
  if (!deps.readiness.isPrepared) return { ready: false, reason: deps.readiness.why };
  // One auto-commit query, not a managed transaction: a probe must answer now, not after the driver's retries.
  const session = deps.driver.session({ database: deps.config.neo4j.database });
  try {
    await session.run('RETURN 1', {}, { timeout: 2000 });
    return { ready: true, reason: '' };
  } catch (error) {
    return { ready: false, reason: describeConnectionError(error) };
  } finally {
    await session.close();
  }
}

/** Body-parser failures (too large, not JSON, not UTF-8, unsupported encoding) as GraphQL-shaped errors. */
function bodyErrors(logger: Logger) {
  return (error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    switch (error.type) {
      case 'entity.too.large':
        return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than the ${MAX_BODY_BYTES / 1024} kB limit.`);
      case 'entity.parse.failed':
        return sendError(res, 400, ErrorCode.BAD_REQUEST, BODY_NOT_JSON);
      case 'entity.verify.failed':
        return sendError(res, 400, ErrorCode.BAD_REQUEST, BODY_NOT_UTF8);
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return sendError(res, 415, ErrorCode.BAD_REQUEST, 'Send the body as UTF-8 JSON (content-type: application/json).');
      case 'request.aborted':
      case 'request.size.invalid':
        return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request body was incomplete.');
      default:
        // A compressed body that does not decompress (zlib's error, marked 400 by the body parser).
        if (error.status === 400) return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The request body could not be decompressed.');
        logger.error({ requestId: currentRequestId(), err: error }, 'unexpected error');
        return sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
    }
  };
}

/** The process's metrics; `r2p_ready` probes readiness at each scrape. */
export function createMetrics(deps: Pick<AppDeps, 'config' | 'driver' | 'readiness'>): Metrics {
  return new Metrics(async () => (await checkReadiness(deps)).ready);
}

function serveMetrics(app: Express, metrics: Metrics): void {
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** An app that serves only `/metrics`, for METRICS_PORT. */
export function createMetricsApp(metrics: Metrics): Express {
  const app = express();
  app.disable('x-powered-by');
  serveMetrics(app, metrics);
  return app;
}

/**
 * An HTTP server for `app` with the configured timeouts: a client that sends its headers too slowly, or never
 * finishes its body, is answered 408 and cut off; an idle keep-alive connection is closed.
 */
export function createHttpServer(config: Pick<Config, 'http'>, app: http.RequestListener): http.Server {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = config.http;
  return http.createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      // Node checks the two request timeouts on this period (30 s by default, far coarser than the timeouts).
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(headersTimeoutMs / 4)),
    },
    app,
  );
}

/** What an app is built with beside its dependencies; each is made from the configuration when not given. */
export interface AppParts {
  metrics: Metrics;
  /** The slots GraphQL operations and exports take; a test can hold some itself. */
  admission: Admission;
}

/** Headers that scripts on other origins may read: the request id and what a refusal says about retrying. */
const EXPOSED_HEADERS = ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'];
/** What the CORS middleware sends on every answer (any origin), for the answers written outside Express. */
const CORS_HEADERS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(',') };

/**
 * The HTTP application: `/graphql`, `/health` (the process is up), `/ready` (Neo4j reachable, schema applied,
 * data loaded) and, without METRICS_PORT, `/metrics`. GraphQL operations and exports are rate-limited per
 * client and admitted at most MAX_INFLIGHT at a time; the probes and metrics never wait behind them. The
 * Apollo server must be started before this is called.
 */
export function createApp(deps: AppDeps, apollo: ApolloServer<Context>, parts: Partial<AppParts> = {}): http.RequestListener {
  const app = express();
  app.disable('x-powered-by');
  // Without named proxies req.ip is the peer's address and X-Forwarded-For is ignored.
  app.set('trust proxy', deps.config.trustProxy.length > 0 ? [...deps.config.trustProxy] : false);
  const logger = deps.logger ?? silentLogger();
  const { metrics = createMetrics(deps), admission = new Admission(deps.config.admission) } = parts;
  const limiter = new RateLimiter(deps.config.rateLimit);
  metrics.track(admission, limiter);
  const rateLimit = (route: Route) => rateLimitGate(limiter, deps.config.apiKeys, metrics, route);
  const admit = (route: Route) => admissionGate(admission, deps.config.admission.maxQueueWaitMs, metrics, route);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/ready', async (_req, res) => {
    const { ready, reason } = await checkReadiness(deps);
    if (ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'not ready', reason });
  });

  if (deps.config.metricsPort === null) serveMetrics(app, metrics);

  app.use(
    '/graphql',
    requestLogging(logger, (outcome) => metrics.observeRequest(outcome)),
    cors<cors.CorsRequest>({ exposedHeaders: EXPOSED_HEADERS }),
    rateLimit('graphql'),
    // The body is read before a slot is taken, so that a client that sends it slowly holds a connection (until
    // HTTP_REQUEST_TIMEOUT_MS) but never a slot.
    express.json({
      limit: MAX_BODY_BYTES,
      verify: (_req, _res, body) => {
        if (!isUtf8(body)) throw Object.assign(new Error('invalid UTF-8'), { type: 'entity.verify.failed' });
      },
    }),
    // Apollo answers a POST whose body no parser read (text/plain, form posts) with a bare 500; an empty body
    // lets it give its own 400 instead (CSRF prevention, or "POST body missing").
    (req: Request, _res: Response, next: NextFunction) => {
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    admit('graphql'),
    graphqlClientScope(limiter, metrics),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = requestContext(deps, res.locals.requestId as string, metrics.graphObserver, req.headers.authorization);
        attachContext(res, context);
        return context;
      },
    }),
    bodyErrors(logger),
  );
  app.use('/export', rateLimit('export'), admit('export'));
  app.use(createExportRouter(() => requestContext(deps, undefined, metrics.graphObserver), deps.log));
  app.use(createExploreRouter());
  // In front of the app, so that a request refused under overload costs almost nothing (see shedWhenSaturated).
  const shed = shedWhenSaturated(admission, deps.config.admission.maxQueueWaitMs, metrics, CORS_HEADERS);
  // Well-formed JSON POSTs to /graphql (nearly every request) skip Express; it answers the rest as above.
  const graphql = graphqlRoute({
    config: deps.config,
    apollo,
    logger,
    metrics,
    admission,
    limiter,
    context: (requestId, authorization) => requestContext(deps, requestId, metrics.graphObserver, authorization),
    maxBodyBytes: MAX_BODY_BYTES,
    corsHeaders: CORS_HEADERS,
  });
  return (req, res) => {
    if (!shed(req, res) && !graphql(req, res)) app(req, res);
  };
}
