import { runLoad } from '../helpers/load';
import { ApiProcess, freePort, waitForStatus } from '../helpers/process';
import { testConfig } from '../helpers/test-config';

const neo4j = testConfig().neo4j;
const NEIGHBOURHOOD = '{ neighbourhood(id: "A/63/677", depth: 2, limit: 500) { truncated nodes { id kind label } edges { id type source target } } }';
const PILLARS = 'query Pillars { pillars { nodes { number } } }';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
// A percentile of no answers comes back from the load generator as null.
const ms = (value: number | null) => (value === null || !Number.isFinite(value) ? '-' : value.toFixed(0));

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; response: Response }> {
  const started = performance.now();
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return { ms: performance.now() - started, response };
}

// The `/health` median is what this shared two-core machine gives while the process sheds: the same build measured
// 20-58 ms across one day (docs/reliability.md). One more attempt, 10 s after a failed one, keeps a slow minute of
// the machine from failing the suite; a process that misses a requirement twice in a row fails it.
jest.retryTimes(1, { logErrorsBeforeRetry: true });

describe('one API process under 400 connections', () => {
  let api: ApiProcess;
  let base: string;
  const warmUp: number[] = [];

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Every connection is a client of its own behind a trusted proxy, as crawlers and classrooms would be:
    // the load tests admission and shedding, not one client's rate limit. Everything else is the default.
    api = new ApiProcess({ NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, PORT: String(port), TRUST_PROXY: 'loopback' });
    await waitForStatus(`${base}/ready`, 200);
    // A served process is warm: Neo4j has planned the query and its JVM has compiled the code that runs it.
    // Cold, the first depth-2 neighbourhoods take seconds each, and 12 of them at once outlast the whole load.
    for (const query of [NEIGHBOURHOOD, NEIGHBOURHOOD, NEIGHBOURHOOD, PILLARS]) {
      const warm = await timed(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      warmUp.push(warm.ms);
    }
  });

  afterAll(async () => {
    await api.stop();
  });

  let attempts = 0;

  it('answers only 2xx, 429 and 503, within 1 s at p99, keeps /health fast, and serves normally right after', async () => {
    // A second attempt starts once the first load's leftovers (its backlog, Neo4j's busy threads) have gone.
    if (attempts++ > 0) await new Promise((resolve) => setTimeout(resolve, 10_000));
    const health: number[] = [];
    let loading = true;
    const probing = (async () => {
      // Bounded by the load's own end; one probe every 50 ms.
      for (let i = 0; loading && i < 400; i += 1) {
        const { ms, response } = await timed(`${base}/health`);
        expect(response.status).toBe(200);
        health.push(ms);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const result = await runLoad({ url: `${base}/graphql`, body: JSON.stringify({ query: NEIGHBOURHOOD }), connections: 400, seconds: 5, distinctClients: true });
    loading = false;
    await probing;

    const after = await timed(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PILLARS }) });
    const shed = result.statuses['503'] ?? 0;
    console.log(
      `400 connections, 5 s: ${result.total} answers ${JSON.stringify(result.statuses)}, shed ${((100 * shed) / result.total).toFixed(1)}%, ` +
        `p99 all ${ms(result.all.p99)} ms, served ${result.served.count} (p50 ${ms(result.served.p50)} ms, p99 ${ms(result.served.p99)} ms), ` +
        `warm-up ${warmUp.map(ms).join(", ")} ms, /health median ${median(health).toFixed(1)} ms over ${health.length} probes, first answer after ${ms(after.ms)} ms; ` +
        `load generator ${result.generator.cpuMs.toFixed(0)} ms CPU, its event-loop delay p99 ${result.generator.loopDelayP99Ms.toFixed(0)} ms`,
    );

    expect(Object.keys(result.statuses).filter((status) => !/^2\d\d$|^429$|^503$/.test(status))).toEqual([]);
    expect(result.failures).toBe(0);
    expect(result.served.count).toBeGreaterThan(0);
    expect(result.all.p99).toBeLessThan(1_000);
    expect(health.length).toBeGreaterThanOrEqual(20);
    expect(median(health)).toBeLessThan(50);
    expect(after.response.status).toBe(200);
    expect(after.ms).toBeLessThan(1_000);
  });
});
