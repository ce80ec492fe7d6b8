import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import type { Driver } from 'neo4j-driver';
import { createLogger } from '../../src/logging';
import { Readiness } from '../../src/readiness';
import { createApolloServer, createApp } from '../../src/server';
import { testDriver } from './db';
import { testConfig } from './test-config';

/** A raw HTTP answer: status, headers and the body as text and (when it is JSON) parsed. */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: any;
}

/**
 * The real HTTP application (createApolloServer + createApp, as src/index.ts builds it) on a free local port,
 * with its structured log lines kept for assertions.
 */
export class HttpApp {
  readonly logLines: Array<Record<string, any>> = [];
  readonly readiness = new Readiness();
  private server: http.Server | null = null;
  url = '';

  readonly driver: Driver;
  private readonly ownsDriver: boolean;

  /** Uses `driver`, or opens its own on the test Neo4j and closes it in stop(). */
  constructor(driver?: Driver) {
    this.driver = driver ?? testDriver();
    this.ownsDriver = driver === undefined;
  }

  /** A started app with its own driver, already marked ready (the test graph is seeded by the global setup). */
  static async prepared(): Promise<HttpApp> {
    const app = await new HttpApp().start();
    app.readiness.markPrepared();
    return app;
  }

  async start(): Promise<this> {
    const config = testConfig();
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) this.logLines.push(JSON.parse(line));
        done();
      },
    });
    const logger = createLogger(config, sink);
    const deps = { config, driver: this.driver, readiness: this.readiness, log: (line: string) => logger.info(line), logger };
    const apollo = createApolloServer(deps);
    await apollo.start();
    this.server = http.createServer(createApp(deps, apollo));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
    if (this.ownsDriver) await this.driver.close();
  }

  /** POSTs a GraphQL operation as JSON. */
  post(body: unknown, headers: Record<string, string> = {}): Promise<RawResponse> {
    return this.raw('POST', '/graphql', JSON.stringify(body), { 'content-type': 'application/json', ...headers });
  }

  /**
   * Any request, with the body sent exactly as given (bytes included); `chunked` sends it in two chunks with no
   * content-length.
   */
  async raw(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}, chunked = false): Promise<RawResponse> {
    const url = new URL(path, this.url);
    const length = body !== undefined && !chunked ? { 'content-length': String(Buffer.byteLength(body)) } : {};
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method, headers: { ...headers, ...length } });
      request.on('error', reject);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = undefined;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, json });
        });
      });
      if (chunked && body !== undefined) {
        const bytes = Buffer.from(body);
        request.write(bytes.subarray(0, bytes.length >> 1));
        request.end(bytes.subarray(bytes.length >> 1));
      } else request.end(body);
    });
  }
}
