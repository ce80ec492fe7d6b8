import net from 'node:net';
import type { Release } from '../../src/limits/admission';
import { ConfiguredApp } from '../helpers/configured-app';

const PILLARS = 'query Pillars { pillars { nodes { number } } }';
type Body = { data?: any; errors?: Array<{ extensions: { code: string } }> };

describe('bounded concurrency and load shedding', () => {
  let app: ConfiguredApp;

  beforeAll(async () => {
    app = await new ConfiguredApp({ MAX_INFLIGHT: '1', MAX_QUEUE: '1', MAX_QUEUE_WAIT_MS: '400' }).start();
  });

  afterAll(() => app.stop());

  /** Takes the only slot, as a long operation would. */
  async function holdSlot(): Promise<Release> {
    const outcome = await app.admission.acquire();
    if (!outcome.admitted) throw new Error('the slot was not free');
    return outcome.release;
  }

  it('refuses with 503 OVERLOADED and Retry-After when the queue is full, and after the longest wait', async () => {
    const release = await holdSlot();
    try {
      const started = Date.now();
      const waiting = app.graphql(PILLARS);
      // The first waiter has the only queue place; the next request finds the queue full and is refused at once.
      while (app.admission.queued < 1) await new Promise((resolve) => setTimeout(resolve, 10));
      const sent = Date.now();
      const full = await app.graphql(PILLARS);
      const refusedAfter = Date.now() - sent;
      expect(full.status).toBe(503);
      expect(full.headers.get('retry-after')).toBe('1');
      const body = (await full.json()) as Body;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions.code).toBe('OVERLOADED');
      // Well before the 400 ms the waiter is held for.
      expect(refusedAfter).toBeLessThan(350);

      const timedOut = await waiting;
      expect(timedOut.status).toBe(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect(((await timedOut.json()) as Body).errors?.[0].extensions.code).toBe('OVERLOADED');

      expect(await app.metric(/^r2p_http_shed_total\{route="graphql",reason="queue_full"\} (\d+)$/m)).toBe(1);
      expect(await app.metric(/^r2p_http_shed_total\{route="graphql",reason="queue_timeout"\} (\d+)$/m)).toBe(1);
      expect(await app.metric(/^r2p_http_queue_wait_seconds_count\{route="graphql",outcome="shed"\} (\d+)$/m)).toBe(2);
    } finally {
      release();
    }
  });

  it('answers /health, /ready and /metrics at once while every slot is taken and the queue is full', async () => {
    const release = await holdSlot();
    const waiting = app.graphql(PILLARS);
    try {
      while (app.admission.queued < 1) await new Promise((resolve) => setTimeout(resolve, 10));
      const text = await (await fetch(`${app.url}/metrics`)).text();
      expect(text).toMatch(/^r2p_http_in_flight 1$/m);
      expect(text).toMatch(/^r2p_http_queue_length 1$/m);
      // The slot is held until the test gives it back: an answer at all means the probe did not wait for it.
      for (const path of ['/health', '/ready', '/metrics']) {
        const response = await fetch(`${app.url}${path}`, { signal: AbortSignal.timeout(5_000) });
        expect(response.status).toBe(200);
      }
    } finally {
      release();
      await waiting;
    }
  });

  it('gives a freed slot to the request that waited, which is then answered normally', async () => {
    const release = await holdSlot();
    const queuedBefore = (await app.metric(/^r2p_http_queued_total\{route="graphql"\} (\d+)$/m)) || 0;
    const waiting = app.graphql(PILLARS);
    while (app.admission.queued < 1) await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    const response = await waiting;
    expect(response.status).toBe(200);
    expect(((await response.json()) as Body).data.pillars.nodes).toHaveLength(3);
    expect(await app.metric(/^r2p_http_queued_total\{route="graphql"\} (\d+)$/m)).toBe(queuedBefore + 1);
    expect(app.admission.inFlight).toBe(0);
  });

  it('admits exports through the same slots', async () => {
    const release = await holdSlot();
    try {
      const waiting = fetch(`${app.url}/export/r2p.json?ids=pillar:1&depth=0`);
      while (app.admission.queued < 1) await new Promise((resolve) => setTimeout(resolve, 10));
      const refused = await fetch(`${app.url}/export/r2p.json?ids=pillar:1&depth=0`);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as Body).errors?.[0].extensions.code).toBe('OVERLOADED');
      expect((await waiting).status).toBe(503);
    } finally {
      release();
    }
    expect((await fetch(`${app.url}/export/r2p.json?ids=pillar:1&depth=0`)).status).toBe(200);
  });

  it('gives no slot to a request whose body has not arrived, so a slow client cannot block the others', async () => {
    const socket = net.connect(Number(new URL(app.url).port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.on('error', () => undefined);
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"query":');
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const response = await app.graphql(PILLARS);
      expect(response.status).toBe(200);
      expect(app.admission.inFlight).toBe(0);
    } finally {
      socket.destroy();
    }
  });
});

describe('the metrics port', () => {
  it('serves /metrics on METRICS_PORT and not on the API port', async () => {
    const app = await new ConfiguredApp({ METRICS_PORT: '9464' }).start();
    try {
      expect((await fetch(`${app.url}/metrics`)).status).toBe(404);
      const response = await fetch(`${app.metricsUrl}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/^r2p_http_in_flight 0$/m);
    } finally {
      await app.stop();
    }
  });
});
