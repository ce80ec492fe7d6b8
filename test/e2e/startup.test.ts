import net from 'node:net';
import { loadConfig } from '../../src/config';
import { startLocalNeo4j } from '../../src/local-neo4j';
import { ApiProcess, freePort, waitForStatus } from '../helpers/process';
import { startOwnNeo4j } from '../helpers/private-graph';
import { testConfig, TEST_ENV } from '../helpers/test-config';

const neo4j = testConfig().neo4j;
const remoteEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe('starting the API', () => {
  it('rejects PORT=abc at start, naming the variable, without a stack trace', async () => {
    const api = new ApiProcess({ PORT: 'abc' });
    expect(await api.exited).toBe(1);
    expect(api.output).toMatch(/Invalid environment variable PORT: expected a whole number, got "abc"/);
    expect(api.output).not.toMatch(STACK_LINE);
  });

  it('names the HTTP port when another program holds it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const api = new ApiProcess({ ...remoteEnv, PORT: String(port) });
      expect(await api.exited).toBe(1);
      expect(api.output).toMatch(new RegExp(`port ${port} is already in use`));
      expect(api.output).not.toMatch(STACK_LINE);
    } finally {
      blocker.close();
    }
  });

  it('says what to install when Java is missing and NEO4J_URI is not set', async () => {
    const bolt = await freePort();
    const api = new ApiProcess(
      { PORT: String(await freePort()), NEO4J_BOLT_PORT: String(bolt), NEO4J_DATA_DIR: '.neo4j/no-java' },
      '/nonexistent',
    );
    expect(await api.exited).toBe(1);
    expect(api.output).toMatch(/Java 17\+ was not found on PATH.*install a JDK 17.*or set NEO4J_URI/s);
    expect(api.output).not.toMatch(STACK_LINE);
  });

  it('serves the three pillars from Neo4j and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const api = new ApiProcess({ ...remoteEnv, PORT: String(port) });
    try {
      await waitForStatus(`http://127.0.0.1:${port}/ready`, 200);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ pillars { nodes { number title } } }' }),
      });
      const body = (await response.json()) as { data: { pillars: { nodes: unknown[] } } };
      expect(body.data.pillars.nodes).toEqual([
        { number: 1, title: 'The protection responsibilities of the State' },
        { number: 2, title: 'International assistance and capacity-building' },
        { number: 3, title: 'Timely and decisive response' },
      ]);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    } finally {
      expect(await api.stop()).toBe(0);
    }
  });

  it('keeps running with wrong credentials, says so, and answers /ready 503', async () => {
    const port = await freePort();
    const own = await startOwnNeo4j('startup-credentials');
    const api = new ApiProcess({ NEO4J_URI: own.config.neo4j.uri, NEO4J_USER: own.config.neo4j.user, NEO4J_PASSWORD: 'wrong-password', PORT: String(port) });
    try {
      await api.waitFor(/rejected the credentials/);
      const response = await waitForStatus(`http://127.0.0.1:${port}/ready`, 503);
      expect(await response.json()).toEqual({ status: 'not ready', reason: expect.stringMatching(/credentials/) });
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      expect(api.child.exitCode).toBeNull();
    } finally {
      expect(await api.stop()).toBe(0);
      await own.stop();
    }
  }, 600_000);

  it('retries an unreachable NEO4J_URI with backoff, fails reads fast meanwhile, and becomes ready when the database comes up', async () => {
    const bolt = await freePort();
    const port = await freePort();
    const api = new ApiProcess({ ...remoteEnv, NEO4J_URI: `bolt://127.0.0.1:${bolt}`, PORT: String(port) });
    const late = loadConfig({ ...TEST_ENV, NEO4J_BOLT_PORT: String(bolt), NEO4J_DATA_DIR: `${TEST_ENV.NEO4J_DATA_DIR}-late` });
    if (late.neo4j.mode !== 'local') throw new Error('local expected');
    let database: Awaited<ReturnType<typeof startLocalNeo4j>> | null = null;
    try {
      await api.waitFor(/not usable yet: Neo4j is not reachable; retrying/);
      const notReady = await waitForStatus(`http://127.0.0.1:${port}/ready`, 503);
      expect(((await notReady.json()) as { reason: string }).reason).toMatch(/not reachable/);
      const started = Date.now();
      const read = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { totalNodes } }' }),
      });
      expect(((await read.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(6_000);
      database = await startLocalNeo4j(late.neo4j, () => undefined);
      await waitForStatus(`http://127.0.0.1:${port}/ready`, 200, 60_000);
    } finally {
      expect(await api.stop()).toBe(0);
      await database?.stop();
    }
  }, 180_000);
});
