import http from 'node:http';
import { ApiProcess, freePort, waitForStatus } from '../helpers/process';
import { testConfig } from '../helpers/test-config';

const neo4j = testConfig().neo4j;
const remoteEnv = { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };

describe('stopping the API', () => {
  it('finishes a request in flight at SIGTERM, refuses new connections, and exits 0', async () => {
    const port = await freePort();
    const api = new ApiProcess({ ...remoteEnv, PORT: String(port) });
    try {
      await waitForStatus(`http://127.0.0.1:${port}/ready`, 200);
      const body = JSON.stringify({ query: 'query InFlight { pillars { nodes { number } } }' });
      const half = Math.floor(body.length / 2);

      // The request is in flight: its headers and half its body have arrived when SIGTERM does.
      const request = http.request(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      });
      const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
        request.on('error', reject);
        request.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
      });
      request.write(body.slice(0, half));
      await new Promise((resolve) => setTimeout(resolve, 300));
      api.child.kill('SIGTERM');
      await api.waitFor(/SIGTERM: stopping/);
      await api.waitFor(/waiting up to 10 s for 1 open connection/);

      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
      request.end(body.slice(half));
      const { status, text } = await answer;
      expect(status).toBe(200);
      expect(JSON.parse(text)).toEqual({ data: { pillars: { nodes: [{ number: 1 }, { number: 2 }, { number: 3 }] } } });
      expect(await api.exited).toBe(0);
      expect(api.output).toMatch(/"msg":"stopped\."/);
    } finally {
      await api.stop();
    }
  });
});
