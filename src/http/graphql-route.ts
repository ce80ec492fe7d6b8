import { isUtf8 } from 'node:buffer';
import type http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import proxyAddr from 'proxy-addr';
import type { Config } from '../config';
import type { Context } from '../context';
import { ErrorCode } from '../errors';
import type { Admission } from '../limits/admission';
import type { RateLimiter } from '../limits/rate-limit';
import { attachContext, currentRequestId, inRequestScope, logRequest, Logger } from '../logging';
import type { Metrics, RequestOutcome } from '../metrics';
import { admit, BODY_NOT_JSON, BODY_NOT_UTF8, chargeRequest, clientNamed, inClientScope, sendError } from './protection';

/** What the /graphql route works with. */
export interface GraphQLRouteParts {
  config: Pick<Config, 'apiKeys' | 'admission' | 'trustProxy'>;
  apollo: ApolloServer<Context>;
  logger: Logger;
  metrics: Metrics;
  admission: Admission;
  limiter: RateLimiter;
  /** The request's context, made once it holds a slot. */
  context(requestId: string, authorization: string | undefined): Context;
  /** The largest body accepted, in bytes. */
  maxBodyBytes: number;
  /** The CORS headers of every answer (any origin may read it). */
  corsHeaders: Readonly<Record<string, string>>;
}

// What body-parser's json parser calls strict: only an object or an array at the top.
const JSON_START = /^[\x20\x09\x0a\x0d]*[{[]/;
const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/**
 * POST /graphql with a JSON body, on node:http, with everything the Express chain does for it: the request id
 * and log line, CORS headers, the rate limit, the body read before a slot is taken, admission, and Apollo. It
 * skips Express's router, request decoration, body-parser's content negotiation and the integration's
 * response wrapping, which cost more CPU than the rest of a small read (see BENCHMARKS.md). Returns false,
 * touching nothing, for any request it does not take: other methods and paths, preflights, other media types
 * or charsets, compressed, chunked, empty or oversized bodies. Express answers those as before.
 */
export function graphqlRoute(parts: GraphQLRouteParts): (req: http.IncomingMessage, res: http.ServerResponse) => boolean {
  const { config, logger, metrics, admission, limiter } = parts;
  const trust = proxyAddr.compile([...config.trustProxy]);
  const observe = (outcome: RequestOutcome) => metrics.observeRequest(outcome);

  return (req, res) => {
    if (!taken(req, parts.maxBodyBytes)) return false;
    const url = req.url ?? '';
    const query = url.indexOf('?');
    logRequest(logger, observe, req, res, query === -1 ? url : url.slice(0, query), (requestId) => {
      for (const [name, value] of Object.entries(parts.corsHeaders)) res.setHeader(name, value);
      let client: string | undefined;
      if (limiter.enabled) {
        client = clientNamed(config.apiKeys, req.headers.authorization, proxyAddr(req, trust));
        if (!chargeRequest(limiter, metrics, 'graphql', client, res)) return;
      }
      readBody(req, (body) =>
        inRequestScope(requestId, () => {
          const parsed = parse(body);
          if ('error' in parsed) return sendError(res, 400, ErrorCode.BAD_REQUEST, parsed.error);
          admit(admission, config.admission.maxQueueWaitMs, metrics, 'graphql', res, () => {
            const run = () => execute(parts, req, res, requestId, parsed.value, query === -1 ? '' : url.slice(query));
            if (client === undefined) run();
            else inClientScope(client, limiter, metrics, run);
          });
        }),
      );
    });
    return true;
  };
}

/** Whether the route serves this request, from its method, path and headers alone. */
function taken(req: http.IncomingMessage, maxBodyBytes: number): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const type = req.headers['content-type'];
  if (type === undefined || !JSON_TYPE.test(type)) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  if (req.headers['transfer-encoding'] !== undefined) return false;
  const length = Number(req.headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= maxBodyBytes;
}

/** Reads the whole body (its length is known and within the limit); nothing is called if the client goes away. */
function readBody(req: http.IncomingMessage, then: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  // A client that goes away mid-body makes the request emit an error; its log line says it was aborted.
  req.on('error', () => undefined);
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.once('end', () => then(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
}

function parse(body: Buffer): { value: unknown } | { error: string } {
  if (!isUtf8(body)) return { error: BODY_NOT_UTF8 };
  let text = body.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!JSON_START.test(text)) return { error: BODY_NOT_JSON };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: BODY_NOT_JSON };
  }
}

async function execute(parts: GraphQLRouteParts, req: http.IncomingMessage, res: http.ServerResponse, requestId: string, body: unknown, search: string) {
  try {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await parts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search, body },
      context: async () => {
        const context = parts.context(requestId, req.headers.authorization);
        attachContext(res, context);
        return context;
      },
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', String(Buffer.byteLength(response.body.string)));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  } catch (error) {
    parts.logger.error({ requestId: currentRequestId(), err: error }, 'unexpected error');
    if (res.headersSent) res.destroy();
    else sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  }
}
