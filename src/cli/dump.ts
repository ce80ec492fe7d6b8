import path from 'node:path';
import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../database';
import { DumpRepository } from '../graph/dump.repository';
import { CypherRunner } from '../graph/cypher-runner';
import { PROJECT_ROOT } from '../paths';
import { dumpFiles, writeDump } from '../seed/dump';
import { runCli } from './run';

const USAGE = 'usage: npm run dump [-- --dir <folder>] [-- --replace]';

/** `npm run dump`: writes the whole graph and its audit trail in the seed/ format (default folder: dump/). */
async function main(argv: string[]): Promise<number> {
  let dir = path.join(PROJECT_ROOT, 'dump');
  let replace = false;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--dir' && argv[i + 1]) dir = path.resolve(argv[++i]);
    else if (argv[i] === '--replace') replace = true;
    else {
      console.error(USAGE);
      return 2;
    }
  }
  const config = loadConfig();
  const database = await openDatabase(config, (line) => console.log(line));
  try {
    const graph = new CypherRunner(database.driver, config.neo4j.database, config.queryTimeoutMs);
    const snapshot = await new DumpRepository(graph).snapshot();
    writeDump(dir, dumpFiles(snapshot), replace);
    console.log(
      `dumped ${snapshot.nodes.length} nodes, ${snapshot.relationships.length} relationships and ${snapshot.changes.length} changes ` +
        `to ${path.relative(process.cwd(), dir) || '.'}; check it with npm run seed -- --check --dir ${path.relative(process.cwd(), dir) || '.'}`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCli('dump', () => main(process.argv.slice(2)));
