import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
// Files of several statements, applied one statement at a time.
const SCRIPTS = new Set(['schema']);

/** The names (`node/read-nodes`) of every `.cypher` file under `dir`, in path order. */
function names(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return names(dir, relative);
      return entry.isFile() && entry.name.endsWith('.cypher') ? [relative.slice(0, -'.cypher'.length)] : [];
    })
    .sort();
}

/**
 * What is wrong with a static query file, if anything: every file opens with a comment saying what it does
 * (and its parameters and result), and holds exactly one statement unless it is a script such as the schema.
 */
export function cypherFileProblems(name: string, text: string): string[] {
  const problems: string[] = [];
  if (!text.startsWith('//')) problems.push(`cypher/${name}.cypher: must open with a // comment saying what it does`);
  const body = text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .trim();
  if (body === '') problems.push(`cypher/${name}.cypher: holds no statement`);
  if (!SCRIPTS.has(name) && body.replace(/;\s*$/, '').includes(';')) problems.push(`cypher/${name}.cypher: holds more than one statement`);
  return problems;
}

let loaded: ReadonlyMap<string, string> | null = null;

/** Every static query, read and checked once, at the first use: a broken file stops the process at start-up. */
export function cypherFiles(): ReadonlyMap<string, string> {
  if (loaded === null) {
    const files = new Map(names(CYPHER_DIR).map((name) => [name, fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')]));
    const problems = [...files].flatMap(([name, text]) => cypherFileProblems(name, text));
    if (problems.length > 0) throw new Error(`Broken Cypher files:\n${problems.join('\n')}`);
    loaded = files;
  }
  return loaded;
}

/**
 * The text of a static query in `cypher/`, e.g. `cypher('node/read-nodes')`. Modules take their queries at load
 * time, so a misspelt name fails when the process starts (and in the unit tests), not at request time.
 */
export function cypher(name: string): string {
  const text = cypherFiles().get(name);
  if (text === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return text;
}
