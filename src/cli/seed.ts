import path from 'node:path';
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database';
import { CypherRunner } from '../graph/cypher-runner';
import { StatsRepository } from '../graph/stats.repository';
import { PROJECT_ROOT } from '../paths';
import { formatProblem, runSeed } from '../seed/run';
import { runCli } from './run';

const USAGE = 'usage: npm run seed [-- --check] [-- --dir <folder>]';

function progress(): (done: number, total: number) => void {
  if (process.stdout.isTTY) {
    return (done, total) => {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stdout.write(`\r  [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} batches`);
      if (done === total) process.stdout.write('\n');
    };
  }
  // Without a terminal, about ten plain lines whatever the number of batches.
  return (done, total) => {
    if (done === total || done % Math.ceil(total / 10) === 0) console.log(`  batch ${done}/${total}`);
  };
}

/** `npm run seed`: validate seed/ and load it into Neo4j; `--check` validates without writing. */
async function main(argv: string[]): Promise<number> {
  let check = false;
  let dir = path.join(PROJECT_ROOT, 'seed');
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '--dir' && argv[i + 1]) dir = path.resolve(argv[++i]);
    else {
      console.error(USAGE);
      return 2;
    }
  }

  if (check) {
    const outcome = await runSeed(null, { dir, check: true });
    for (const problem of outcome.problems) console.error(formatProblem(problem));
    if (outcome.problems.length > 0) {
      console.error(`${outcome.problems.length} problem(s); the seed is not valid.`);
      return 1;
    }
    console.log(`seed is valid: ${outcome.nodes} nodes, ${outcome.relationships} relationships.`);
    return 0;
  }

  const config = loadConfig();
  const database = await openDatabase(config, (line) => console.log(line));
  try {
    const graph = new CypherRunner(database.driver, config.neo4j.database, config.queryTimeoutMs);
    const outcome = await runSeed(graph, { dir, onProgress: progress() });
    for (const problem of outcome.problems) console.error(formatProblem(problem));
    if (outcome.problems.length > 0) {
      console.error(`${outcome.problems.length} problem(s); nothing was written.`);
      return 1;
    }
    const changes = Object.entries(outcome.counters).filter(([, n]) => n > 0);
    console.log(changes.length ? `changes: ${changes.map(([k, n]) => `${k} ${n}`).join(', ')}` : 'no changes: the graph already held this seed.');
    const counts = await new StatsRepository(graph).counts();
    console.log('nodes:', counts.nodes.map((c) => `${c.name} ${c.count}`).join(', '));
    console.log('relationships:', counts.relationships.map((c) => `${c.name} ${c.count}`).join(', '));
    return 0;
  } finally {
    await database.close();
  }
}

runCli('seed', () => main(process.argv.slice(2)));
