import fs from 'node:fs';
import path from 'node:path';
import { ApiKey, parseApiKeys } from './api-keys';
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
}

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

  return Object.freeze({
    env: nodeEnv as Config['env'],
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 4000, 0, 65535),
    neo4j: Object.freeze(neo4j),
    seedOnStart: bool(env, 'SEED_ON_START', true),
    queryTimeoutMs: int(env, 'QUERY_TIMEOUT_MS', 10000, 100, 600000),
    apiKeys: Object.freeze(apiKeys(env)),
  });
}
