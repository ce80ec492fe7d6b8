import net from 'node:net';
import { ConfiguredApp } from '../helpers/configured-app';

const PILLARS = 'query Pillars { pillars { nodes { number } } }';

/**
 * A request that holds a slot: its headers and half its body are sent, the rest never is, so it stays
 * admitted (reading its body) until the socket is destroyed.
 */
async function holdSlot(app: ConfiguredApp): Promise<net.Socket> {
  // A slot freed by the test before is given back when its socket has closed on the server's side.
  while ((await app.metric(/^r2p_http_in_flight (\d+)$/m)) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const { port } = new URL(app.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.on('error', () => undefined);
  socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"query":`);
  const deadline = Date.now() + 5_000;
  while ((await app.metric(/^r2p_http_in_flight (\d+)$/m)) < 1) {
    if (Date.now() > deadline) throw new Error('the held request was never admitted');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return socket;
}

describe('bounded concurrency and load shedding', () => {
  let app: ConfiguredApp;

  beforeAll(async () => {
    app = await new ConfiguredApp({ MAX_INFLIGHT: '1', MAX_QUEUE: '1', MAX_QUEUE_WAIT_MS: '400' }).start();
  });

  afterAll(() => app.stop());

  it('refuses with 503 OVERLOADED and Retry-After when the queue is full, and after the longest wait', async () => {
    const held = await holdSlot(app);
    try {
      const started = Date.now();
      const waiting = app.graphql(PILLARS);
      // The first waiter has the only queue place; the next request finds the queue full and is refused at once.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const full = await app.graphql(PILLARS);
      const refusedAt = Date.now() - started;
      expect(full.status).toBe(503);
      expect(full.headers.get('retry-after')).toBe('1');
      const body = (await full.json()) as { data?: unknown; errors: Array<{ extensions: { code: string } }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('OVERLOADED');
      expect(refusedAt).toBeLessThan(350);

      const timedOut = await waiting;
      expect(timedOut.status).toBe(503);
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect(((await timedOut.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('OVERLOADED');

      expect(await app.metric(/^r2p_http_shed_total\{route="graphql",reason="queue_full"\} (\d+)$/m)).toBe(1);
      expect(await app.metric(/^r2p_http_shed_total\{route="graphql",reason="queue_timeout"\} (\d+)$/m)).toBe(1);
      expect(await app.metric(/^r2p_http_queue_wait_seconds_count\{route="graphql",outcome="shed"\} (\d+)$/m)).toBe(2);
    } finally {
      held.destroy();
    }
  });

  it('answers /health, /ready and /metrics at once while every slot is taken and the queue is full', async () => {
    const held = await holdSlot(app);
    const waiting = app.graphql(PILLARS);
    try {
      for (const path of ['/health', '/ready', '/metrics']) {
        const started = Date.now();
        const response = await fetch(`${app.url}${path}`);
        expect(response.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(300);
      }
      expect(await app.metric(/^r2p_http_queue_length (\d+)$/m)).toBe(1);
    } finally {
      held.destroy();
      await waiting;
    }
  });

  it('gives a freed slot to the request that waited, which is then answered normally', async () => {
    const held = await holdSlot(app);
    const queuedBefore = await app.metric(/^r2p_http_queued_total\{route="graphql"\} (\d+)$/m);
    const waiting = app.graphql(PILLARS);
    await new Promise((resolve) => setTimeout(resolve, 100));
    held.destroy();
    const response = await waiting;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { pillars: { nodes: unknown[] } } }).data.pillars.nodes).toHaveLength(3);
    expect(await app.metric(/^r2p_http_queued_total\{route="graphql"\} (\d+)$/m)).toBe((Number.isNaN(queuedBefore) ? 0 : queuedBefore) + 1);
    expect(await app.metric(/^r2p_http_in_flight (\d+)$/m)).toBe(0);
  });

  it('admits exports through the same slots', async () => {
    const held = await holdSlot(app);
    try {
      const waiting = fetch(`${app.url}/export/r2p.json?ids=pillar:1&depth=0`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const refused = await fetch(`${app.url}/export/r2p.json?ids=pillar:1&depth=0`);
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('OVERLOADED');
      expect((await waiting).status).toBe(503);
    } finally {
      held.destroy();
    }
    expect((await fetch(`${app.url}/export/r2p.json?ids=pillar:1&depth=0`)).status).toBe(200);
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
