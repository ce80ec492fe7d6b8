import { getIntrospectionQuery } from 'graphql';
import { HttpApp } from '../helpers/http-app';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const PILLARS = 'query Pillars { pillars { nodes { number } } }';

let app: HttpApp;

beforeAll(async () => {
  app = await HttpApp.prepared();
});

afterAll(() => app.stop());

// A legacy client (application/json) reads only 200 answers, so a request whose GraphQL could not run is
// 200 with errors and no data for it; a client of the current media type gets the 4xx.
describe.each([
  ['application/json', 'application/json', 200],
  [GRAPHQL_RESPONSE, GRAPHQL_RESPONSE, 400],
])('the HTTP status contract with Accept: %s', (accept, contentType, requestErrorStatus) => {
  const post = (query: string, variables?: Record<string, unknown>) => app.post({ query, variables }, { accept });

  it('answers 200 with data for an operation that ran', async () => {
    const response = await post(PILLARS);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain(contentType);
    expect(response.json.data.pillars.nodes).toHaveLength(3);
  });

  it('answers 200 with the error and its code for an execution error', async () => {
    const response = await post('{ node(id: "report:none") { id } }');
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ data: null, errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it(`answers ${requestErrorStatus} without data for a document that does not parse`, async () => {
    const response = await post('{ pillars {');
    expect(response.status).toBe(requestErrorStatus);
    expect(response.headers['content-type']).toContain(contentType);
    expect(response.json.data).toBeUndefined();
    expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it(`answers ${requestErrorStatus} without data for a document that is not valid, and suggests no field names`, async () => {
    const response = await post('{ pilars { nodes { number } } }');
    expect(response.status).toBe(requestErrorStatus);
    expect(response.json.data).toBeUndefined();
    expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.json.errors[0].message).not.toMatch(/Did you mean|pillars/);
  });

  it(`answers ${requestErrorStatus} without data for variables that do not fit their types`, async () => {
    const response = await post('query Page($n: Int) { reports(first: $n) { nodes { id } } }', { n: 'ten' });
    expect(response.status).toBe(requestErrorStatus);
    expect(response.json.data).toBeUndefined();
    expect(response.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it(`answers ${requestErrorStatus} QUERY_TOO_COMPLEX for a query over a limit`, async () => {
    const response = await post('{ reports(first: 100) { nodes { relationships { node { relationships { node { relationships { id } } } } } } } }');
    expect(response.status).toBe(requestErrorStatus);
    expect(response.json.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', maxCost: 10_000 });
  });

  it('answers 400 to a request that is not well-formed, whatever the media type', async () => {
    const response = await app.raw('POST', '/graphql', JSON.stringify({ variables: {} }), { 'content-type': 'application/json', accept });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });
});

describe('CSRF prevention, batching and introspection over HTTP', () => {
  it('serves a JSON POST, as curl sends it with -H "content-type: application/json"', async () => {
    const response = await app.raw('POST', '/graphql', JSON.stringify({ query: PILLARS }), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
  });

  it('serves a GET query that carries apollo-require-preflight, and refuses one that does not', async () => {
    const search = `?query=${encodeURIComponent(PILLARS)}`;
    const allowed = await app.raw('GET', `/graphql${search}`, undefined, { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(allowed.json.data.pillars.nodes).toHaveLength(3);
    const refused = await app.raw('GET', `/graphql${search}`);
    expect(refused.status).toBe(400);
    expect(refused.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a batch of operations', async () => {
    const response = await app.raw('POST', '/graphql', JSON.stringify([{ query: PILLARS }]), { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(response.json.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers the standard introspection query within every limit', async () => {
    const response = await app.post({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) });
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.__schema.queryType.name).toBe('Query');
  });
});

describe('what operators see', () => {
  it('echoes a caller request id that is a plain token and replaces one that is not', async () => {
    const kept = await app.post({ query: PILLARS }, { 'x-request-id': 'trace-42.a:b' });
    expect(kept.headers['x-request-id']).toBe('trace-42.a:b');
    const replaced = await app.post({ query: PILLARS }, { 'x-request-id': 'not a token\u00e9' });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes one structured log line per request with id, operation, timings, size and code', async () => {
    await app.post({ query: PILLARS }, { 'x-request-id': 'log-line-ok' });
    await app.post({ query: 'query Missing { node(id: "report:none") { id } }' }, { 'x-request-id': 'log-line-missing' });
    await app.raw('POST', '/graphql', '{"query":', { 'content-type': 'application/json', 'x-request-id': 'log-line-bad-json' });
    const line = (id: string) => app.logLines.filter((entry) => entry.requestId === id);

    expect(line('log-line-ok')).toEqual([
      expect.objectContaining({
        msg: 'request',
        level: 30,
        method: 'POST',
        path: '/graphql',
        status: 200,
        operation: 'Pillars',
        code: 'OK',
        durationMs: expect.any(Number),
        dbMs: expect.any(Number),
        roundTrips: 1,
        bytes: expect.any(Number),
      }),
    ]);
    expect(line('log-line-ok')[0].bytes).toBeGreaterThan(50);
    expect(line('log-line-missing')).toEqual([expect.objectContaining({ operation: 'Missing', code: 'NOT_FOUND', status: 200 })]);
    expect(line('log-line-bad-json')).toEqual([expect.objectContaining({ operation: null, code: 'BAD_REQUEST', status: 400, roundTrips: 0 })]);
  });

  it('exposes Prometheus metrics: requests and latency by operation and code, Neo4j latency, pool use, readiness', async () => {
    await app.post({ query: PILLARS });
    await app.post({ query: 'query Missing { node(id: "report:none") { id } }' });
    const response = await app.raw('GET', '/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const count = (pattern: RegExp) => Number(pattern.exec(response.text)?.[1] ?? NaN);
    expect(count(/^r2p_graphql_requests_total\{operation="Pillars",code="OK"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(count(/^r2p_graphql_requests_total\{operation="Missing",code="NOT_FOUND"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(response.text).toMatch(/^r2p_graphql_request_duration_seconds_bucket\{le="0\.1",operation="Pillars",code="OK"\} \d+$/m);
    expect(count(/^r2p_neo4j_transaction_duration_seconds_count\{mode="read",outcome="ok"\} (\d+)$/m)).toBeGreaterThanOrEqual(2);
    expect(response.text).toMatch(/^r2p_neo4j_transactions_in_flight\{mode="read"\} 0$/m);
    expect(response.text).toMatch(/^r2p_ready 1$/m);
  });
});
