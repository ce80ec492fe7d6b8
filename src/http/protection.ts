import type http from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DocumentNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { ApiKey, authenticate } from '../api-keys';
import { AppError, ErrorCode } from '../errors';
import { Admission } from '../limits/admission';
import { CostModel, operationCost } from '../limits/query-cost';
import { BucketReading, policyHeader, RateLimiter, stateHeader } from '../limits/rate-limit';
import type { Metrics, Route } from '../metrics';

/** Every admitted request costs this many tokens before its operation's cost or its export's size. */
export const REQUEST_TOKENS = 1;

/** An export is charged one token per this many bytes of the file it sent. */
export const EXPORT_BYTES_PER_TOKEN = 1024;

/** The client a request is charged to, and the limiter that charges it, for the GraphQL layer below. */
interface ClientScope {
  client: string;
  limiter: RateLimiter;
  metrics: Metrics;
}

const clientScope = new AsyncLocalStorage<ClientScope>();

/**
 * Who a request is charged to: the name of a valid API key, else the client address (`req.ip`, which express
 * takes from X-Forwarded-For only when the peer is a proxy that TRUST_PROXY names).
 */
export function clientOf(req: Request, apiKeys: readonly ApiKey[]): string {
  return clientNamed(apiKeys, req.headers.authorization, req.ip ?? req.socket.remoteAddress);
}

/** clientOf for a request outside Express: `address` is the client address the proxy settings give. */
export function clientNamed(apiKeys: readonly ApiKey[], authorization: string | undefined, address: string | undefined): string {
  const caller = authenticate(apiKeys, authorization);
  return caller ? `key:${caller.name}` : `address:${address ?? 'unknown'}`;
}

function setRateLimitHeaders(res: http.ServerResponse, limiter: RateLimiter, reading: BucketReading): void {
  res.setHeader('RateLimit-Policy', policyHeader(limiter.policy));
  res.setHeader('RateLimit', stateHeader(reading));
}

/** What a request body that cannot be read as JSON is answered with, on either way in. */
export const BODY_NOT_JSON = 'The request body is not valid JSON.';
export const BODY_NOT_UTF8 = 'The request body is not valid UTF-8.';

/** An error in the shape of a GraphQL response, so that clients read every answer the same way. */
export function sendError(res: http.ServerResponse, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', String(Buffer.byteLength(body)));
  res.end(body);
}

/** A refusal: the error, and when to retry. */
function refuse(res: http.ServerResponse, status: number, code: ErrorCode, message: string, retryAfterSeconds: number): void {
  res.setHeader('Retry-After', String(retryAfterSeconds));
  sendError(res, status, code, message, { retryAfter: retryAfterSeconds });
}

const limitedMessage = (seconds: number) =>
  `Too many requests from this client: its rate-limit budget is spent. Retry after ${seconds} s (see the RateLimit headers).`;

/**
 * Charges each request to its client's bucket before anything else is done for it: one token now (refused
 * with 429 RATE_LIMITED when the bucket is empty), the operation's cost in the GraphQL layer (see
 * `rateLimitPlugin`), and for an export, one token per KiB sent once it is sent.
 */
export function rateLimitGate(limiter: RateLimiter, apiKeys: readonly ApiKey[], metrics: Metrics, route: Route): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!limiter.enabled) return next();
    const client = clientOf(req, apiKeys);
    if (!chargeRequest(limiter, metrics, route, client, res)) return;
    if (route === 'export') {
      res.once('finish', () => {
        if (res.statusCode !== 200) return;
        limiter.charge(client, Math.ceil(Number(res.getHeader('content-length') ?? 0) / EXPORT_BYTES_PER_TOKEN));
      });
    }
    res.locals.rateLimitClient = client;
    next();
  };
}

/**
 * Takes a request's token from its client's bucket and sends the bucket's state; when the bucket is empty,
 * answers 429 RATE_LIMITED and returns false.
 */
export function chargeRequest(limiter: RateLimiter, metrics: Metrics, route: Route, client: string, res: http.ServerResponse): boolean {
  const reading = limiter.take(client, REQUEST_TOKENS);
  setRateLimitHeaders(res, limiter, reading);
  if (reading.allowed) return true;
  metrics.observeRateLimited(route);
  refuse(res, 429, ErrorCode.RATE_LIMITED, limitedMessage(reading.retryAfterSeconds), reading.retryAfterSeconds);
  return false;
}

/**
 * Makes the request's client known to `rateLimitPlugin`. It must come right before the GraphQL handler:
 * from there on the work is promise-based and keeps the scope, which the body parser's stream events do not.
 */
export function graphqlClientScope(limiter: RateLimiter, metrics: Metrics): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => {
    const client = res.locals.rateLimitClient as string | undefined;
    if (client === undefined) return next();
    inClientScope(client, limiter, metrics, next);
  };
}

/** Runs `next` with `client` known to `rateLimitPlugin`. */
export function inClientScope(client: string, limiter: RateLimiter, metrics: Metrics, next: () => void): void {
  clientScope.run({ client, limiter, metrics }, next);
}

const overloadedMessage = (seconds: number) => `The server is busy; nothing was run. Retry after ${seconds} s.`;

/**
 * Answers 503 OVERLOADED at once, before any other work, a GraphQL operation or an export that would be
 * refused anyway because every slot is held and the queue is full. Under overload most requests end here, so
 * this path must cost next to nothing: it runs in front of Express (whose routing and request set-up cost
 * several times what Node's own HTTP handling does), reads no body, writes no request log line (the shed
 * counter records it), and writes one prepared answer in one go. A request that could still queue
 * goes on to `admissionGate`, which may refuse it later (it waited too long) with the same answer.
 */
export function shedWhenSaturated(admission: Admission, maxQueueWaitMs: number, metrics: Metrics, corsHeaders: Readonly<Record<string, string>>) {
  const retryAfter = Math.max(1, Math.ceil(maxQueueWaitMs / 1000));
  const body = JSON.stringify({ errors: [{ message: overloadedMessage(retryAfter), extensions: { code: ErrorCode.OVERLOADED, retryAfter } }] });
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Retry-After': String(retryAfter),
    // What the CORS middleware would have added, so that a script elsewhere can read the refusal.
    ...corsHeaders,
  };
  /** True when the request was answered here. */
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    // A preflight is cheap and carries no work; only what would take a slot is shed here.
    if (!admission.saturated || req.method === 'OPTIONS') return false;
    const url = req.url ?? '';
    const route: Route | null = url.startsWith('/graphql') ? 'graphql' : url.startsWith('/export') ? 'export' : null;
    if (route === null) return false;
    metrics.observeShed(route, 'queue_full', 0);
    res.writeHead(503, headers).end(body);
    return true;
  };
}

/**
 * Holds a request until `admission` gives it a slot, and frees the slot when its response is done or its
 * client goes away; a request refused (queue full, or waited too long) is answered 503 OVERLOADED at once.
 */
export function admissionGate(admission: Admission, maxQueueWaitMs: number, metrics: Metrics, route: Route): RequestHandler {
  return (_req: Request, res: Response, next: NextFunction) => admit(admission, maxQueueWaitMs, metrics, route, res, next);
}

/** admissionGate's work for any response: `next` runs once the request holds a slot. */
export function admit(admission: Admission, maxQueueWaitMs: number, metrics: Metrics, route: Route, res: http.ServerResponse, next: () => void): void {
  const retryAfter = Math.max(1, Math.ceil(maxQueueWaitMs / 1000));
  const gone = new AbortController();
  const onClose = () => gone.abort();
  res.once('close', onClose);
  void admission.acquire(gone.signal).then((outcome) => {
    res.off('close', onClose);
    if (!outcome.admitted) {
      if (gone.signal.aborted) return;
      metrics.observeShed(route, outcome.reason, outcome.waitedMs);
      return refuse(res, 503, ErrorCode.OVERLOADED, overloadedMessage(retryAfter), retryAfter);
    }
    metrics.observeAdmitted(route, outcome.waitedMs);
    if (res.writableEnded || res.destroyed) return outcome.release();
    res.once('close', outcome.release);
    next();
  });
}

/** The root fields of an operation, through inline fragments and fragment spreads. */
function rootFields(document: DocumentNode, operation: OperationDefinitionNode): Array<{ name: string; key: string }> {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  const out: Array<{ name: string; key: string }> = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) out.push({ name: selection.name.value, key: selection.alias?.value ?? selection.name.value });
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return out;
}

/**
 * The GraphQL half of the rate limit: takes each operation's cost (the cost rule's count) from its client's
 * bucket before it runs, refusing it with 429 RATE_LIMITED when the bucket does not hold it; charges the
 * bytes of `exportGraph` results afterwards; and sends the bucket's state in the RateLimit headers.
 */
export function rateLimitPlugin(costModel: CostModel): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const scope = clientScope.getStore();
      if (!scope) return;
      const { client, limiter, metrics } = scope;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, request.variables ?? {}, costModel);
          } catch {
            // Over the cost limit: the cost rule refuses the operation, and nothing runs to be charged for.
            return;
          }
          const reading = limiter.take(client, cost);
          if (reading.allowed) return;
          metrics.observeRateLimited('graphql');
          const seconds = reading.retryAfterSeconds;
          const error = new AppError(ErrorCode.RATE_LIMITED, limitedMessage(seconds), { retryAfter: seconds, cost });
          throw new GraphQLError(error.message, {
            originalError: error,
            extensions: { http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
          });
        },
        async willSendResponse({ document, operation, response }) {
          const data = response.body.kind === 'single' ? response.body.singleResult.data : undefined;
          if (data && document && operation) {
            let bytes = 0;
            for (const field of rootFields(document, operation)) {
              const value = field.name === 'exportGraph' ? data[field.key] : undefined;
              if (typeof value === 'string') bytes += Buffer.byteLength(value);
            }
            limiter.charge(client, Math.ceil(bytes / EXPORT_BYTES_PER_TOKEN));
          }
          response.http.headers.set('ratelimit-policy', policyHeader(limiter.policy));
          response.http.headers.set('ratelimit', stateHeader(limiter.peek(client)));
        },
      };
    },
  };
}
