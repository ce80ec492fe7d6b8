import { HttpApp, RawResponse } from '../../helpers/http-app';
import { HOSTILE_CASES, HostileCase } from './cases';

// What must never reach a client: driver messages, the project's Cypher (none of the cases sends these
// words, so they cannot be an echo of the input), stack frames, schema suggestions.
const LEAKS = /Neo4jError|Neo\.(Client|Transient|Database)Error|OPTIONAL MATCH|UNWIND|db\.index|\bat .+:\d+:\d+|stacktrace|Did you mean/;

let app: HttpApp;

async function graphSize(): Promise<{ nodes: number; relationships: number }> {
  const { records } = await app.driver.executeQuery('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships');
  return { nodes: records[0].get('nodes') as number, relationships: records[0].get('relationships') as number };
}

function send(c: HostileCase): Promise<RawResponse> {
  const path = `/graphql${c.search ?? ''}`;
  if (c.method === 'GET') return app.raw('GET', path, undefined, c.headers);
  if (c.raw !== undefined) return app.raw('POST', path, c.raw, c.headers);
  // The statuses asserted are those of the current GraphQL-over-HTTP media type; legacy application/json
  // clients get 200 for request errors instead (test/e2e/http-contract.test.ts).
  return app.post(c.graphql, { accept: 'application/graphql-response+json', ...c.headers });
}

beforeAll(async () => {
  app = await HttpApp.prepared();
});

afterAll(() => app.stop());

describe('the bad-input corpus', () => {
  it('holds at least 40 cases', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))('answers %s with its code, writes nothing and stays up', async (_name, c) => {
    const before = await graphSize();
    const response = await send(c);

    const statuses = Array.isArray(c.status) ? c.status : [c.status];
    const codes = Array.isArray(c.code) ? c.code : [c.code];
    expect(statuses).toContain(response.status);
    expect(response.json).toBeDefined();
    const errors = (response.json.errors ?? []) as Array<{ message: string; extensions?: { code?: string } }>;
    const code = errors[0]?.extensions?.code ?? 'OK';
    expect(codes).toContain(code);
    if (c.message) expect(errors[0].message).toMatch(c.message);
    expect(response.text).not.toMatch(LEAKS);

    const health = await app.raw('GET', '/health');
    expect(health.status).toBe(200);
    const followUp = await app.post({ query: '{ pillars { nodes { number } } }' });
    expect(followUp.json.data.pillars.nodes).toHaveLength(3);
    expect(await graphSize()).toEqual(before);
  });
});
