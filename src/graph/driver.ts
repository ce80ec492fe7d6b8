import neo4j, { Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';
import { tuneBoltBuffers } from './bolt-buffers';

/** Connections in the driver's pool: the most Neo4j transactions the process can run at once. */
export const POOL_SIZE = 50;

/**
 * How long a transient failure (a restart, a leader switch) is retried, by managed transactions and by reads.
 * Measured with nothing listening on the Bolt port: a read fails after 0.7 s (its retries at 0.1, 0.3 and 0.7 s);
 * a managed transaction failed after 1.3 s with 1 s here, and after 7.4 s with 3 s.
 */
export const RETRY_BUDGET_MS = 1_000;

/** Creates the one driver of the process, with timeouts short enough that an outage fails fast. */
export function createDriver(target: Pick<Neo4jTarget, 'uri' | 'user' | 'password'>): Driver {
  tuneBoltBuffers();
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    maxConnectionPoolSize: POOL_SIZE,
    connectionAcquisitionTimeout: 5_000,
    // Bolt on a LAN connects in milliseconds; a host that does not answer in 3 s is down for our purposes.
    connectionTimeout: 3_000,
    maxTransactionRetryTime: RETRY_BUDGET_MS,
    disableLosslessIntegers: true,
    userAgent: 'r2p-graph',
  });
}

/** Why the database cannot be used, in words fit for a log line or /ready; never a stack trace. */
export function describeConnectionError(error: unknown): string {
  const code = (error as { code?: string }).code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized') return 'Neo4j rejected the credentials (NEO4J_USER / NEO4J_PASSWORD)';
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') return 'Neo4j rate-limits authentication after failed attempts';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return 'the database named by NEO4J_DATABASE does not exist';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return 'Neo4j is not reachable';
  return `Neo4j could not be used (${code || (error as Error).name || 'unknown error'})`;
}

/**
 * Verifies connectivity, retrying with capped exponential backoff until it succeeds or `signal` aborts.
 * Each failure is reported so that an operator sees why the API is not ready yet.
 */
export async function waitForDatabase(
  driver: Driver,
  database: string,
  onFailure: (reason: string, retryInMs: number) => void,
  signal?: AbortSignal,
): Promise<boolean> {
  let delay = 500;
  while (!signal?.aborted) {
    try {
      await driver.verifyConnectivity({ database });
      await driver.executeQuery('RETURN 1', {}, { database });
      return true;
    } catch (error) {
      onFailure(describeConnectionError(error), delay);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }
  return false;
}
