import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/driver';
import { HttpApp } from '../helpers/http-app';
import { freePort } from '../helpers/process';
import { startOwnNeo4j } from '../helpers/private-graph';
import { testConfig } from '../helpers/test-config';

// Generous for a shared, busy machine; the driver gives up after about maxTransactionRetryTime.
const FAIL_FAST_MS = 6_000;

describe('with Neo4j down', () => {
  let driver: Driver;
  let app: HttpApp;

  beforeAll(async () => {
    const neo4j = testConfig().neo4j;
    driver = createDriver({ ...neo4j, uri: `bolt://127.0.0.1:${await freePort()}` });
    app = await new HttpApp(driver).start();
  });

  afterAll(async () => {
    await app.stop();
    await driver.close();
  });

  it('answers a read with DATABASE_UNAVAILABLE within a few seconds', async () => {
    const started = Date.now();
    const response = await app.post({ query: '{ stats { totalNodes } }' });
    const elapsed = Date.now() - started;
    expect(response.status).toBe(200);
    expect(response.json.errors[0]).toEqual({
      message: 'The database is unavailable; try again shortly.',
      locations: expect.any(Array),
      path: ['stats'],
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
    expect(elapsed).toBeLessThan(FAIL_FAST_MS);
  });

  it('answers /ready 503 with the reason, and reports r2p_ready 0', async () => {
    app.readiness.markPrepared();
    const ready = await app.raw('GET', '/ready');
    expect(ready.status).toBe(503);
    expect(ready.json).toEqual({ status: 'not ready', reason: 'Neo4j is not reachable' });
    const metrics = await app.raw('GET', '/metrics');
    expect(metrics.text).toMatch(/^r2p_ready 0$/m);
  });
});

describe('with a Neo4j that refuses the credentials', () => {
  let own: Awaited<ReturnType<typeof startOwnNeo4j>>;
  beforeAll(async () => {
    own = await startOwnNeo4j('outage-credentials');
  }, 600_000);
  afterAll(async () => {
    await own?.stop();
  });

  it('answers INTERNAL_SERVER_ERROR without Neo4j text, and logs the cause with the request id', async () => {
    const driver = createDriver({ ...own.config.neo4j, password: 'not-the-password' });
    const app = await new HttpApp(driver).start();
    try {
      const response = await app.post({ query: '{ stats { totalNodes } }' }, { 'x-request-id': 'wrong-credentials' });
      expect(response.json.errors).toEqual([
        { message: 'Internal server error.', locations: expect.any(Array), path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(response.text).not.toMatch(/Neo|auth|credential|password/i);
      const logged = app.logLines.filter((entry) => entry.requestId === 'wrong-credentials');
      expect(logged).toEqual([
        expect.objectContaining({ level: 50, msg: 'unexpected error', err: expect.objectContaining({ code: 'Neo.ClientError.Security.Unauthorized', stack: expect.any(String) }) }),
        expect.objectContaining({ level: 50, msg: 'request', code: 'INTERNAL_SERVER_ERROR' }),
      ]);
    } finally {
      await app.stop();
      await driver.close();
    }
  });
});
