import 'reflect-metadata';
import crypto from 'node:crypto';
import path from 'node:path';
import { generateKey, Role } from '../src/api-keys';
import { cypher } from '../src/graph/cypher-files';
import { CypherRunner } from '../src/graph/cypher-runner';
import { PROJECT_ROOT } from '../src/paths';
import { runSeed } from '../src/seed/run';
import { SEED_DIR } from '../src/startup';
import { fmt, machineDescription, neo4jVersion, percentile, rssMiB } from './measure';
import { replaceSection } from './report';
import { mix, SEED_FIXTURE } from './run';
import { startApiProcess, startBenchDatabase } from './servers';

// The run's shape: 64 connections, 8 of them writing; every reader is a client of its own behind the one
// trusted proxy (as a classroom behind a gateway), the writers share one API key. Everything is bounded.
const CONNECTIONS = 64;
const WRITERS = 8;
const SAMPLE_MS = 5_000;
// Longer than QUERY_TIMEOUT_MS plus the driver's retries, so that the API's own answer is always seen.
const REQUEST_TIMEOUT_MS = 25_000;
const MAX_RSS_GROWTH = 0.1;
const EXPECTED = new Set(['OK', 'OVERLOADED', 'RATE_LIMITED']);
const SOURCE = { document: 'https://example.org/r2p-soak', title: 'Soak test record', passage: 'Written by the soak test.' };
const UPSERT = 'mutation Soak($input: ConceptInput!) { upsertConcept(input: $input) { id } }';

const say = (line: string) => console.log(`[soak] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `--minutes N` (or `--minutes=N`), default 10. */
function minutesFlag(argv: string[]): number {
  const index = argv.findIndex((arg) => arg === '--minutes' || arg.startsWith('--minutes='));
  if (index === -1) return 10;
  const raw = argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
  const minutes = Number(raw);
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > 120) throw new Error(`--minutes takes 1-120, not ${raw}`);
  return minutes;
}


/** One minute's answers: latencies (ms) and counts by code. */
class Minute {
  readonly latencies: number[] = [];
  readonly codes = new Map<string, number>();
  readonly rss: number[] = [];
  /** V8 heap in use at each sample; its lowest value in a minute is close to what survives garbage collection. */
  readonly heap: number[] = [];
  add(code: string, ms: number): void {
    this.latencies.push(ms);
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }
}

/** The code an answer carries: OK, its first error's code, or what went wrong on the way. */
async function answerCode(response: Response): Promise<{ code: string; body: any }> {
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return { code: `HTTP_${response.status}_NOT_JSON`, body: null };
  }
  const code = body?.errors?.[0]?.extensions?.code as string | undefined;
  return { code: code ?? (response.status === 200 ? 'OK' : `HTTP_${response.status}`), body };
}

/**
 * `npm run soak [-- --minutes N]`: the API as its own process over a Neo4j of the soak's own, under every
 * query of the bench mix and curation writes at 64 connections for N minutes (default 10). Prints, per
 * minute, p50/p99, throughput, answers by code and the API's RSS; exits 1 when a later minute's median RSS
 * is more than 10% above the RSS at the end of the first minute, an answer has a code other than
 * OK/OVERLOADED/RATE_LIMITED, or an acknowledged write is missing at the end. Writes its table to
 * docs/reliability.md.
 */
/** Every query of the bench mix, on the seed graph. */
const MIX = mix(SEED_FIXTURE);

async function main(): Promise<void> {
  const minutes = minutesFlag(process.argv.slice(2));
  const startedAt = Date.now();
  const db = await startBenchDatabase({ port: 7723, dir: '.neo4j/bench-soak', heap: '1g', pageCache: '256m' }, say);
  let closeApi: (() => Promise<void>) | null = null;
  try {
    const graph = new CypherRunner(db.driver, db.config.neo4j.database, 60_000);
    const outcome = await runSeed(graph, { dir: SEED_DIR, onlyIfChanged: true });
    if (outcome.problems.length > 0) throw new Error(`seed/ has ${outcome.problems.length} problem(s); run npm run seed -- --check`);
    await graph.write(cypher('soak/delete-writes'));

    const key = generateKey('soak-writer', Role.Editor);
    const api = await startApiProcess(db.config, { R2P_API_KEYS: key.entry, TRUST_PROXY: 'loopback' });
    closeApi = api.close;
    const apiPid = api.pid;
    const base = api.url.replace(/\/graphql$/, '');
    say(`API pid ${apiPid} at ${base}; ${CONNECTIONS} connections (${WRITERS} writing) for ${minutes} min.`);

    const run = crypto.randomBytes(4).toString('hex');
    const prefix = `concept:soak-${run}-`;
    const acknowledged: string[] = [];
    const table: Minute[] = Array.from({ length: minutes }, () => new Minute());
    const loadStart = Date.now();
    const deadline = loadStart + minutes * 60_000;
    const minuteOf = (at: number) => Math.min(minutes - 1, Math.floor((at - loadStart) / 60_000));
    let written = 0;

    const request = async (body: unknown, headers: Record<string, string>): Promise<{ code: string; body: any }> => {
      const at = Date.now();
      let result: { code: string; body: any };
      try {
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        result = await answerCode(response);
      } catch (error) {
        // fetch reports a network failure as a TypeError whose cause names it (ECONNRESET, ...).
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        result = { code: `HTTP_FAILED (${cause ?? (error as Error).name})`, body: null };
      }
      table[minuteOf(at)].add(result.code, Date.now() - at);
      return result;
    };
    // A refused request waits what it was told (at most a second here) before it tries again.
    const backOff = (code: string) => (code === 'OVERLOADED' || code === 'RATE_LIMITED' ? sleep(1_000) : Promise.resolve());

    const reader = async (index: number) => {
      const headers = { 'x-forwarded-for': `10.23.${index >> 8}.${index & 255}` };
      for (let i = index; Date.now() < deadline; i += 1) {
        const { code } = await request({ query: MIX[i % MIX.length].r2p }, headers);
        await backOff(code);
      }
    };
    const writer = async () => {
      const headers = { authorization: `Bearer ${key.key}` };
      while (Date.now() < deadline) {
        const id = `${prefix}${(written += 1)}`;
        const { code, body } = await request({ query: UPSERT, variables: { input: { id, name: `Soak concept ${id}`, sources: [SOURCE] } } }, headers);
        if (code === 'OK' && body?.data?.upsertConcept?.id === id) acknowledged.push(id);
        await backOff(code);
      }
    };
    const sampler = (async () => {
      while (Date.now() < deadline) {
        await sleep(SAMPLE_MS);
        const minute = table[minuteOf(Date.now() - 1)];
        minute.rss.push(rssMiB(apiPid));
        const metrics = await fetch(`${base}/metrics`)
          .then((response) => response.text())
          .catch(() => '');
        const heap = /^r2p_nodejs_heap_size_used_bytes (\S+)$/m.exec(metrics);
        if (heap) minute.heap.push(Number(heap[1]) / 2 ** 20);
      }
    })();

    let reported = 0;
    const reporter = (async () => {
      while (reported < minutes) {
        await sleep(1_000);
        const done = Math.min(minutes, Math.floor((Date.now() - loadStart) / 60_000));
        for (; reported < done; reported += 1) say(row(reported, table[reported]));
      }
    })();
    await Promise.all([
      ...Array.from({ length: CONNECTIONS - WRITERS }, (_, i) => reader(i + 1)),
      ...Array.from({ length: WRITERS }, () => writer()),
      sampler,
    ]);
    await reporter;

    const [{ ids }] = await graph.read<{ ids: string[] }>(cypher('soak/read-writes'), { prefix });
    const present = new Set(ids);
    const missing = acknowledged.filter((id) => !present.has(id));
    const [{ deleted }] = await graph.write<{ deleted: number }>(cypher('soak/delete-writes'));

    // The first minute is warm-up (V8 grows its heap to the working set); the baseline is where it ends.
    const baseline = table[0].rss[table[0].rss.length - 1];
    const medianRss = table.map((minute) => percentile(minute.rss, 50));
    const growth = Math.max(...medianRss.slice(1)) / baseline - 1;
    const unexpected = [...new Set(table.flatMap((minute) => [...minute.codes.keys()]))].filter((code) => !EXPECTED.has(code));
    const totals = new Map<string, number>();
    for (const minute of table) for (const [code, count] of minute.codes) totals.set(code, (totals.get(code) ?? 0) + count);
    const all = table.reduce((sum, minute) => sum + minute.latencies.length, 0);
    const passed = (minutes === 1 || growth <= MAX_RSS_GROWTH) && unexpected.length === 0 && missing.length === 0;

    const summary = [
      `answers: ${all} (${[...totals].map(([code, count]) => `${code} ${count}`).join(', ')}); ` +
        `shed ${fmt((100 * (totals.get('OVERLOADED') ?? 0)) / all)}%, rate-limited ${fmt((100 * (totals.get('RATE_LIMITED') ?? 0)) / all)}%`,
      `API RSS: ${fmt(baseline)} MiB at the end of minute 1` +
        (minutes > 1
          ? `, per-minute medians after it ${fmt(Math.min(...medianRss.slice(1)))}-${fmt(Math.max(...medianRss.slice(1)))} MiB ` +
            `(${growth >= 0 ? '+' : ''}${fmt(100 * growth)}% at most; the limit is +${100 * MAX_RSS_GROWTH}%)`
          : ''),
      `acknowledged writes present at the end: ${acknowledged.length - missing.length} of ${acknowledged.length}` +
        (missing.length ? ` (missing: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', ...' : ''})` : ''),
      `codes outside OK, OVERLOADED and RATE_LIMITED: ${unexpected.length ? unexpected.join(', ') : 'none'}`,
    ];
    say('--- report ---');
    summary.forEach((line) => say(line));
    say(`cleaned up ${deleted} soak records; run took ${((Date.now() - startedAt) / 60_000).toFixed(1)} min.`);

    const lines = [
      `Run: \`npm run soak${minutes === 10 ? '' : ` -- --minutes ${minutes}`}\`: ${CONNECTIONS} connections for ${minutes} min against one API process ` +
        `(its defaults, TRUST_PROXY=loopback), ${CONNECTIONS - WRITERS} reading every query of the bench mix in turn as clients of their own, ` +
        `${WRITERS} writing concepts through \`upsertConcept\` with one API key; a refused request waits 1 s before the next. ${passed ? 'PASS' : 'FAIL'}.`,
      '',
      ...machineDescription(await neo4jVersion(db.driver)),
      '',
      '| minute | answers | req/s | p50 ms | p99 ms | by code | API RSS MiB (median) | V8 heap used MiB (lowest) |',
      '|---:|---:|---:|---:|---:|---|---:|---:|',
      ...table.map((minute, index) => tableRow(index, minute)),
      '',
      ...summary.map((line) => `- ${line}`),
    ];
    replaceSection(path.join(PROJECT_ROOT, 'docs/reliability.md'), `Soak (${minutes} min)`, lines);
    say(passed ? 'PASS' : 'FAIL');
    process.exitCode = passed ? 0 : 1;
  } finally {
    await closeApi?.();
    await db.close();
  }
}

function codes(minute: Minute): string {
  return [...minute.codes].sort((a, b) => b[1] - a[1]).map(([code, count]) => `${code} ${count}`).join(', ');
}

function row(index: number, minute: Minute): string {
  return (
    `minute ${index + 1}: ${minute.latencies.length} answers (${fmt(minute.latencies.length / 60)}/s), p50 ${fmt(percentile(minute.latencies, 50))} ms, ` +
    `p99 ${fmt(percentile(minute.latencies, 99))} ms; ${codes(minute)}; API RSS ${fmt(percentile(minute.rss, 50))} MiB, ` +
    `V8 heap used at least ${fmt(Math.min(...minute.heap))} MiB`
  );
}

function tableRow(index: number, minute: Minute): string {
  return (
    `| ${index + 1} | ${minute.latencies.length} | ${fmt(minute.latencies.length / 60)} | ${fmt(percentile(minute.latencies, 50))} | ` +
    `${fmt(percentile(minute.latencies, 99))} | ${codes(minute)} | ${fmt(percentile(minute.rss, 50))} | ${fmt(Math.min(...minute.heap))} |`
  );
}

main().catch((error: unknown) => {
  console.error(`[soak] ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
