import fs from 'node:fs';
import os from 'node:os';
import { execFileSync, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';

/** One measured round: every latency (ms) and how many operations completed per second. */
export interface Round {
  latencies: number[];
  throughput: number;
  errors: number;
}

/** The figures a table shows for one cell: medians over rounds of each round's p50, p95 and throughput. */
export interface Summary {
  p50: number;
  p95: number;
  throughput: number;
  errors: number;
}

/** The q-th percentile (0-100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((q / 100) * sorted.length) - 1))];
}

const median = (values: number[]) => percentile(values, 50);

/** Medians over rounds, so that one noisy round on a shared machine does not move the figure. */
export function summarise(rounds: Round[]): Summary {
  return {
    p50: median(rounds.map((r) => percentile(r.latencies, 50))),
    p95: median(rounds.map((r) => percentile(r.latencies, 95))),
    throughput: median(rounds.map((r) => r.throughput)),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

/** Posts one GraphQL query and returns its parsed answer; throws on a transport error. */
export async function postGraphQL(url: string, query: string): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}

/** Drives a POST of `body` (JSON) over HTTP with autocannon at `connections` for `durationMs`. */
export function httpRound(url: string, body: object, connections: number, durationMs: number): Promise<Round> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections,
        pipelining: 1,
        duration: durationMs / 1000,
      },
      (error) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        resolve({ latencies, throughput: latencies.length / seconds, errors });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status !== 200) errors += 1;
      latencies.push(responseTime);
    });
  });
}

/** `concurrency` workers calling `operation` in a loop for `durationMs`: the database floor, through the driver. */
export async function loopRound(operation: () => Promise<unknown>, concurrency: number, durationMs: number): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, throughput: latencies.length / ((performance.now() - started) / 1000), errors };
}

/** Sequential timed requests with varying queries (the scale runs: different start nodes each time). */
export async function sequentialRound(url: string, queries: readonly string[]): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (const query of queries) {
    const t0 = performance.now();
    const answer = await postGraphQL(url, query);
    latencies.push(performance.now() - t0);
    if (answer.errors) errors += 1;
  }
  return { latencies, throughput: latencies.length / ((performance.now() - started) / 1000), errors };
}

/** Resident memory of a process in MiB, from /proc/<pid>/status (VmRSS); NaN where /proc is absent. */
export function rssMiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function firstLine(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    return stderr.split('\n')[0].trim() || 'unknown';
  }
}

/** The machine and software a run was measured on, as Markdown lines. */
export function machineDescription(neo4jVersion: string): string[] {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // Not Linux: os.cpus() above is the best there is.
  }
  // java -version writes to stderr.
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0].trim();
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu}, ${os.availableParallelism()} cores available (nproc ${firstLine('nproc', [])}), shared with other work`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version}, ${java}, Neo4j ${neo4jVersion}`,
  ];
}

/** The Neo4j version the driver is connected to. */
export async function neo4jVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
  return String(records[0]?.get('v') ?? 'unknown');
}

/** A number for a table: three significant figures, or a dash. */
export function fmt(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}
