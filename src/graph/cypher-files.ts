import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths';
const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The text of a static query in `cypher/`, e.g. `cypher('node/find-node')`; read once per process. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
