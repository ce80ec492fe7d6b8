import http from 'node:http';
import net from 'node:net';
import type { Driver } from 'neo4j-driver';
import { Config, loadConfig } from '../../src/config';
import { Admission } from '../../src/limits/admission';
import { Readiness } from '../../src/readiness';
import { createApolloServer, createApp, createHttpServer, createMetrics, createMetricsApp } from '../../src/server';
import { testDriver } from './db';
import { TEST_ENV } from './test-config';

/**
 * The HTTP application as src/index.ts serves it (its timeouts, and /metrics on METRICS_PORT when set), with
 * settings of the test's choosing on top of the test configuration, over the seeded test graph.
 */
export class ConfiguredApp {
  readonly config: Config;
  readonly driver: Driver;
  /** The app's slots, which a test may take itself to stand for long operations. */
  readonly admission: Admission;
  private server: http.Server | null = null;
  private metricsServer: http.Server | null = null;
  url = '';
  metricsUrl = '';

  constructor(env: Record<string, string> = {}) {
    this.config = loadConfig({ ...TEST_ENV, ...env });
    this.driver = testDriver();
    this.admission = new Admission(this.config.admission);
  }

  async start(): Promise<this> {
    const readiness = new Readiness();
    readiness.markPrepared();
    const deps = { config: this.config, driver: this.driver, readiness, log: () => undefined };
    const apollo = createApolloServer(deps);
    await apollo.start();
    const metrics = createMetrics(deps);
    this.server = createHttpServer(this.config, createApp(deps, apollo, { metrics, admission: this.admission }));
    this.url = await listen(this.server);
    if (this.config.metricsPort !== null) {
      this.metricsServer = createHttpServer(this.config, createMetricsApp(metrics));
      this.metricsUrl = await listen(this.metricsServer);
    }
    return this;
  }

  async stop(): Promise<void> {
    for (const server of [this.server, this.metricsServer]) {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    }
    await this.driver.close();
  }

  /** POSTs a GraphQL operation as JSON and returns the fetch Response. */
  graphql(query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<Response> {
    return fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** POSTs `body` to /graphql as it is, with the JSON content type. */
  raw(body: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  }

  /** The value of one sample of the Prometheus text at `/metrics` (NaN when absent). */
  async metric(pattern: RegExp, from = this.metricsUrl || this.url): Promise<number> {
    const text = await (await fetch(`${from}/metrics`)).text();
    return Number(pattern.exec(text)?.[1] ?? NaN);
  }
}

// Listens on a free loopback port; a METRICS_PORT in the settings says only that metrics have their own server.
async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
}
