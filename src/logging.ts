import { AsyncLocalStorage } from 'node:async_hooks';
import crypto from 'node:crypto';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import pino, { DestinationStream, Logger } from 'pino';
import type { Config } from './config';
import type { Context } from './context';
import { ErrorCode } from './errors';
import type { RequestOutcome } from './metrics';

export type { Logger } from 'pino';

/**
 * The process's logger: one JSON object a line (for log shippers), or pino-pretty's readable lines when
 * NODE_ENV=development, stdout is a terminal and pino-pretty is installed (it is a development dependency).
 * Lines reach stdout in batches (see LOG_BUFFER_BYTES), at the latest LOG_FLUSH_MS after they were logged.
 */
export function createLogger(config: Pick<Config, 'env'>, destination?: DestinationStream): Logger {
  const options = { base: { service: 'r2p-graph' }, level: 'info' };
  if (destination) return pino(options, destination);
  if (config.env === 'development' && process.stdout.isTTY && hasPinoPretty()) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'service,pid,hostname' } } });
  }
  const logger = pino(options, pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES }));
  // A quiet process still shows its lines within this; pino writes what is left when the process exits.
  setInterval(() => logger.flush(), LOG_FLUSH_MS).unref();
  return logger;
}

/**
 * Log lines are written to stdout in batches of this many bytes (or every LOG_FLUSH_MS), not one system call
 * a line: under 16 concurrent lookups the API took 3.1-3.2 ms of CPU a request writing each line at once, 2.6-2.8 ms
 * batched.
 */
const LOG_BUFFER_BYTES = 4096;
const LOG_FLUSH_MS = 500;

/** A logger that writes nothing, for apps built without one (tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

function hasPinoPretty(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request being handled, wherever in its asynchronous work this is called; else undefined. */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

/** Runs `next` in request `requestId`'s scope again: a stream's events (a request body's end) lose it. */
export function inRequestScope(requestId: string, next: () => void): void {
  requestScope.run({ requestId }, next);
}

// A caller's X-Request-Id is kept when it is a plain token, so that it can be followed across services.
const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** What the GraphQL layer learnt about a request, for its log line and metrics. */
interface GraphQLOutcome {
  operation: string | null;
  code: string | null;
  context: Context | null;
}

const outcomes = new WeakMap<http.ServerResponse, GraphQLOutcome>();
// Apollo hands plugins a shallow copy of the context, so the link is kept through its stats object, which
// the copy shares.
const responses = new WeakMap<Context['stats'], http.ServerResponse>();

/** Links a GraphQL context to its HTTP response, so that the request's log line can report Neo4j time. */
export function attachContext(res: http.ServerResponse, context: Context): void {
  outcomes.set(res, { operation: null, code: null, context });
  responses.set(context.stats, res);
}

/** Records each GraphQL request's operation name and first error code (OK when none) for its log line. */
export function outcomePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operationName, request, response }) {
          const res = responses.get(contextValue.stats);
          const outcome = res && outcomes.get(res);
          if (!outcome) return;
          outcome.operation = operationName ?? request.operationName ?? null;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          outcome.code = (errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
        },
      };
    },
  };
}

function codeForStatus(status: number): string {
  if (status === 413) return ErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 429) return ErrorCode.RATE_LIMITED;
  if (status === 503) return ErrorCode.OVERLOADED;
  if (status >= 500) return ErrorCode.INTERNAL_SERVER_ERROR;
  if (status >= 400) return ErrorCode.BAD_REQUEST;
  return 'OK';
}

/**
 * Gives a request its id (the caller's X-Request-Id when it is a plain token, else a new UUID), echoes it in
 * the response, and writes one log line when the response is sent: id, method, path, status, operation name,
 * duration, Neo4j time and round trips, response size and error code. `observe` hears of each request for the
 * metrics. Runs `next` in the request's scope (see currentRequestId). Plain node:http, so that both the
 * Express routes and the direct /graphql route (src/http/graphql-route.ts) share it.
 */
export function logRequest(
  logger: Logger,
  observe: (outcome: RequestOutcome) => void,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  next: (requestId: string) => void,
): void {
  const started = process.hrtime.bigint();
  const header = req.headers['x-request-id'];
  const requestId = typeof header === 'string' && CALLER_REQUEST_ID.test(header) ? header : crypto.randomUUID();
  res.setHeader('x-request-id', requestId);

  let logged = false;
  const done = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const outcome = outcomes.get(res);
    const code = outcome?.code ?? codeForStatus(res.statusCode);
    const operation = outcome?.operation ?? null;
    observe({ operation: operation ?? 'anonymous', code, seconds });
    const entry = {
      requestId,
      method: req.method,
      path,
      status: res.statusCode,
      operation,
      durationMs: Math.round(seconds * 10_000) / 10,
      dbMs: outcome?.context?.stats.dbMs ?? 0,
      roundTrips: outcome?.context?.stats.roundTrips ?? 0,
      bytes: Number(res.getHeader('content-length') ?? 0),
      code,
      ...(aborted ? { aborted: true } : {}),
    };
    if (code === ErrorCode.INTERNAL_SERVER_ERROR) logger.error(entry, 'request');
    else logger.info(entry, 'request');
  };
  res.once('finish', () => done(false));
  res.once('close', () => done(!res.writableFinished));
  requestScope.run({ requestId }, () => next(requestId));
}

/** logRequest as Express middleware; the id is also left in `res.locals.requestId`. */
export function requestLogging(logger: Logger, observe: (outcome: RequestOutcome) => void): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    logRequest(logger, observe, req, res, req.originalUrl.split('?')[0], (requestId) => {
      res.locals.requestId = requestId;
      next();
    });
  };
}
