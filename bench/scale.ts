import './production-mode';
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherRunner } from '../src/graph/cypher-runner';
import { SeedRepository } from '../src/graph/seed.repository';
import { PROJECT_ROOT } from '../src/paths';
import { counts, ids, loadSynthetic, random, synthesise, WORDS } from './generate';
import { fmt, machineDescription, neo4jVersion, postGraphQL, rssMiB, sequentialRound, summarise, Summary } from './measure';
import { replaceSection } from './report';
import { startApiProcess, startBenchDatabase } from './servers';

const SEED = 8;
/** How long each query runs before it is measured, and over how many distinct requests. */
const WARM_UP_MS = 10_000;
const WARM_UP_REQUESTS = 400;
const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1M': 1_000_000 };
const QUERIES = ['neighbourhood depth 2', 'shortestPath', 'full-text search', 'filtered list page', 'nested query'] as const;
type QueryName = (typeof QUERIES)[number];

/** The figures of one size. */
interface SizeResult {
  size: string;
  nodes: number;
  relationships: number;
  loadSeconds: number;
  neo4jRssMiB: number;
  apiRssMiB: number;
  neo4jVersion: string;
  queries: Record<QueryName, Summary>;
}

/** `samples` GraphQL queries of each kind, with start nodes and words drawn from the seed number (`draw` 0 is measured). */
function workload(size: number, samples: number, draw = 0): Record<QueryName, string[]> {
  const c = counts(size);
  const rand = random(SEED + size + draw * 7919);
  const pick = (n: number) => Math.floor(rand() * n);
  const years = ['2010', '2012', '2014', '2016', '2018', '2020'];
  const make = (build: () => string) => Array.from({ length: samples }, build);
  return {
    'neighbourhood depth 2': make(
      () => `{ neighbourhood(id: "${ids.report(pick(c.report))}", depth: 2, limit: 500) { truncated nodes { id kind label } edges { id type } } }`,
    ),
    shortestPath: make(
      () => `{ shortestPath(from: "${ids.report(pick(c.report))}", to: "${ids.person(pick(c.person))}") { nodes { id } edges { type } } }`,
    ),
    'full-text search': make(() => `{ search(text: "${WORDS[pick(WORDS.length)]} ${WORDS[pick(WORDS.length)]}", first: 20) { score node { id kind label } } }`),
    'filtered list page': make(
      () =>
        `{ reports(filter: { date: { from: "${years[pick(years.length)]}" } }, orderBy: { field: date, direction: DESC }, first: 20) { totalCount nodes { id title date } } }`,
    ),
    'nested query': make(
      () =>
        `{ reports(filter: { date: { from: "${years[pick(years.length)]}" } }, orderBy: { field: date, direction: DESC }, first: 20) { nodes { id title ` +
        'dialogues { node { id title speakers { node { id label } } } } pillars { node { id title } } } } }',
    ),
  };
}

/** Loads (or finds already loaded) the graph of one size in its own Neo4j, then measures the queries. */
async function measureSize(name: string, size: number, samples: number, reuse: boolean, log: (line: string) => void): Promise<SizeResult> {
  const dir = `.neo4j/bench-scale-${name.toLowerCase()}`;
  const marker = path.join(PROJECT_ROOT, dir, 'bench-graph.json');
  const previous = reuse && fs.existsSync(marker) ? (JSON.parse(fs.readFileSync(marker, 'utf8')) as { seed: number; size: number; loadSeconds: number; nodes: number; relationships: number }) : null;
  const usable = previous?.seed === SEED && previous.size === size ? previous : null;
  const heap = size >= 1_000_000 ? '2g' : '1g';
  const db = await startBenchDatabase({ port: 7713, dir, heap, pageCache: size >= 1_000_000 ? '1g' : '256m', fresh: !usable }, log);
  try {
    const graph = new CypherRunner(db.driver, db.config.neo4j.database, 600_000);
    let loaded = usable;
    if (!loaded) {
      log(`${name}: generating and loading (seed ${SEED})...`);
      const started = Date.now();
      const totals = await loadSynthetic(db.driver, db.config.neo4j.database, synthesise(SEED, size), log);
      loaded = { seed: SEED, size, loadSeconds: (Date.now() - started) / 1000, ...totals };
      fs.writeFileSync(marker, JSON.stringify(loaded));
      log(`${name}: ${totals.nodes} nodes, ${totals.relationships} relationships loaded in ${loaded.loadSeconds.toFixed(1)} s`);
    } else {
      log(`${name}: reusing the graph loaded earlier (${loaded.relationships} relationships)`);
    }
    // The schema may have gained indexes since the graph was loaded.
    await new SeedRepository(graph).applySchema();
    // The API as `npm start` runs it, in a process of its own: in the bench's process, the client's work (fetch,
    // parsing every answer) shared its event loop and was counted in its latency and memory.
    const r2p = await startApiProcess(db.config, {
      RATE_LIMIT_PER_SECOND: '0',
      MAX_QUEUE_WAIT_MS: '60000',
      QUERY_TIMEOUT_MS: String(db.config.queryTimeoutMs),
    });
    let apiRss = rssMiB(r2p.pid);
    const sampler = setInterval(() => (apiRss = Math.max(apiRss, rssMiB(r2p.pid))), 100);
    try {
      const work = workload(size, samples);
      // A freshly started Neo4j compiles its hot paths over its first thousands of statements and starts with an
      // empty page cache: the 1M shortestPath took 12-16 ms p50 over its first 500 requests and 5-6 ms after 1,500.
      // Every query first runs for WARM_UP_MS with start nodes and words of another draw, so that the measured
      // requests find a warm database without finding their own answers cached.
      const warmUp = workload(size, WARM_UP_REQUESTS, 1);
      const queries = {} as Record<QueryName, Summary>;
      for (const query of QUERIES) {
        const answer = await postGraphQL(r2p.url, warmUp[query][0]);
        if (answer.errors) throw new Error(`${query} at ${name}: ${JSON.stringify(answer.errors)}`);
        for (let i = 0, until = performance.now() + WARM_UP_MS; performance.now() < until; i += 1) {
          await postGraphQL(r2p.url, warmUp[query][i % WARM_UP_REQUESTS]);
        }
      }
      for (const query of QUERIES) {
        queries[query] = summarise([await sequentialRound(r2p.url, work[query])]);
        log(`  ${name} ${query}: p50 ${fmt(queries[query].p50)} ms, p95 ${fmt(queries[query].p95)} ms${queries[query].errors ? ` (${queries[query].errors} errors)` : ''}`);
      }
      return {
        size: name,
        nodes: loaded.nodes,
        relationships: loaded.relationships,
        loadSeconds: loaded.loadSeconds,
        neo4jRssMiB: rssMiB(db.local.pid),
        apiRssMiB: apiRss,
        neo4jVersion: await neo4jVersion(db.driver),
        queries,
      };
    } finally {
      clearInterval(sampler);
      await r2p.close();
    }
  } finally {
    await db.close();
  }
}

/** A hand-written SVG: p95 of each query against the number of relationships, both axes logarithmic. */
export function plot(results: SizeResult[]): string {
  const width = 640;
  const height = 400;
  const margin = { left: 70, right: 190, top: 30, bottom: 50 };
  const xs = results.map((r) => r.relationships);
  const ys = results.flatMap((r) => QUERIES.map((q) => r.queries[q].p95)).filter((v) => v > 0);
  const [xMin, xMax] = [Math.min(...xs) / 1.5, Math.max(...xs) * 1.5];
  const [yMin, yMax] = [Math.max(0.5, Math.min(...ys) / 2), Math.max(...ys) * 2];
  const x = (v: number) => margin.left + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (width - margin.left - margin.right);
  const y = (v: number) => height - margin.bottom - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (height - margin.top - margin.bottom);
  const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${margin.left}" y="18" font-size="14">p95 latency (ms, log) against relationships in the graph (log)</text>`,
    `<line x1="${margin.left}" y1="${height - margin.bottom}" x2="${width - margin.right}" y2="${height - margin.bottom}" stroke="black"/>`,
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${height - margin.bottom}" stroke="black"/>`,
  ];
  for (const r of results) {
    parts.push(`<text x="${x(r.relationships)}" y="${height - margin.bottom + 18}" text-anchor="middle">${r.size}</text>`);
  }
  for (let decade = Math.ceil(Math.log10(yMin)); decade <= Math.floor(Math.log10(yMax)); decade += 1) {
    const v = 10 ** decade;
    parts.push(`<line x1="${margin.left}" y1="${y(v)}" x2="${width - margin.right}" y2="${y(v)}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  QUERIES.forEach((query, index) => {
    const points = results.map((r) => `${x(r.relationships).toFixed(1)},${y(Math.max(yMin, r.queries[query].p95)).toFixed(1)}`);
    parts.push(`<polyline fill="none" stroke="${colours[index]}" stroke-width="2" points="${points.join(' ')}"/>`);
    for (const point of points) {
      const [px, py] = point.split(',');
      parts.push(`<circle cx="${px}" cy="${py}" r="3" fill="${colours[index]}"/>`);
    }
    const ly = margin.top + 20 + index * 20;
    parts.push(`<line x1="${width - margin.right + 15}" y1="${ly - 4}" x2="${width - margin.right + 35}" y2="${ly - 4}" stroke="${colours[index]}" stroke-width="2"/>`);
    parts.push(`<text x="${width - margin.right + 40}" y="${ly}">${query}</text>`);
  });
  parts.push(`<text x="${(margin.left + width - margin.right) / 2}" y="${height - 12}" text-anchor="middle">relationships</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withMillion = args.includes('--1m');
  const reuse = !args.includes('--fresh');
  const samples = args.includes('--quick') ? 20 : 60;
  const only = args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',');
  const sizes = only ?? ['10k', '100k', ...(withMillion ? ['1M'] : [])];
  const log = (line: string) => console.log(`[scale] ${line}`);
  const loadAtStart = os.loadavg().map((v) => v.toFixed(1)).join(', ');
  const results: SizeResult[] = [];
  for (const name of sizes) {
    if (!SIZES[name]) throw new Error(`unknown size ${name}; use ${Object.keys(SIZES).join(', ')}`);
    results.push(await measureSize(name, SIZES[name], samples, reuse, log));
  }
  const lines = [
    `Run: \`npm run bench:scale${withMillion ? ' -- --1m' : ''}\`: synthetic R2P-shaped graphs (bench/generate.ts, seed ${SEED}), each in its own Neo4j; ` +
      `${samples} sequential requests per query through the R2P API over HTTP (its own process, as \`npm start\` runs it), each from a different start node or with different words, after ${WARM_UP_MS / 1000} s of warm-up per query with other start nodes and words.`,
    '',
    ...machineDescription(results[0]?.neo4jVersion ?? 'unknown'),
    '',
    '| size | nodes | relationships | load s | ' + QUERIES.map((q) => `${q} p50 / p95 ms`).join(' | ') + ' | Neo4j RSS MiB | API process RSS MiB (max) |',
    '|---|---:|---:|---:|' + QUERIES.map(() => '---:').join('|') + '|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.size} | ${r.nodes} | ${r.relationships} | ${fmt(r.loadSeconds, 0)} | ` +
        QUERIES.map((q) => `${fmt(r.queries[q].p50)} / ${fmt(r.queries[q].p95)}`).join(' | ') +
        ` | ${fmt(r.neo4jRssMiB, 0)} | ${fmt(r.apiRssMiB, 0)} |`,
    ),
    '',
    'Neo4j RSS is the JVM (heap 1 GiB, 2 GiB at 1M; page cache 256 MiB, 1 GiB at 1M). API process RSS: the largest sampled every 0.1 s while the queries ran. ' +
      'Load s: from an empty store to every index online (bulk CREATE in CALL { } IN TRANSACTIONS, schema after the data). ' +
      'The list page counts every match for totalCount (through the date index); the nested query is 20 reports > dialogues > speakers, pillars. ' +
      `Load average at the start (1, 5, 15 min): ${loadAtStart}; at the end: ${os.loadavg().map((v) => v.toFixed(1)).join(', ')}. ![p95 against size](docs/scale.svg)`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
  fs.mkdirSync(path.join(PROJECT_ROOT, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(PROJECT_ROOT, 'docs', 'scale.svg'), plot(results));
  replaceSection(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), 'Scale', lines);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
