import 'reflect-metadata';
import path from 'node:path';
import { Graph } from '../src/graph/graph';
import { PROJECT_ROOT } from '../src/paths';
import { SEED_DIR } from '../src/startup';
import { runSeed } from '../src/seed/run';
import {
  floorRound,
  fmt,
  httpRound,
  machineDescription,
  neo4jVersion,
  postGraphQL,
  Round,
  summarise,
  Summary,
  waves,
} from './measure';
import { replaceSection } from './report';
import { floorDriver, RecordingDriver, startBenchDatabase, startNeo4jGraphQL, startR2P } from './servers';

/** One query of the mix: ours, and the @neo4j/graphql equivalent or why there is none. */
interface MixQuery {
  name: string;
  r2p: string;
  neo4jGraphql: string | { missing: string };
}

/** The fixed mix over the seeded graph. Ids are real seed ids, so every answer holds data. */
export const MIX: MixQuery[] = [
  {
    name: 'lookup by id',
    r2p: '{ node(id: "A/63/677") { id label ... on Report { title date } } }',
    neo4jGraphql: '{ reports(where: { id: { eq: "A/63/677" } }) { id title date } }',
  },
  {
    name: 'filtered list page',
    r2p: '{ reports(filter: { date: { from: "2012" } }, orderBy: { field: date, direction: DESC }, first: 10) { totalCount nodes { id title date } } }',
    neo4jGraphql:
      '{ reportsConnection(where: { date: { gte: "2012" } }, sort: [{ date: DESC }], first: 10) { totalCount edges { node { id title date } } } }',
  },
  {
    name: 'nested (reports > dialogues > speakers, pillars)',
    r2p:
      '{ reports(first: 20) { nodes { id title dialogues { node { id title speakers { node { id label } } } } pillars { node { id title } } } } }',
    neo4jGraphql:
      '{ reports(limit: 20, sort: [{ id: ASC }]) { id title ' +
      'presentedAt { id title speakers { ... on Person { id name } ... on Organ { id name } ... on Organization { id name } ... on Country { id name } } } ' +
      'discussedAt { id title speakers { ... on Person { id name } ... on Organ { id name } ... on Organization { id name } ... on Country { id name } } } ' +
      'pillars { id title } } }',
  },
  {
    name: 'neighbourhood depth 2',
    r2p: '{ neighbourhood(id: "A/63/677", depth: 2, limit: 500) { truncated nodes { id kind label } edges { id type source target } } }',
    neo4jGraphql: { missing: 'no variable-depth traversal: only fixed nested selections or a hand-written @cypher field' },
  },
  {
    name: 'shortestPath',
    r2p: '{ shortestPath(from: "A/RES/60/1", to: "S/RES/2150(2014)") { nodes { id kind label } edges { id type source target } } }',
    neo4jGraphql: { missing: 'no path queries: only through a hand-written @cypher field' },
  },
  {
    name: 'full-text search',
    r2p: '{ search(text: "genocide prevention", first: 20) { score node { id kind label } } }',
    neo4jGraphql: '{ searchEntities(phrase: "genocide prevention", first: 20) { edges { score node { id title name } } } }',
  },
];

interface Settings {
  warmupMs: number;
  roundMs: number;
  rounds: number;
  concurrency: number[];
}

const FULL: Settings = { warmupMs: 2000, roundMs: 3000, rounds: 3, concurrency: [1, 16] };
const QUICK: Settings = { warmupMs: 200, roundMs: 400, rounds: 2, concurrency: [1, 16] };

type System = 'r2p' | 'floor' | 'neo4jGraphql';

/** One row of the table: a query at one concurrency, each system's summary. */
interface Row {
  query: string;
  concurrency: number;
  results: Partial<Record<System, Summary>>;
  missing?: string;
}

const ratio = (a: Summary | undefined, b: Summary | undefined, key: 'p50' | 'throughput') =>
  a && b ? fmt(a[key] / b[key], 2) : '-';

/** The table of one run, as Markdown. */
export function table(rows: Row[]): string[] {
  const lines = [
    '| query | conc. | R2P p50 / p95 ms | R2P req/s | floor p50 / p95 ms | floor ops/s | @neo4j/graphql p50 / p95 ms | @neo4j/graphql req/s | R2P/floor p50 | R2P/@neo4j/graphql p50 | R2P/@neo4j/graphql req/s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const { r2p, floor, neo4jGraphql: ngql } = row.results;
    const cell = (s: Summary | undefined) => (s ? `${fmt(s.p50)} / ${fmt(s.p95)}` : 'n/a');
    lines.push(
      `| ${row.query} | ${row.concurrency} | ${cell(r2p)} | ${fmt(r2p?.throughput ?? NaN, 0)} | ${cell(floor)} | ${fmt(floor?.throughput ?? NaN, 0)} | ` +
        `${cell(ngql)} | ${fmt(ngql?.throughput ?? NaN, 0)} | ${ratio(r2p, floor, 'p50')} | ${ratio(r2p, ngql, 'p50')} | ${ratio(r2p, ngql, 'throughput')} |`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const settings = quick ? QUICK : FULL;
  const startedAt = Date.now();
  const log = (line: string) => console.log(`[bench] ${line}`);

  const db = await startBenchDatabase({ port: 7712, dir: '.neo4j/bench', heap: '1g', pageCache: '256m' }, log);
  const floor = floorDriver(db.config);
  const servers: Array<{ close(): Promise<void> }> = [];
  try {
    const seeding = Date.now();
    const outcome = await runSeed(new Graph(db.driver, db.config.neo4j.database, 60_000), { dir: SEED_DIR, onlyIfChanged: true });
    if (outcome.problems.length > 0) throw new Error(`seed/ has ${outcome.problems.length} problem(s); run npm run seed -- --check`);
    log(`seed: ${outcome.nodes} nodes, ${outcome.relationships} relationships (${outcome.written ? 'loaded' : 'already there'}, ${Date.now() - seeding} ms)`);

    const recorder = new RecordingDriver(db.driver);
    const r2p = await startR2P(db.config, recorder.driver);
    servers.push(r2p);
    const ngql = await startNeo4jGraphQL(db.driver, db.config.neo4j.database);
    servers.push(ngql);

    const rows: Row[] = [];
    for (const query of MIX) {
      // Capture what our repositories send for this query: the floor replays exactly these statements.
      recorder.recording = [];
      const answer = await postGraphQL(r2p.url, query.r2p);
      const plan = waves(recorder.recording);
      recorder.recording = null;
      if (answer.errors) throw new Error(`R2P answered ${query.name} with ${JSON.stringify(answer.errors)}`);
      let ngqlQuery: string | null = null;
      let missing: string | undefined;
      if (typeof query.neo4jGraphql === 'string') {
        const theirs = await postGraphQL(ngql.url, query.neo4jGraphql);
        if (theirs.errors) missing = `@neo4j/graphql failed: ${theirs.errors[0].message.slice(0, 120)}`;
        else ngqlQuery = query.neo4jGraphql;
      } else missing = query.neo4jGraphql.missing;
      log(`${query.name}: ${plan.flat().length} statement(s) in ${plan.length} round trip(s)${missing ? `; @neo4j/graphql: ${missing}` : ''}`);

      for (const concurrency of settings.concurrency) {
        const runs: Record<System, (ms: number) => Promise<Round>> = {
          r2p: (ms) => httpRound(r2p.url, query.r2p, concurrency, ms),
          floor: (ms) => floorRound(floor, plan, concurrency, ms),
          neo4jGraphql: (ms) => httpRound(ngql.url, ngqlQuery!, concurrency, ms),
        };
        const systems = (Object.keys(runs) as System[]).filter((s) => s !== 'neo4jGraphql' || ngqlQuery);
        for (const system of systems) await runs[system](settings.warmupMs);
        const rounds: Partial<Record<System, Round[]>> = {};
        // Rounds interleave the systems, so that a burst of load from elsewhere hits all of them alike.
        for (let round = 0; round < settings.rounds; round += 1) {
          for (const system of systems) (rounds[system] ??= []).push(await runs[system](settings.roundMs));
        }
        const results = Object.fromEntries(systems.map((s) => [s, summarise(rounds[s]!)])) as Row['results'];
        rows.push({ query: query.name, concurrency, results, missing });
        const errors = systems.map((s) => results[s]!.errors).reduce((a, b) => a + b, 0);
        log(
          `  c=${concurrency}: R2P p50 ${fmt(results.r2p!.p50)} ms, floor ${fmt(results.floor!.p50)} ms` +
            `${results.neo4jGraphql ? `, @neo4j/graphql ${fmt(results.neo4jGraphql.p50)} ms` : ''}${errors ? ` (${errors} errors)` : ''}`,
        );
      }
    }

    const version = await neo4jVersion(db.driver);
    const notes = [...new Map(rows.filter((r) => r.missing).map((r) => [r.query, r.missing!])).entries()];
    const lines = [
      `Run: \`npm run bench${quick ? ' -- --quick' : ''}\` over the seeded graph (${outcome.nodes} nodes, ${outcome.relationships} relationships); ` +
        `${settings.rounds} rounds of ${settings.roundMs / 1000} s after ${settings.warmupMs / 1000} s of warm-up per cell; figures are medians over rounds.`,
      '',
      ...machineDescription(version),
      '',
      ...table(rows),
      '',
      'R2P = the API over HTTP (autocannon, keep-alive, in the same process). Floor = the very statements the API sent ' +
        'for that query (captured from its driver), run through neo4j-driver at the same concurrency, records turned into objects, no HTTP. ' +
        'A ratio above 1 means R2P is slower (p50) or, for req/s, faster.',
      ...notes.map(([name, why]) => `- @neo4j/graphql, ${name}: ${why}.`),
    ];
    console.log(`\n${lines.join('\n')}\n`);
    replaceSection(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), quick ? 'Query mix (quick)' : 'Query mix', lines);
    log(`done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s; written to BENCHMARKS.md`);
  } finally {
    for (const server of servers) await server.close();
    await floor.close();
    await db.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

