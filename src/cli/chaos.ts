import 'reflect-metadata';
import crypto from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { ConfigError, loadConfig } from '../config';
import { ErrorCode, isDriverUnavailable, isTransactionTimeout } from '../errors';
import { createDriver } from '../graph/driver';
import { cypher } from '../graph/cypher-files';
import { CypherRunner } from '../graph/cypher-runner';
import { isAlive, LocalNeo4j, LocalNeo4jError, startLocalNeo4j } from '../local-neo4j';
import { silentLogger } from '../logging';
import { Readiness } from '../readiness';
import { createApolloServer, createApp } from '../server';
import { freePort } from '../free-port';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const CREATE_PROBE = cypher('chaos/create-probe');
const DELETE_PROBES = cypher('chaos/delete-probes');
const READ_PROBES = cypher('chaos/read-probes');

// The run's shape: healthy load, then the kill; Neo4j restarts at once; load goes on until reads have
// succeeded again for a while. Everything is bounded so that a broken run ends rather than hangs.
const HEALTHY_MS = 8_000;
const AFTER_RECOVERY_MS = 5_000;
const RECOVERY_DEADLINE_MS = 30_000;
const READERS = 4;
const WRITERS = 2;
const PAUSE_MS = 25;
// Longer than QUERY_TIMEOUT_MS plus the driver's retries, so that the API's own answer is always seen.
const REQUEST_TIMEOUT_MS = 25_000;

const say = (line: string) => console.log(`[chaos] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// Neo4j serves again a little before its launcher reports ready, so the middle phase includes its restart.
type Phase = 'before the kill' | 'from the kill to the restart' | 'after the restart';
const PHASES: Phase[] = ['before the kill', 'from the kill to the restart', 'after the restart'];

/** Tallies outcomes by the phase they started in and by code, with the slowest answer of each. */
class Tally {
  private readonly phases = new Map<Phase, Map<string, { count: number; slowestMs: number }>>();
  total = 0;
  lastSuccessAt = 0;
  /** When the first operation started after `since` succeeded; set by the caller's choice of `since`. */
  firstSuccessAt = Infinity;
  since = Infinity;

  constructor(private readonly phaseAt: (at: number) => Phase) {}

  add(code: string, startedAt: number): void {
    const now = Date.now();
    this.total += 1;
    const phase = this.phaseAt(startedAt);
    const codes = this.phases.get(phase) ?? new Map<string, { count: number; slowestMs: number }>();
    this.phases.set(phase, codes);
    const entry = codes.get(code) ?? { count: 0, slowestMs: 0 };
    entry.count += 1;
    entry.slowestMs = Math.max(entry.slowestMs, now - startedAt);
    codes.set(code, entry);
    if (code === 'OK') this.lastSuccessAt = now;
    if (code === 'OK' && startedAt >= this.since) this.firstSuccessAt = Math.min(this.firstSuccessAt, now);
  }

  /** Every code seen, in any phase. */
  codes(): string[] {
    return [...new Set([...this.phases.values()].flatMap((codes) => [...codes.keys()]))];
  }

  describe(): string[] {
    return PHASES.filter((phase) => this.phases.has(phase)).map(
      (phase) =>
        `  ${phase}: ` +
        [...this.phases.get(phase)!.entries()]
          .sort((a, b) => b[1].count - a[1].count)
          .map(([code, { count, slowestMs }]) => `${code} ${count} (slowest ${seconds(slowestMs)})`)
          .join(', '),
    );
  }
}

/** A failed write named as the API would name it to a client. */
function writeErrorCode(error: unknown): string {
  if (isDriverUnavailable(error)) return ErrorCode.DATABASE_UNAVAILABLE;
  if (isTransactionTimeout(error)) return `${ErrorCode.QUERY_TOO_COMPLEX}/time`;
  return `unexpected driver error ${(error as { code?: string }).code ?? (error as Error).name}`;
}

/**
 * `npm run chaos`: runs reads (GraphQL over HTTP) and acknowledged writes (probe nodes through CypherRunner) against
 * a local Neo4j of its own, kills that Neo4j with SIGKILL under load, restarts it on the same data, and
 * reports errors by phase and code, the recovery time and whether every acknowledged write survived. Exits 1
 * when a write was lost, a client saw an error other than DATABASE_UNAVAILABLE or a query timeout
 * (QUERY_TOO_COMPLEX/time, which a cold Neo4j on a busy machine can cause), or the API did not recover.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const boltPort = await freePort();
  const config = loadConfig({ NODE_ENV: 'test', NEO4J_BOLT_PORT: String(boltPort), NEO4J_DATA_DIR: '.neo4j/chaos', NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' });
  if (config.neo4j.mode !== 'local') throw new ConfigError('NEO4J_URI', 'chaos runs its own local Neo4j');
  const target = config.neo4j;

  let neo4j: LocalNeo4j = await startLocalNeo4j(target, say);
  const driver = createDriver(target);
  const readiness = new Readiness();
  readiness.markPrepared();
  const deps = { config, driver, readiness, log: say, logger: silentLogger() };
  const apollo = createApolloServer(deps);
  await apollo.start();
  const server = http.createServer(createApp(deps, apollo));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`;
  const graph = new CypherRunner(driver, target.database, config.queryTimeoutMs);
  await graph.write(DELETE_PROBES);

  const run = crypto.randomUUID();
  let killedAt = Infinity;
  let backAt = Infinity;
  const phaseAt = (at: number): Phase => (at < killedAt ? 'before the kill' : at < backAt ? 'from the kill to the restart' : 'after the restart');
  const reads = new Tally(phaseAt);
  const writes = new Tally(phaseAt);
  const acknowledged: number[] = [];
  let seq = 0;
  let loading = true;

  const reader = async () => {
    while (loading) {
      const at = Date.now();
      let code: string;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'query ChaosRead { stats { totalNodes totalRelationships } }' }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string; limit?: string } }> };
        const error = body.errors?.[0]?.extensions;
        code = error ? `${error.code}${error.limit ? `/${error.limit}` : ''}` : 'OK';
      } catch (error) {
        code = `HTTP_FAILED (${(error as Error).name})`;
      }
      reads.add(code, at);
      await sleep(PAUSE_MS);
    }
  };
  const writer = async () => {
    while (loading) {
      const mine = (seq += 1);
      const at = Date.now();
      try {
        await graph.write(CREATE_PROBE, { run, seq: mine });
        acknowledged.push(mine);
        writes.add('OK', at);
      } catch (error) {
        writes.add(writeErrorCode(error), at);
      }
      await sleep(PAUSE_MS);
    }
  };
  const load = [...Array.from({ length: READERS }, reader), ...Array.from({ length: WRITERS }, writer)];

  say(`load: ${READERS} readers over HTTP, ${WRITERS} writers through CypherRunner; healthy for ${seconds(HEALTHY_MS)}.`);
  await sleep(HEALTHY_MS);
  killedAt = Date.now();
  reads.since = killedAt;
  process.kill(neo4j.pid, 'SIGKILL');
  say(`killed the Neo4j JVM (pid ${neo4j.pid}) with SIGKILL after ${reads.total} reads and ${acknowledged.length} acknowledged writes.`);
  while (isAlive(neo4j.pid)) await sleep(50);

  neo4j = await startLocalNeo4j(target, say);
  backAt = Date.now();
  while (reads.lastSuccessAt < backAt && Date.now() - backAt < RECOVERY_DEADLINE_MS) await sleep(50);
  const recovered = reads.lastSuccessAt >= backAt;
  const recoveredAt = recovered ? reads.lastSuccessAt : NaN;
  if (recovered) await sleep(AFTER_RECOVERY_MS);
  loading = false;
  await Promise.all(load);

  const [{ seqs }] = await graph.read<{ seqs: number[] }>(READ_PROBES, { run });
  const present = new Set(seqs);
  const lost = acknowledged.filter((n) => !present.has(n));
  const [{ deleted }] = await graph.write<{ deleted: number }>(DELETE_PROBES);

  // A query that runs past QUERY_TIMEOUT_MS on the restarted, cold Neo4j is answered QUERY_TOO_COMPLEX/time,
  // a code of the closed set; anything else but DATABASE_UNAVAILABLE fails the run.
  const expected = new Set(['OK', ErrorCode.DATABASE_UNAVAILABLE, `${ErrorCode.QUERY_TOO_COMPLEX}/time`]);
  const unexpected = [...new Set([...reads.codes(), ...writes.codes()])].filter((code) => !expected.has(code));
  say('--- report ---');
  say(`reads over HTTP: ${reads.total}, by code:`);
  reads.describe().forEach((line) => say(line));
  say(`writes through CypherRunner: ${writes.total} attempted, by code:`);
  writes.describe().forEach((line) => say(line));
  say(`Neo4j restart: its launcher reported ready ${seconds(backAt - killedAt)} after the SIGKILL`);
  say(
    recovered
      ? `recovery: first read that succeeded after the kill answered ${seconds(reads.firstSuccessAt - killedAt)} after it; ` +
          `reads succeed again ${seconds(Math.max(0, recoveredAt - backAt))} after the launcher's ready`
      : `recovery: no successful read within ${seconds(RECOVERY_DEADLINE_MS)} of Neo4j's return`,
  );
  say(`acknowledged writes present afterwards: ${acknowledged.length - lost.length} of ${acknowledged.length}${lost.length ? ` (lost: ${lost.join(', ')})` : ''}`);
  say(`errors outside DATABASE_UNAVAILABLE and QUERY_TOO_COMPLEX/time: ${unexpected.length ? unexpected.join(', ') : 'none'}`);
  say(`cleaned up ${deleted} probe nodes; run took ${seconds(Date.now() - started)}.`);

  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await apollo.stop();
  await driver.close();
  await neo4j.stop();
  const passed = recovered && lost.length === 0 && unexpected.length === 0;
  say(passed ? 'PASS: recovered, no acknowledged write lost.' : 'FAIL');
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`[chaos] ${error instanceof ConfigError || error instanceof LocalNeo4jError ? error.message : (error as Error).stack}`);
  process.exit(1);
});
