import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config';
import { describeConnectionError, waitForDatabase } from './graph/driver';
import { CypherRunner } from './graph/cypher-runner';
import { PROJECT_ROOT } from './paths';
import { Readiness } from './readiness';
import { formatProblem, runSeed } from './seed/run';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/**
 * Waits for Neo4j (retrying with backoff), applies the schema and loads the seed when it changed, then marks
 * the API ready. Runs beside the HTTP server so that /health and /ready answer while it works.
 */
export async function prepareDatabase(
  config: Config,
  driver: Driver,
  readiness: Readiness,
  log: (line: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  let attempt = 0;
  while (!signal?.aborted) {
    const connected = await waitForDatabase(
      driver,
      config.neo4j.database,
      (reason, retryInMs) => {
        readiness.markNotReady(reason);
        log(`Neo4j at ${config.neo4j.uri} is not usable yet: ${reason}; retrying in ${(retryInMs / 1000).toFixed(1)} s.`);
      },
      signal,
    );
    if (!connected) return;
    try {
      const graph = new CypherRunner(driver, config.neo4j.database, config.queryTimeoutMs);
      const outcome = await runSeed(graph, { dir: SEED_DIR, check: !config.seedOnStart, onlyIfChanged: true });
      if (outcome.problems.length > 0) {
        outcome.problems.slice(0, 20).forEach((problem) => log(`seed: ${formatProblem(problem)}`));
        readiness.markNotReady(`the seed data has ${outcome.problems.length} problem(s); run npm run seed -- --check`);
        return;
      }
      if (outcome.written) log(`Loaded the seed: ${outcome.nodes} nodes, ${outcome.relationships} relationships.`);
      readiness.markPrepared();
      return;
    } catch (error) {
      attempt += 1;
      const reason = describeConnectionError(error);
      readiness.markNotReady(`preparing the database failed: ${reason}`);
      log(`Preparing the database failed (${reason}); retrying.`);
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** attempt, 10_000)));
    }
  }
}
