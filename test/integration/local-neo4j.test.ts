import net from 'node:net';
import { checkJava, startLocalNeo4j } from '../../src/local-neo4j';
import { loadConfig } from '../../src/config';
import { testConfig, TEST_ENV } from '../helpers/test-config';

describe('the local Neo4j', () => {
  it('accepts the Java on this machine', () => {
    expect(() => checkJava()).not.toThrow();
  });

  it('reuses the Neo4j already running on its port and data directory instead of failing', async () => {
    const config = testConfig();
    if (config.neo4j.mode !== 'local') throw new Error('local expected');
    const lines: string[] = [];
    const again = await startLocalNeo4j(config.neo4j, (line) => lines.push(line));
    expect(again.owned).toBe(false);
    expect(lines.join('\n')).toMatch(/Reusing the local Neo4j/);
    await again.stop();
  });

  it('names the Bolt port when another program holds it', async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const config = loadConfig({ ...TEST_ENV, NEO4J_BOLT_PORT: String(port), NEO4J_DATA_DIR: '.neo4j/port-taken' });
      if (config.neo4j.mode !== 'local') throw new Error('local expected');
      await expect(startLocalNeo4j(config.neo4j, () => undefined)).rejects.toThrow(
        new RegExp(`Port ${port} .* already in use by another program`),
      );
    } finally {
      server.close();
    }
  });
});
