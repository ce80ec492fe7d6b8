import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ApiKey, parseApiKeys } from './api-keys';
import { POOL_SIZE } from './graph/driver';
import { PROJECT_ROOT } from './paths';

/** Where the API finds Neo4j: a server the operator runs, or the local one the project starts itself. */
export type Neo4jTarget =
  | { mode: 'remote'; uri: string; user: string; password: string; database: string }
  | {
      mode: 'local';
      uri: string;
      user: string;
      password: string;
      database: string;
      boltPort: number;
      dataDir: string;
      heap: string;
      pageCache: string;
    };

/** The validated, frozen settings of one process. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly neo4j: Readonly<Neo4jTarget>;
  /** Load `seed/` on start when the graph has not been loaded yet. */
  readonly seedOnStart: boolean;
  /** Upper bound of one Neo4j transaction, in milliseconds. */
  readonly queryTimeoutMs: number;
  /** The keys that may write (R2P_API_KEYS and the file named by R2P_API_KEYS_FILE); none means read-only. */
  readonly apiKeys: readonly ApiKey[];
  /** How much GraphQL and export work runs at once, and how much may wait for it (see src/limits/admission.ts). */
  readonly admission: Readonly<AdmissionLimits>;
  /** Each client's token bucket (see src/limits/rate-limit.ts); `perSecond` 0 turns rate limiting off. */
  readonly rateLimit: Readonly<RateLimitPolicy>;
  /** The proxies whose X-Forwarded-For is believed (addresses, CIDR ranges or loopback/linklocal/uniquelocal). */
  readonly trustProxy: readonly string[];
  /** The port that serves /metrics instead of the API port; null serves it on the API port. */
  readonly metricsPort: number | null;
  /** How long a client may take to send its headers and its whole request, and how long an idle connection stays open. */
  readonly http: Readonly<HttpTimeouts>;
}

/** Bounds on the GraphQL operations and exports of one process. */
export interface AdmissionLimits {
  /** Operations running at once. */
  maxInflight: number;
  /** Operations waiting for a slot; one more is refused at once. */
  maxQueue: number;
  /** The longest an operation waits for a slot before it is refused. */
  maxQueueWaitMs: number;
  /** Above this mean event-loop delay, fewer operations run at once (see src/limits/admission.ts). */
  maxEventLoopDelayMs: number;
}

/** A token bucket: `burst` tokens at most, refilled at `perSecond` tokens a second. */
export interface RateLimitPolicy {
  perSecond: number;
  burst: number;
}

/** The HTTP server's timeouts, in milliseconds. */
export interface HttpTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

/**
 * Operations in flight by default: a quarter of the driver's pool. An operation holds one connection per
 * top-level field while it waits on Neo4j, so the pool never runs dry; and on the project's 2-core machine
 * throughput stops growing well below this (docs/reliability.md), so more would only lengthen every answer.
 */
export const DEFAULT_MAX_INFLIGHT = Math.floor(POOL_SIZE / 4);

/** An environment variable with a value that cannot be used; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, reason: string) {
    super(`Invalid environment variable ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const MEMORY_SIZE = /^\d+[kmg]$/i;
// The local server's password lives only on this machine's loopback interface.
const LOCAL_PASSWORD = 'r2p-graph-local';

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}-${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function memory(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!MEMORY_SIZE.test(raw)) throw new ConfigError(name, `expected a size such as 512m or 1g, got "${raw}"`);
  return raw.toLowerCase();
}

function neo4jUri(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('NEO4J_URI', `not a URI: "${raw}"`);
  }
  const schemes = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];
  if (!schemes.includes(url.protocol)) {
    throw new ConfigError('NEO4J_URI', `scheme must be one of ${schemes.map((s) => s.slice(0, -1)).join(', ')}`);
  }
  return raw;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: comma-separated addresses, CIDR ranges and the names loopback, linklocal, uniquelocal. */
function trustProxy(env: Env): string[] {
  const raw = env.TRUST_PROXY ?? '';
  const entries = raw.split(',').map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (PROXY_NAMES.has(entry) || (family !== 0 && prefixOk && rest.length === 0)) continue;
    throw new ConfigError('TRUST_PROXY', `"${entry.slice(0, 60)}" is not an address, a CIDR range, loopback, linklocal or uniquelocal`);
  }
  return entries;
}

/** API keys from R2P_API_KEYS (`name:role:sha256hex`, comma-separated) and the file R2P_API_KEYS_FILE names. */
function apiKeys(env: Env): ApiKey[] {
  const sources: Array<[string, string]> = [];
  if (env.R2P_API_KEYS) sources.push(['R2P_API_KEYS', env.R2P_API_KEYS]);
  if (env.R2P_API_KEYS_FILE) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(PROJECT_ROOT, env.R2P_API_KEYS_FILE), 'utf8');
    } catch (error) {
      throw new ConfigError('R2P_API_KEYS_FILE', `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    sources.push(['R2P_API_KEYS_FILE', text]);
  }
  const keys: ApiKey[] = [];
  for (const [variable, text] of sources) {
    let parsed: ApiKey[];
    try {
      parsed = parseApiKeys(text);
    } catch (error) {
      throw new ConfigError(variable, (error as Error).message);
    }
    for (const key of parsed) {
      if (keys.some((other) => other.name === key.name)) throw new ConfigError(variable, `the key name "${key.name}" is configured twice`);
      keys.push(Object.freeze(key));
    }
  }
  return keys;
}

/** Reads and validates the environment; the only place that looks at process.env. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `expected development, production or test, got "${nodeEnv}"`);
  }
  const user = env.NEO4J_USER || 'neo4j';
  const database = env.NEO4J_DATABASE || 'neo4j';
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(database)) {
    throw new ConfigError('NEO4J_DATABASE', `not a Neo4j database name: "${database}"`);
  }

  let neo4j: Neo4jTarget;
  if (env.NEO4J_URI) {
    if (!env.NEO4J_PASSWORD) throw new ConfigError('NEO4J_PASSWORD', 'required when NEO4J_URI is set');
    neo4j = { mode: 'remote', uri: neo4jUri(env.NEO4J_URI), user, password: env.NEO4J_PASSWORD, database };
  } else {
    const boltPort = int(env, 'NEO4J_BOLT_PORT', 7687, 1024, 65535);
    neo4j = {
      mode: 'local',
      uri: `bolt://127.0.0.1:${boltPort}`,
      user: 'neo4j',
      password: env.NEO4J_PASSWORD || LOCAL_PASSWORD,
      database: 'neo4j',
      boltPort,
      dataDir: path.resolve(PROJECT_ROOT, env.NEO4J_DATA_DIR || '.neo4j/dev'),
      heap: memory(env, 'NEO4J_HEAP', '512m'),
      pageCache: memory(env, 'NEO4J_PAGECACHE', '128m'),
    };
  }

  const maxInflight = int(env, 'MAX_INFLIGHT', DEFAULT_MAX_INFLIGHT, 1, 10_000);
  const headersTimeoutMs = int(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000);
  const requestTimeoutMs = int(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS', `must not be longer than HTTP_REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  }
  const port = int(env, 'PORT', 4000, 0, 65535);
  const metricsPort = int(env, 'METRICS_PORT', 0, 0, 65535);
  if (metricsPort !== 0 && metricsPort === port) throw new ConfigError('METRICS_PORT', `must differ from PORT (${port})`);

  return Object.freeze({
    env: nodeEnv as Config['env'],
    host: env.HOST || '127.0.0.1',
    port,
    neo4j: Object.freeze(neo4j),
    seedOnStart: bool(env, 'SEED_ON_START', true),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 10000, 100, 600000),
    apiKeys: Object.freeze(apiKeys(env)),
    admission: Object.freeze({
      maxInflight,
      maxQueue: int(env, 'MAX_QUEUE', maxInflight * 4, 0, 100_000),
      maxQueueWaitMs: int(env, 'MAX_QUEUE_WAIT_MS', 250, 1, 60_000),
      maxEventLoopDelayMs: int(env, 'MAX_EVENT_LOOP_DELAY_MS', 20, 1, 60_000),
    }),
    rateLimit: Object.freeze({
      perSecond: int(env, 'RATE_LIMIT_PER_SECOND', 1_000, 0, 10_000_000),
      burst: int(env, 'RATE_LIMIT_BURST', 50_000, 1, 100_000_000),
    }),
    trustProxy: Object.freeze(trustProxy(env)),
    metricsPort: metricsPort === 0 ? null : metricsPort,
    http: Object.freeze({ headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs: int(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000) }),
  });
}
