import { spawn } from 'node:child_process';
import { PROJECT_ROOT } from '../../src/paths';

/** One load run: a GraphQL body POSTed by `connections` keep-alive connections for `seconds`. */
export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  seconds: number;
  /** Give each connection an X-Forwarded-For of its own, as many clients behind one trusted proxy. */
  distinctClients?: boolean;
}

/** What a load run saw: answers by status, latency percentiles (ms) of all answers and of 2xx ones. */
export interface LoadResult {
  total: number;
  statuses: Record<string, number>;
  /** Connection errors and timeouts (no HTTP answer). */
  failures: number;
  all: { p50: number; p99: number };
  served: { count: number; p50: number; p99: number };
  seconds: number;
  /** The generator's own CPU time and event-loop delay: when they are high, the latencies are partly its own. */
  generator: { cpuMs: number; loopDelayP99Ms: number };
}

// Runs in a process of its own, so that the load generator's work does not delay the probes the test sends
// from its own process while the load runs.
const SCRIPT = `
const autocannon = require('autocannon');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const cpuBefore = process.cpuUsage();
const o = JSON.parse(process.argv[1]);
const statuses = {};
const all = [];
const served = [];
let clients = 0;
const started = Date.now();
const requests = o.distinctClients
  ? [{ setupRequest: (req, context) => {
      if (context.client === undefined) context.client = ++clients;
      const n = context.client;
      return { ...req, headers: { ...req.headers, 'x-forwarded-for': '10.' + ((n >> 8) & 255) + '.' + (n & 255) + '.1' } };
    } }]
  : undefined;
const instance = autocannon({
  url: o.url, method: 'POST', headers: { 'content-type': 'application/json' }, body: o.body,
  connections: o.connections, duration: o.seconds, timeout: 10, requests,
}, (error, result) => {
  if (error) { console.error(error); process.exit(1); }
  const pct = (values, q) => {
    if (values.length === 0) return NaN;
    const sorted = Float64Array.from(values).sort();
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q / 100 * sorted.length) - 1))];
  };
  process.stdout.write(JSON.stringify({
    total: all.length, statuses, failures: result.errors + result.timeouts,
    all: { p50: pct(all, 50), p99: pct(all, 99) },
    served: { count: served.length, p50: pct(served, 50), p99: pct(served, 99) },
    seconds: (Date.now() - started) / 1000,
    generator: { cpuMs: (() => { const c = process.cpuUsage(cpuBefore); return (c.user + c.system) / 1000; })(), loopDelayP99Ms: delay.percentile(99) / 1e6 },
  }));
});
instance.on('response', (_client, status, _bytes, ms) => {
  statuses[status] = (statuses[status] || 0) + 1;
  all.push(ms);
  if (status >= 200 && status < 300) served.push(ms);
});
`;

/** Drives the load with autocannon in a child process; only loopback targets, bounded by `seconds`. */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const host = new URL(options.url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '[::1]') throw new Error(`load targets loopback only, not ${host}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', SCRIPT, JSON.stringify(options)], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), (options.seconds + 30) * 1000);
    child.once('exit', (code) => {
      clearTimeout(killer);
      if (code !== 0) return reject(new Error(`the load generator exited ${code}: ${err}`));
      resolve(JSON.parse(out) as LoadResult);
    });
  });
}
