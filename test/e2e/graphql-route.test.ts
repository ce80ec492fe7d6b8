import express from 'express';
import { HttpApp, RawResponse } from '../helpers/http-app';

// A JSON POST with a known length is served by the direct /graphql route (src/http/graphql-route.ts); the same
// request sent chunked (no content-length) goes through Express. A spy on Express's request handler, set before
// the app is built (express copies it into each app), tells which one answered.
let app: HttpApp;
let viaExpressCalls: jest.SpyInstance;

beforeAll(async () => {
  viaExpressCalls = jest.spyOn(express.application as unknown as { handle: (...args: unknown[]) => void }, 'handle');
  app = await HttpApp.prepared();
});

afterAll(() => app.stop());

/** The request sent with a content-length, then chunked; each must be answered by the way named. */
async function both(body: string | Buffer, headers: Record<string, string>): Promise<[RawResponse, RawResponse]> {
  viaExpressCalls.mockClear();
  const direct = await app.raw('POST', '/graphql', body, headers);
  expect(viaExpressCalls).not.toHaveBeenCalled();
  const viaExpress = await app.raw('POST', '/graphql', body, headers, true);
  expect(viaExpressCalls).toHaveBeenCalledTimes(1);
  return [direct, viaExpress];
}

// What a client can see of an answer, beside the request id (new for each request) and the rate-limit state.
function visible(response: RawResponse) {
  const { headers } = response;
  return {
    status: response.status,
    body: response.json ?? response.text,
    contentType: headers['content-type'],
    cors: [headers['access-control-allow-origin'], headers['access-control-expose-headers']],
    rateLimitPolicy: headers['ratelimit-policy'],
    hasRateLimit: typeof headers.ratelimit === 'string',
    hasRequestId: typeof headers['x-request-id'] === 'string',
  };
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('the direct /graphql route', () => {
  it.each([
    ['a query', JSON.stringify({ query: '{ pillars { nodes { number title } } }' }), JSON_TYPE],
    ['a query, for the current media type', JSON.stringify({ query: '{ pillars { nodes { number } } }' }), { ...JSON_TYPE, accept: 'application/graphql-response+json' }],
    ['a charset named in the media type', JSON.stringify({ query: '{ pillars { nodes { number } } }' }), { 'content-type': 'Application/JSON; charset=UTF-8' }],
    ['a body that starts with a byte-order mark', `\uFEFF${JSON.stringify({ query: '{ pillars { nodes { number } } }' })}`, JSON_TYPE],
    ['variables and an operation name', JSON.stringify({ query: 'query P($first: Int) { reports(first: $first) { nodes { id } } }', operationName: 'P', variables: { first: 2 } }), JSON_TYPE],
    ['a document that does not parse', JSON.stringify({ query: '{ pillars {' }), JSON_TYPE],
    ['a body that is not JSON', '{"query":', JSON_TYPE],
    ['a JSON string instead of an object', JSON.stringify('{ pillars { nodes { number } } }'), JSON_TYPE],
    ['a batch', JSON.stringify([{ query: '{ pillars { nodes { number } } }' }]), JSON_TYPE],
    ['no query', JSON.stringify({ variables: {} }), JSON_TYPE],
  ])('answers %s as Express does', async (_name, body, headers) => {
    const [direct, viaExpress] = await both(body, headers);
    expect(visible(direct)).toEqual(visible(viaExpress));
    expect(direct.headers['x-request-id']).not.toBe(viaExpress.headers['x-request-id']);
    expect(Number(direct.headers['content-length'])).toBe(Buffer.byteLength(direct.text));
  });

  it('answers a body that is not UTF-8 as Express does', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ pillars { nodes { number } } }","x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const [direct, viaExpress] = await both(body, JSON_TYPE);
    expect(visible(direct)).toEqual(visible(viaExpress));
    expect(direct.json).toEqual({ errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it("keeps the caller's request id and logs one line for the request", async () => {
    const response = await app.raw('POST', '/graphql', JSON.stringify({ query: 'query Named { pillars { nodes { number } } }' }), { ...JSON_TYPE, 'x-request-id': 'direct-route-1' });
    expect(response.headers['x-request-id']).toBe('direct-route-1');
    const lines = app.logLines.filter((line) => line.requestId === 'direct-route-1');
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'request', method: 'POST', path: '/graphql', status: 200, operation: 'Named', code: 'OK', roundTrips: 1, bytes: Buffer.byteLength(response.text) }),
    ]);
  });

  it('leaves other requests to Express: a preflight, a GET, a form post, a compressed body', async () => {
    viaExpressCalls.mockClear();
    const preflight = await app.raw('OPTIONS', '/graphql', undefined, { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type');
    const get = await app.raw('GET', `/graphql?query=${encodeURIComponent('{ pillars { nodes { number } } }')}`, undefined, { 'apollo-require-preflight': 'true' });
    expect(get.status).toBe(200);
    expect(get.json.data.pillars.nodes).toHaveLength(3);
    const form = await app.raw('POST', '/graphql', 'query=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    const gzip = await app.raw('POST', '/graphql', 'not gzip', { ...JSON_TYPE, 'content-encoding': 'gzip' });
    expect(gzip.status).toBe(400);
    expect(gzip.json.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(viaExpressCalls).toHaveBeenCalledTimes(4);
  });
});
