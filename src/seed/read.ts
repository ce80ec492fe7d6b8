import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { Problem } from './records';
import { SeedFile } from './validate';

/** The seed files of a folder, parsed, with a hash of their bytes that tells whether the graph is current. */
export interface SeedSet {
  files: SeedFile[];
  hash: string;
  problems: Problem[];
}

/** The `*.yaml` files under `dir`, in every subfolder, as `/`-separated paths relative to it, in path order. */
function yamlFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return yamlFiles(dir, relative);
      return entry.isFile() && /\.ya?ml$/.test(entry.name) ? [relative] : [];
    });
}

/**
 * Reads every `*.yaml` file under `dir` (subfolders too), in path order, each named by its path relative to
 * `dir`; YAML syntax errors become problems, not exceptions.
 */
export function readSeedDir(dir: string): SeedSet {
  const hash = crypto.createHash('sha256');
  const files: SeedFile[] = [];
  const problems: Problem[] = [];
  const names = yamlFiles(dir).sort();
  for (const name of names) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    hash.update(name).update('\0').update(text);
    const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({ file: name, record: '-', field: '-', reason: `YAML: ${error.message.split('\n')[0]}` });
      }
      continue;
    }
    files.push({ file: name, content: doc.toJS() });
  }
  return { files, hash: hash.digest('hex'), problems };
}
