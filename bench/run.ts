import './production-mode';
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { CypherRunner } from '../src/graph/cypher-runner';
import { searchQuery } from '../src/graph/traversal.repository';
import { PROJECT_ROOT } from '../src/paths';
import { SEED_DIR } from '../src/startup';
import { runSeed } from '../src/seed/run';
import { ids, loadSynthetic, synthesise } from './generate';
import { fmt, httpRound, loopRound, machineDescription, neo4jVersion, postGraphQL, Round, summarise, Summary } from './measure';
import { runReference, startHttpFloor } from './reference';
import { replaceSection } from './report';
import { BenchDatabase, floorDriver, RecordingDriver, startBenchDatabase, startNeo4jGraphQL, startR2P } from './servers';

/** The ids and words one graph's mix uses: real ids of that graph, so that every answer holds data. */
interface Fixture {
  lookupId: string;
  listFrom: string;
  neighbourhoodId: string;
  pathFrom: string;
  pathTo: string;
  searchText: string;
}

export const SEED_FIXTURE: Fixture = {
  lookupId: 'A/63/677',
  listFrom: '2012',
  neighbourhoodId: 'A/63/677',
  pathFrom: 'A/RES/60/1',
  pathTo: 'S/RES/2150(2014)',
  searchText: 'genocide prevention',
};

const MILLION_FIXTURE: Fixture = {
  lookupId: ids.report(5),
  listFrom: '2020',
  neighbourhoodId: ids.report(7),
  pathFrom: ids.report(7),
  pathTo: ids.person(11),
  searchText: 'genocide prevention',
};

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * One query of the mix: R2P's GraphQL, the hand-written reference (bench/reference.ts) with its parameters,
 * and the @neo4j/graphql equivalent (or why there is none) with how both answers map to one comparable shape.
 */
interface MixQuery {
  name: string;
  r2p: string;
  params: Record<string, unknown>;
  neo4jGraphql: { query: string; same(data: Json): unknown; ours(data: Json): unknown } | { missing: string };
}

const NESTED_FIRST = 20;
const speakersOf = (dialogue: Json) => dialogue.speakers.map((s: Json) => ({ id: s.id, label: s.name, ...(s.posts ? { posts: s.posts } : {}) }));
const theirReports = (data: Json) =>
  data.reports.map((r: Json) => ({
    id: r.id,
    title: r.title,
    dialogues: [...r.presentedAt, ...r.discussedAt].map((d: Json) => ({ id: d.id, title: d.title, speakers: speakersOf(d) })),
    pillars: r.pillars,
  }));
const ourReports = (data: Json) =>
  data.reports.nodes.map((r: Json) => ({
    id: r.id,
    title: r.title,
    dialogues: r.dialogues.map(({ node: d }: Json) => ({
      id: d.id,
      title: d.title,
      speakers: d.speakers.map(({ node: s }: Json) => ({
        id: s.id,
        label: s.label,
        ...(s.posts ? { posts: s.posts.map((p: Json) => p.node) } : {}),
      })),
    })),
    pillars: r.pillars.map((p: Json) => p.node),
  }));
const SPEAKER = (inner: string) =>
  `speakers { ... on Person { id name ${inner} } ... on Organ { id name } ... on Organization { id name } ... on Country { id name } }`;

/** The mix over one graph. */
export function mix(f: Fixture): MixQuery[] {
  const lucene = searchQuery(f.searchText)!;
  return [
    {
      name: 'lookup by id',
      r2p: `{ node(id: "${f.lookupId}") { id label ... on Report { title date } } }`,
      params: { id: f.lookupId },
      neo4jGraphql: {
        query: `{ reports(where: { id: { eq: "${f.lookupId}" } }) { id title date } }`,
        same: (data) => data.reports[0],
        ours: (data) => ({ id: data.node.id, title: data.node.title, date: data.node.date }),
      },
    },
    {
      name: 'filtered list page',
      r2p: `{ reports(filter: { date: { from: "${f.listFrom}" } }, orderBy: { field: date, direction: DESC }, first: 10) { totalCount nodes { id title date } } }`,
      params: { from: f.listFrom, first: 10 },
      neo4jGraphql: {
        query: `{ reportsConnection(where: { date: { gte: "${f.listFrom}" } }, sort: [{ date: DESC }, { id: DESC }], first: 10) { totalCount edges { node { id title date } } } }`,
        same: (data) => ({ totalCount: data.reportsConnection.totalCount, nodes: data.reportsConnection.edges.map((e: Json) => e.node) }),
        ours: (data) => data.reports,
      },
    },
    {
      name: 'nested (reports > dialogues > speakers, pillars)',
      r2p:
        `{ reports(first: ${NESTED_FIRST}, orderBy: { field: id, direction: ASC }) { nodes { id title ` +
        'dialogues { node { id title speakers { node { id label } } } } pillars { node { id title } } } } }',
      params: { first: NESTED_FIRST },
      neo4jGraphql: {
        query:
          `{ reports(limit: ${NESTED_FIRST}, sort: [{ id: ASC }]) { id title ` +
          `presentedAt { id title ${SPEAKER('')} } discussedAt { id title ${SPEAKER('')} } pillars { id title } } }`,
        same: theirReports,
        ours: ourReports,
      },
    },
    {
      name: 'nested four levels (reports > dialogues > speakers > posts)',
      r2p:
        `{ reports(first: ${NESTED_FIRST}, orderBy: { field: id, direction: ASC }) { nodes { id title ` +
        'dialogues { node { id title speakers { node { id label ... on Person { posts { node { id name } } } } } } } pillars { node { id title } } } } }',
      params: { first: NESTED_FIRST },
      neo4jGraphql: {
        query:
          `{ reports(limit: ${NESTED_FIRST}, sort: [{ id: ASC }]) { id title ` +
          `presentedAt { id title ${SPEAKER('posts { id name }')} } discussedAt { id title ${SPEAKER('posts { id name }')} } pillars { id title } } }`,
        same: theirReports,
        ours: ourReports,
      },
    },
    {
      name: 'neighbourhood depth 2',
      r2p: `{ neighbourhood(id: "${f.neighbourhoodId}", depth: 2, limit: 500) { truncated nodes { id kind label } edges { id type source target } } }`,
      params: { id: f.neighbourhoodId, limit: 500 },
      neo4jGraphql: { missing: 'no variable-depth traversal: only fixed nested selections or a hand-written @cypher field' },
    },
    {
      name: 'shortestPath',
      r2p: `{ shortestPath(from: "${f.pathFrom}", to: "${f.pathTo}") { nodes { id kind label } edges { id type source target } } }`,
      params: { from: f.pathFrom, to: f.pathTo },
      neo4jGraphql: { missing: 'no path queries: only through a hand-written @cypher field' },
    },
    {
      name: 'full-text search',
      r2p: `{ search(text: "${f.searchText}", first: 20) { score node { id kind label } } }`,
      params: { lucene, first: 20 },
      neo4jGraphql: {
        // The same Lucene query R2P builds from these words, so that both read the same hits.
        query: `{ searchEntities(phrase: ${JSON.stringify(lucene)}, first: 20) { edges { score node { id } } } }`,
        same: (data) => data.searchEntities.edges.map((e: Json) => ({ id: e.node.id, score: e.score.toFixed(4) })),
        ours: (data) => data.search.map((h: Json) => ({ id: h.node.id, score: h.score.toFixed(4) })),
      },
    },
  ];
}

/** A value with every list sorted and every object's keys in order: answers equal "after ordering". */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

interface Settings {
  warmupMs: number;
  roundMs: number;
  /** The pause after each timed round, before the next system's. */
  settleMs: number;
  rounds: number;
  concurrency: number[];
}

const FULL: Settings = { warmupMs: 1000, roundMs: 2000, settleMs: 1000, rounds: 3, concurrency: [1, 16] };
const QUICK: Settings = { warmupMs: 200, roundMs: 400, settleMs: 200, rounds: 2, concurrency: [1, 16] };

type System = 'r2p' | 'httpFloor' | 'dbFloor' | 'neo4jGraphql';
const SYSTEMS: System[] = ['r2p', 'httpFloor', 'dbFloor', 'neo4jGraphql'];

/** One row of the table: a query at one concurrency on one graph, each system's summary. */
interface Row {
  graph: string;
  query: string;
  concurrency: number;
  statements: number;
  results: Partial<Record<System, Summary>>;
  missing?: string;
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined ? fmt(a / b, 2) : '-');

/** The table of one run, as Markdown. */
export function table(rows: Row[]): string[] {
  const lines = [
    '| graph | query | conc. | R2P p50 / p95 ms | R2P req/s | HTTP floor p50 / p95 ms | DB floor p50 / p95 ms | @neo4j/graphql p50 / p95 ms | @neo4j/graphql req/s | R2P / HTTP floor p50 | R2P / DB floor p50 | R2P / @neo4j/graphql req/s |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const { r2p, httpFloor, dbFloor, neo4jGraphql: ngql } = row.results;
    const cell = (s: Summary | undefined) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)}` : 'n/a');
    lines.push(
      `| ${row.graph} | ${row.query} | ${row.concurrency} | ${cell(r2p)} | ${fmt(r2p?.throughput ?? NaN, 0)} | ${cell(httpFloor)} | ${cell(dbFloor)} | ` +
        `${cell(ngql)} | ${fmt(ngql?.throughput ?? NaN, 0)} | ${ratio(r2p?.p50, httpFloor?.p50)} | ${ratio(r2p?.p50, dbFloor?.p50)} | ${ratio(r2p?.throughput, ngql?.throughput)} |`,
    );
  }
  return lines;
}

/** The 1M synthetic graph of `npm run bench:scale -- --1m`, loaded here when that run has not loaded it. */
async function millionGraph(log: (line: string) => void): Promise<BenchDatabase> {
  const dir = '.neo4j/bench-scale-1m';
  const marker = path.join(PROJECT_ROOT, dir, 'bench-graph.json');
  const loaded = fs.existsSync(marker) && (JSON.parse(fs.readFileSync(marker, 'utf8')) as { size: number }).size === 1_000_000;
  const db = await startBenchDatabase({ port: 7713, dir, heap: '2g', pageCache: '1g', fresh: !loaded }, log);
  if (!loaded) {
    const started = Date.now();
    const totals = await loadSynthetic(db.driver, db.config.neo4j.database, synthesise(8, 1_000_000), log);
    fs.writeFileSync(marker, JSON.stringify({ seed: 8, size: 1_000_000, loadSeconds: (Date.now() - started) / 1000, ...totals }));
  }
  return db;
}

/** Measures the mix over one graph: every system answers first and the answers are compared, then the timing. */
async function measureGraph(
  graph: string,
  db: BenchDatabase,
  fixture: Fixture,
  settings: Settings,
  log: (line: string) => void,
  rss: { max: number },
  differences: string[],
  errored: string[],
): Promise<Row[]> {
  const floor: Driver = floorDriver(db.config);
  const recorder = new RecordingDriver(db.driver);
  const servers: Array<{ close(): Promise<void> }> = [];
  const rows: Row[] = [];
  const sampler = setInterval(() => (rss.max = Math.max(rss.max, process.memoryUsage().rss / 2 ** 20)), 200);
  try {
    const r2p = await startR2P(db.config, recorder.driver);
    servers.push(r2p);
    const httpFloor = await startHttpFloor(floor);
    servers.push(httpFloor);
    const ngql = await startNeo4jGraphQL(db.driver, db.config.neo4j.database);
    servers.push(ngql);

    for (const query of mix(fixture)) {
      recorder.recording = [];
      const ours = await postGraphQL(r2p.url, query.r2p);
      const statements = recorder.recording.length;
      recorder.recording = null;
      if (ours.errors) throw new Error(`R2P answered ${query.name} with ${JSON.stringify(ours.errors)}`);
      const floorData = await runReference(floor, query.name, query.params);
      const floorSame = same(floorData, ours.data);
      let missing: string | undefined;
      let agreed = false;
      if ('missing' in query.neo4jGraphql) missing = query.neo4jGraphql.missing;
      else {
        const theirs = await postGraphQL(ngql.url, query.neo4jGraphql.query);
        if (theirs.errors) throw new Error(`@neo4j/graphql answered ${query.name} with ${JSON.stringify(theirs.errors).slice(0, 300)}`);
        agreed = same(query.neo4jGraphql.same(theirs.data), query.neo4jGraphql.ours(ours.data));
        if (!agreed) {
          // On the seed graph a difference is a bug and ends the run; on the synthetic graph it is reported.
          if (graph === 'seed') throw new Error(`${graph}, ${query.name}: R2P and @neo4j/graphql answered differently`);
          differences.push(`${graph}, ${query.name}`);
        }
      }
      log(
        `${graph} ${query.name}: R2P sent ${statements} statement(s); ` +
          `${'missing' in query.neo4jGraphql ? '' : agreed ? 'same answer as @neo4j/graphql; ' : 'not the answer of @neo4j/graphql; '}` +
          `${floorSame ? 'same answer as the reference' : 'the reference answers differently (see the note)'}`,
      );

      for (const concurrency of settings.concurrency) {
        const runs: Record<System, (ms: number) => Promise<Round>> = {
          r2p: (ms) => httpRound(r2p.url, { query: query.r2p }, concurrency, ms),
          httpFloor: (ms) => httpRound(httpFloor.url, { query: query.name, params: query.params }, concurrency, ms),
          dbFloor: (ms) => loopRound(() => runReference(floor, query.name, query.params), concurrency, ms),
          neo4jGraphql: (ms) =>
            'missing' in query.neo4jGraphql ? Promise.reject(new Error('none')) : httpRound(ngql.url, { query: query.neo4jGraphql.query }, concurrency, ms),
        };
        const systems = SYSTEMS.filter((s) => s !== 'neo4jGraphql' || !missing);
        for (const system of systems) await runs[system](settings.warmupMs);
        const rounds: Partial<Record<System, Round[]>> = {};
        // Rounds interleave the systems, so that a burst of load from elsewhere hits all of them alike. A round can
        // leave Neo4j busy after it (collecting garbage after 1M-graph scans of seconds each), so every round is
        // followed by a pause, and odd rounds run the systems in reverse: no system always comes after the same one.
        for (let round = 0; round < settings.rounds; round += 1) {
          for (const system of round % 2 === 0 ? systems : [...systems].reverse()) {
            (rounds[system] ??= []).push(await runs[system](settings.roundMs));
            await new Promise((resolve) => setTimeout(resolve, settings.settleMs));
          }
        }
        const results = Object.fromEntries(systems.map((s) => [s, summarise(rounds[s]!)])) as Row['results'];
        rows.push({ graph, query: query.name, concurrency, statements, results, missing });
        log(
          `  c=${concurrency}: R2P p50 ${fmt(results.r2p!.p50)} ms, HTTP floor ${fmt(results.httpFloor!.p50)} ms, DB floor ${fmt(results.dbFloor!.p50)} ms` +
            `${results.neo4jGraphql ? `, @neo4j/graphql ${fmt(results.neo4jGraphql.p50)} ms` : ''}`,
        );
        // An answer with errors is quick and says nothing of the read path: such a cell is not a measurement.
        const failing = systems.filter((s) => results[s]!.errors > 0).map((s) => `${s} ${results[s]!.errors}`);
        if (failing.length) errored.push(`${graph} ${query.name} at c=${concurrency} (${failing.join(', ')})`);
      }
    }
    return rows;
  } finally {
    clearInterval(sampler);
    for (const server of servers) await server.close();
    await floor.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const settings = quick ? QUICK : FULL;
  const graphs = args.find((a) => a.startsWith('--graphs='))?.slice('--graphs='.length).split(',') ?? (quick ? ['seed'] : ['seed', '1M']);
  const startedAt = Date.now();
  const log = (line: string) => console.log(`[bench] ${line}`);
  const load = os.loadavg().map((v) => v.toFixed(1)).join(', ');
  const rss = { max: 0 };
  const differences: string[] = [];
  // Cells where a system answered with errors: quick answers that say nothing of the read path.
  const errored: string[] = [];
  const rows: Row[] = [];
  let version = 'unknown';
  let seedSize = '';
  for (const graph of graphs) {
    const db =
      graph === 'seed'
        ? await startBenchDatabase({ port: 7712, dir: '.neo4j/bench', heap: '1g', pageCache: '256m' }, log)
        : await millionGraph(log);
    try {
      if (graph === 'seed') {
        const outcome = await runSeed(new CypherRunner(db.driver, db.config.neo4j.database, 60_000), { dir: SEED_DIR, onlyIfChanged: true });
        if (outcome.problems.length > 0) throw new Error(`seed/ has ${outcome.problems.length} problem(s); run npm run seed -- --check`);
        seedSize = `${outcome.nodes} nodes, ${outcome.relationships} relationships`;
      }
      version = await neo4jVersion(db.driver);
      rows.push(...(await measureGraph(graph, db, graph === 'seed' ? SEED_FIXTURE : MILLION_FIXTURE, settings, log, rss, differences, errored)));
    } finally {
      await db.close();
    }
  }

  const notes = [...new Map(rows.filter((r) => r.missing).map((r) => [r.query, r.missing!])).entries()];
  const statements = [...new Map(rows.map((r) => [r.query, r.statements])).entries()];
  const lines = [
    `Run: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` over ${graphs.map((g) => (g === 'seed' ? `the seeded graph (${seedSize})` : 'the 1M synthetic graph (bench/generate.ts, seed 8)')).join(' and ')}; ` +
      `${settings.rounds} rounds of ${settings.roundMs / 1000} s after ${settings.warmupMs / 1000} s of warm-up per cell and system, the systems in turn (odd rounds in reverse order), ${settings.settleMs / 1000} s of pause after each round; figures are medians over rounds.`,
    '',
    ...machineDescription(version),
    `- Load average when the run started (1, 5, 15 min): ${load}; at the end: ${os.loadavg().map((v) => v.toFixed(1)).join(', ')}`,
    `- Largest RSS of the bench process (the API, @neo4j/graphql, the HTTP floor and the clients together) during the mix: ${fmt(rss.max, 0)} MiB`,
    '',
    ...table(rows),
    '',
    'R2P = the API over HTTP (autocannon, keep-alive, in the same process). HTTP floor = a bare `node:http` server that runs the ' +
      'hand-written reference statement of bench/reference.ts for that selection and writes the JSON. DB floor = the same statement ' +
      'straight through neo4j-driver (TCP_NODELAY on), records turned into objects. Before timing, the bench asserts that R2P and ' +
      '@neo4j/graphql answer the same (after ordering). A p50 ratio above 1 means R2P is slower; a req/s ratio above 1 means R2P is faster.',
    `- Statements R2P sent per request: ${statements.map(([q, n]) => `${q} ${n}`).join('; ')}.`,
    ...notes.map(([name, why]) => `- @neo4j/graphql, ${name}: ${why}.`),
    ...differences.map((where) => `- R2P and @neo4j/graphql answered differently (timed anyway): ${where}.`),
    ...errored.map((where) => `- Answers with errors, so not a measurement: ${where}.`),
  ];
  console.log(`\n${lines.join('\n')}\n`);
  replaceSection(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), quick ? 'Query mix (quick)' : 'Query mix', lines);
  log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s; written to BENCHMARKS.md`);
  if (errored.length) throw new Error(`answers with errors in ${errored.length} cell(s): ${errored.join('; ')}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
