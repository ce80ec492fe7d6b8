import { hashKey } from '../../src/api-keys';
import { ConfiguredApp } from '../helpers/configured-app';

// Costs under the cost rule: the connection counts 1 and each node 1; every request also costs 1.
const TEN_REPORTS = '{ reports(first: 10) { nodes { id } } }';
const TEN_REPORTS_TOKENS = 12;
const HUNDRED_REPORTS = '{ reports(first: 100) { nodes { id } } }';
const HUNDRED_REPORTS_TOKENS = 102;
const KEY = 'r2p_rate-limit-test-key';

type Body = { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };

/** `r` of the RateLimit header: the tokens left after the request. */
function remaining(response: Response): number {
  const match = /^"default";r=(\d+);t=(\d+)$/.exec(response.headers.get('ratelimit') ?? '');
  if (!match) throw new Error(`no RateLimit header: ${response.headers.get('ratelimit')}`);
  return Number(match[1]);
}

/** The bucket refills at 1 token a second while the test runs, so what is left may be a few tokens more. */
function expectRemaining(response: Response, expected: number): void {
  expect(remaining(response)).toBeGreaterThanOrEqual(expected);
  expect(remaining(response)).toBeLessThanOrEqual(expected + 5);
}

describe('per-client rate limits', () => {
  let app: ConfiguredApp;

  beforeAll(async () => {
    app = await new ConfiguredApp({
      RATE_LIMIT_BURST: '250',
      RATE_LIMIT_PER_SECOND: '1',
      R2P_API_KEYS: `limit-tester:editor:${hashKey(KEY).toString('hex')}`,
    }).start();
  });

  afterAll(() => app.stop());

  it('charges each operation its cost, refuses one the bucket cannot pay with 429 RATE_LIMITED, and says when to retry', async () => {
    const first = await app.graphql(HUNDRED_REPORTS);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"default";q=250;w=250');
    expectRemaining(first, 250 - HUNDRED_REPORTS_TOKENS);

    const second = await app.graphql(HUNDRED_REPORTS);
    expect(second.status).toBe(200);
    expectRemaining(second, 250 - 2 * HUNDRED_REPORTS_TOKENS);

    // About 46 tokens left, 1 taken on arrival: the operation's 101 cannot be paid for another 56 s or so.
    const refused = await app.graphql(HUNDRED_REPORTS, { accept: 'application/json' });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(40);
    expect(retryAfter).toBeLessThanOrEqual(57);
    expect(refused.headers.get('ratelimit-policy')).toBe('"default";q=250;w=250');
    const body = (await refused.json()) as Body;
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter, cost: 101 });
    expect(await app.metric(/^r2p_http_rate_limited_total\{route="graphql"\} (\d+)$/m)).toBe(1);
  });

  it('refuses every request at once while the bucket is in debt, before it is parsed', async () => {
    // The whole graph is far more than the 45 tokens left: it is sent, and the bucket goes below zero.
    const download = await fetch(`${app.url}/export/r2p.json`);
    expect(download.status).toBe(200);
    const kib = Math.ceil((await download.arrayBuffer()).byteLength / 1024);
    expect(kib).toBeGreaterThan(300);
    const refused = await app.raw('{ not even GraphQL');
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as Body).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(remaining(refused)).toBe(0);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(kib - 60);
  });

  it('keeps a budget per API key, apart from the address it comes from', async () => {
    const anonymous = await app.graphql(TEN_REPORTS);
    expect(anonymous.status).toBe(429);
    const keyed = await app.graphql(TEN_REPORTS, { authorization: `Bearer ${KEY}` });
    expect(keyed.status).toBe(200);
    expectRemaining(keyed, 250 - TEN_REPORTS_TOKENS);
  });

  it('ignores X-Forwarded-For when TRUST_PROXY names no proxy', async () => {
    const spoofed = await app.graphql(TEN_REPORTS, { 'x-forwarded-for': '203.0.113.7' });
    expect(spoofed.status).toBe(429);
  });
});

describe('rate limits behind a trusted proxy, and exports', () => {
  let app: ConfiguredApp;
  const from = (address: string) => ({ 'x-forwarded-for': address });

  beforeAll(async () => {
    app = await new ConfiguredApp({ RATE_LIMIT_BURST: '2000', RATE_LIMIT_PER_SECOND: '1', TRUST_PROXY: 'loopback' }).start();
  });

  afterAll(() => app.stop());

  it('keeps a budget per forwarded client address when the proxy is trusted', async () => {
    const a = await app.graphql(TEN_REPORTS, from('198.51.100.1'));
    const b = await app.graphql(TEN_REPORTS, from('198.51.100.2'));
    expectRemaining(a, 2000 - TEN_REPORTS_TOKENS);
    expectRemaining(b, 2000 - TEN_REPORTS_TOKENS);
  });

  it('charges a download one token per KiB sent, and refuses the next one while the bucket is in debt', async () => {
    const client = from('198.51.100.3');
    const exports: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 10 && !refused; i += 1) {
      const response = await fetch(`${app.url}/export/r2p.json`, { headers: client });
      if (response.status === 429) refused = response;
      else exports.push((await response.arrayBuffer()).byteLength);
    }
    expect(refused).toBeDefined();
    const spent = exports.reduce((sum, bytes) => sum + 1 + Math.ceil(bytes / 1024), 0);
    // The last export was admitted with at least one token and drove the bucket below zero.
    expect(spent).toBeGreaterThan(2000);
    expect(spent - Math.ceil(exports[exports.length - 1] / 1024)).toBeLessThanOrEqual(2000);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused!.json()) as Body).errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(await app.metric(/^r2p_http_rate_limited_total\{route="export"\} (\d+)$/m)).toBe(1);
  });

  it('charges the exportGraph field by the size of the text it returns', async () => {
    const client = from('198.51.100.4');
    const response = await app.graphql('{ exportGraph(format: CYTOSCAPE, ids: ["pillar:1"], depth: 1) }', client);
    const body = (await response.json()) as { data: { exportGraph: string } };
    const kib = Math.ceil(Buffer.byteLength(body.data.exportGraph) / 1024);
    expect(kib).toBeGreaterThan(5);
    const next = await app.graphql('{ stats { totalNodes } }', client);
    // The export's request token and its KiB, then the next request's token and cost; refill adds at most a few.
    const expected = 2000 - 1 - kib - 2;
    expect(remaining(next)).toBeGreaterThanOrEqual(expected);
    expect(remaining(next)).toBeLessThanOrEqual(expected + 3);
  });
});
