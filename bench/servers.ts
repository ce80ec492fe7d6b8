import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver, SessionConfig } from 'neo4j-driver';
import { Config, loadConfig } from '../src/config';
import { freePort } from '../src/free-port';
import { createDriver } from '../src/graph/driver';
import { LocalNeo4j, startLocalNeo4j } from '../src/local-neo4j';
import { API_NODE_ARGS, PROJECT_ROOT } from '../src/paths';
import { Readiness } from '../src/readiness';
import { createApolloServer, createApp } from '../src/server';

/** A Neo4j started for benchmarks only, with its config and one driver. */
export interface BenchDatabase {
  config: Config;
  driver: Driver;
  local: LocalNeo4j;
  close(): Promise<void>;
}

/**
 * Starts (or reuses) a Neo4j on its own Bolt port and data directory under `.neo4j/`; never the dev or test
 * graph. `fresh` deletes the data directory first, so that a load starts from an empty store.
 */
export async function startBenchDatabase(
  options: { port: number; dir: string; heap: string; pageCache: string; fresh?: boolean },
  log: (line: string) => void,
): Promise<BenchDatabase> {
  if (!/^\.neo4j\/bench[a-z0-9-]*$/.test(options.dir)) throw new Error(`a bench data dir must be .neo4j/bench*, not ${options.dir}`);
  const dataDir = path.join(PROJECT_ROOT, options.dir);
  if (options.fresh && fs.existsSync(dataDir)) {
    const pidFile = path.join(dataDir, 'r2p-neo4j.json');
    if (fs.existsSync(pidFile)) throw new Error(`${options.dir} is in use (see ${pidFile}); stop that Neo4j first`);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    NEO4J_BOLT_PORT: String(options.port),
    NEO4J_DATA_DIR: options.dir,
    NEO4J_HEAP: options.heap,
    NEO4J_PAGECACHE: options.pageCache,
    // A shared machine can stall a statement for seconds; a timeout would end the run instead of measuring it.
    QUERY_TIMEOUT_MS: '120000',
    // One client sends every request of the bench; a per-client budget would measure 429s, not the read path.
    RATE_LIMIT_PER_SECOND: '0',
    // The default concurrency ceiling stays; a request waits for a slot instead of being shed after 250 ms.
    MAX_QUEUE_WAIT_MS: '60000',
  });
  if (config.neo4j.mode !== 'local') throw new Error('the bench database is always a local Neo4j');
  const local = await startLocalNeo4j(config.neo4j, log);
  const driver = createDriver(config.neo4j);
  return {
    config,
    driver,
    local,
    async close() {
      await driver.close();
      await local.stop();
    },
  };
}

/** One statement the API sent, with when it started and ended (ms since the recording began). */
export interface RecordedStatement {
  query: string;
  params: Record<string, unknown>;
  config: Record<string, unknown>;
  start: number;
  end: number;
}

/**
 * A driver that records every statement sent while `recording` is set: through `executeQuery` and through a
 * session's `run` (reads are auto-commit statements). Everything else goes straight through.
 */
export class RecordingDriver {
  recording: RecordedStatement[] | null = null;
  readonly driver: Driver;

  constructor(target: Driver) {
    let origin = 0;
    const record = async <T>(query: string, params: Record<string, unknown>, config: Record<string, unknown>, send: () => Promise<T>) => {
      const log = this.recording;
      if (log && log.length === 0) origin = performance.now();
      const start = performance.now() - origin;
      const result = await send();
      log?.push({ query, params, config, start, end: performance.now() - origin });
      return result;
    };
    this.driver = new Proxy(target, {
      get: (object, property, receiver) => {
        if (property === 'executeQuery') {
          return (query: string, params: Record<string, unknown>, config: Record<string, unknown>) =>
            record(query, params, config, () => object.executeQuery(query, params, config));
        }
        if (property === 'session') {
          return (config: SessionConfig) => {
            const session = object.session(config);
            const run = session.run.bind(session);
            return Object.assign(session, {
              run: (query: string, params: Record<string, unknown>, txConfig: Record<string, unknown>) =>
                record(query, params, { ...config, ...txConfig }, async () => run(query, params, txConfig)),
            });
          };
        }
        return Reflect.get(object, property, receiver);
      },
    });
  }
}

/** A server listening on a free loopback port. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

async function listen(app: http.RequestListener): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(app);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

function closer(server: http.Server, apollo: ApolloServer<never> | ApolloServer<object>) {
  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await apollo.stop();
  };
}

/** The R2P Graph API in this process, wired as `src/index.ts` wires it, over the bench database. */
export async function startR2P(config: Config, driver: Driver): Promise<RunningServer> {
  const readiness = new Readiness();
  readiness.markPrepared();
  const deps = { config, driver, readiness, log: () => undefined };
  const apollo = createApolloServer(deps);
  await apollo.start();
  const { server, url } = await listen(createApp(deps, apollo));
  return { url, close: closer(server, apollo as ApolloServer<object>) };
}

/** The built API as a process of its own, as `npm start` runs it, over a bench database. */
export interface ApiChild {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/**
 * Starts `dist/src/index.js` over `config`'s Neo4j (production mode, no seeding) and waits until it is ready.
 * `env` adds to or overrides the API's environment. Its request log is dropped: one line per request would be
 * much of a small machine's work; errors still show on stderr.
 */
export async function startApiProcess(config: Config, env: Record<string, string> = {}): Promise<ApiChild> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...API_NODE_ARGS], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      NEO4J_URI: config.neo4j.uri,
      NEO4J_USER: config.neo4j.user,
      NEO4J_PASSWORD: config.neo4j.password,
      SEED_ON_START: 'false',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let i = 0; i < 240; i += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was ready`);
    if ((await fetch(`${base}/ready`).catch(() => null))?.status === 200) return { url: `${base}/graphql`, pid: child.pid!, close };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await close();
  throw new Error(`the API at ${base} was not ready within 60 s`);
}

/**
 * The same R2P labels and relationship types described for @neo4j/graphql: what a team would write if they
 * reached for that library instead. Only the types the benchmark reads are declared.
 */
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Report @node(labels: ["Report", "Entity"]) {
    id: ID!
    title: String!
    date: String!
    presentedAt: [Dialogue!]! @relationship(type: "PRESENTED_AT", direction: OUT)
    discussedAt: [Dialogue!]! @relationship(type: "DISCUSSED_AT", direction: OUT)
    pillars: [Pillar!]! @relationship(type: "ADDRESSES", direction: OUT)
  }
  type Dialogue @node(labels: ["Dialogue", "Entity"]) {
    id: ID!
    title: String!
    startDate: String!
    speakers: [Speaker!]! @relationship(type: "SPOKE_AT", direction: IN)
  }
  union Speaker = Person | Organ | Organization | Country
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    posts: [Post!]! @relationship(type: "HELD", direction: OUT)
  }
  type Post @node(labels: ["Post", "Entity"]) {
    id: ID!
    name: String!
  }
  type Organ @node(labels: ["Organ", "Entity"]) {
    id: ID!
    name: String!
  }
  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    name: String!
  }
  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String!
  }
  type Pillar @node(labels: ["Pillar", "Entity"]) {
    id: ID!
    number: Int!
    title: String!
  }
  type Entity
    @node(labels: ["Entity"])
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchEntities", fields: ["title", "name"] }]) {
    id: ID!
    title: String
    name: String
  }
`;

/** An @neo4j/graphql server over the same database, on Apollo and express like ours. */
export async function startNeo4jGraphQL(driver: Driver, database: string): Promise<RunningServer> {
  // String range filters (our date filter's from/to) are off by default in @neo4j/graphql 7.
  const features = { filters: { String: { GTE: true, LTE: true } } };
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver, features }).getSchema();
  const apollo = new ApolloServer<object>({ schema, csrfPrevention: true });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database } }) }),
  );
  const { server, url } = await listen(app);
  return { url, close: closer(server, apollo) };
}

/** A second driver to the same database, for the floor: the API's pool stays the API's. */
export function floorDriver(config: Config): Driver {
  if (config.neo4j.mode !== 'local') throw new Error('the bench database is always a local Neo4j');
  return createDriver(config.neo4j);
}
