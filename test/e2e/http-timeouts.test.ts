import net from 'node:net';
import { ConfiguredApp } from '../helpers/configured-app';

const HEADERS_MS = 1_000;
const REQUEST_MS = 2_000;
const KEEP_ALIVE_MS = 500;
// Node checks the request timeouts on a period (a quarter of the headers timeout here), so a cut comes a little late.
const SLACK_MS = 1_000;
// Node keeps an idle connection open this much longer than the timeout it advertises, so that a client that
// reuses it at the last moment does not meet a closed socket.
const NODE_KEEP_ALIVE_BUFFER_MS = 1_000;

interface Trickle {
  /** When the server closed the connection, in ms after it opened; null if it never did within the bound. */
  closedAfterMs: number | null;
  received: string;
}

/**
 * Opens a connection, sends `start`, then one byte of `drip` every 100 ms (for at most `boundMs`), and
 * reports when the server closed the connection and what it sent.
 */
async function trickle(app: ConfiguredApp, start: string, drip: string, boundMs: number): Promise<Trickle> {
  const socket = net.connect(Number(new URL(app.url).port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const opened = Date.now();
  let received = '';
  let closedAfterMs: number | null = null;
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closedAfterMs = Date.now() - opened;
      resolve();
    }),
  );
  socket.write(start);
  for (let i = 0; closedAfterMs === null && Date.now() - opened < boundMs; i += 1) {
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 100))]);
    if (closedAfterMs === null && !socket.destroyed && drip) socket.write(drip[i % drip.length]);
  }
  socket.destroy();
  return { closedAfterMs, received };
}

describe('HTTP server timeouts', () => {
  let app: ConfiguredApp;

  beforeAll(async () => {
    app = await new ConfiguredApp({
      HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_MS),
      HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_MS),
      HTTP_KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_MS),
    }).start();
  });

  afterAll(() => app.stop());

  it('cuts off a client that sends its headers a byte at a time, with 408', async () => {
    const result = await trickle(app, 'GET /health HTTP/1.1\r\nHost: localhost\r\n', 'X-Slow: still coming ', HEADERS_MS + 5_000);
    expect(result.closedAfterMs).not.toBeNull();
    expect(result.closedAfterMs!).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    expect(result.closedAfterMs!).toBeLessThan(HEADERS_MS + SLACK_MS);
    expect(result.received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts off a client whose body never finishes, with 408, having given it no slot', async () => {
    const head = 'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"query":"';
    const result = await trickle(app, head, '{ stats { totalNodes } } ', REQUEST_MS + 5_000);
    expect(result.closedAfterMs).not.toBeNull();
    expect(result.closedAfterMs!).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    expect(result.closedAfterMs!).toBeLessThan(REQUEST_MS + SLACK_MS);
    expect(result.received).toMatch(/^HTTP\/1\.1 408/);
    expect(await app.metric(/^r2p_http_in_flight (\d+)$/m)).toBe(0);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const result = await trickle(app, 'GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n', '', KEEP_ALIVE_MS + 5_000);
    expect(result.received).toMatch(/^HTTP\/1\.1 200/);
    expect(result.received).toMatch(new RegExp(`^Keep-Alive: timeout=${Math.floor(KEEP_ALIVE_MS / 1000)}\r$`, 'm'));
    expect(result.closedAfterMs).not.toBeNull();
    expect(result.closedAfterMs!).toBeGreaterThanOrEqual(KEEP_ALIVE_MS + NODE_KEEP_ALIVE_BUFFER_MS - 50);
    expect(result.closedAfterMs!).toBeLessThan(KEEP_ALIVE_MS + NODE_KEEP_ALIVE_BUFFER_MS + SLACK_MS);
  });
});
