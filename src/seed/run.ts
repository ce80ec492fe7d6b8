import { CypherRunner } from '../graph/cypher-runner';
import { SeedRepository } from '../graph/seed.repository';
import { readSeedDir } from './read';
import { Problem } from './records';
import { validateSeed } from './validate';

export interface SeedOptions {
  dir: string;
  /** Validate only; write nothing. */
  check?: boolean;
  /** Skip the write when the graph already holds these exact files. */
  onlyIfChanged?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedOutcome {
  problems: Problem[];
  nodes: number;
  relationships: number;
  written: boolean;
  counters: Record<string, number>;
}

/**
 * Reads, validates and (unless checking) loads `seed/`. Any problem anywhere means nothing is written.
 */
export async function runSeed(graph: CypherRunner | null, options: SeedOptions): Promise<SeedOutcome> {
  const seedSet = readSeedDir(options.dir);
  const validated = validateSeed(seedSet.files);
  const problems = [...seedSet.problems, ...validated.problems];
  const outcome: SeedOutcome = {
    problems,
    nodes: validated.nodes.length,
    relationships: validated.relationships.length,
    written: false,
    counters: {},
  };
  if (problems.length > 0 || options.check || graph === null) return outcome;

  const repository = new SeedRepository(graph);
  await repository.applySchema();
  if (options.onlyIfChanged && (await repository.state())?.hash === seedSet.hash) return outcome;
  outcome.counters = await repository.load(validated, seedSet.hash, options.onProgress);
  outcome.written = true;
  return outcome;
}

/** One line per problem, as the CLI prints them. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.record}: ${problem.field}: ${problem.reason}`;
}

