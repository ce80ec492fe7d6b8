import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { GraphSnapshot } from '../graph/dump.repository';
import { parseSources } from '../graph/storage-codec';
import { isNodeKind, propertiesOf } from '../model';

/** One file of a dump: its name and the map it holds (`nodes`, `relationships` or `changes`). */
export interface DumpFile {
  file: string;
  content: Record<string, unknown[]>;
}

// Stored only for indexing; the seed loader derives them again.
const DERIVED = new Set(['sourceText', 'symbolKeys']);
const TIMESTAMPS = ['createdAt', 'updatedAt'];
const HEADER = '# Written by `npm run dump` from the graph; `npm run seed -- --dir <this folder>` loads it back.\n';

const fileOf = (kind: string) => `${kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.yaml`;

/** A node as a seed record: id, kind, its properties in the order its kind declares them, timestamps, sources. */
function nodeRecord(kind: string, stored: Record<string, unknown>): Record<string, unknown> {
  const declared = isNodeKind(kind) ? Object.keys(propertiesOf(kind)) : [];
  const rest = Object.keys(stored)
    .filter((key) => !declared.includes(key) && !TIMESTAMPS.includes(key) && !DERIVED.has(key) && key !== 'id' && key !== 'sources')
    .sort();
  const record: Record<string, unknown> = { id: stored.id, kind };
  for (const key of [...declared, ...rest, ...TIMESTAMPS]) if (stored[key] !== undefined) record[key] = stored[key];
  record.sources = parseSources(stored.sources);
  return record;
}

/** A relationship as a seed record: type, ends, the key its id carries, its own properties, timestamps, sources. */
function relationshipRecord(rel: GraphSnapshot['relationships'][number]): Record<string, unknown> {
  const id = String(rel.properties.id);
  const hash = id.indexOf('#');
  const own = Object.fromEntries(
    Object.entries(rel.properties)
      .filter(([key]) => !['id', 'sources', ...TIMESTAMPS].includes(key) && !DERIVED.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const record: Record<string, unknown> = { type: rel.type, from: rel.from, to: rel.to };
  if (hash >= 0) record.key = id.slice(hash + 1);
  if (Object.keys(own).length > 0) record.properties = own;
  for (const key of TIMESTAMPS) if (rel.properties[key] !== undefined) record[key] = rel.properties[key];
  record.sources = parseSources(rel.properties.sources);
  return record;
}

/** An audit entry as a record of `changes.yaml`: the states as maps rather than JSON text. */
function changeRecord(stored: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of ['id', 'at', 'seq', 'actor', 'operation', 'action', 'target', 'targetKind']) record[key] = stored[key];
  for (const key of ['before', 'after']) if (typeof stored[key] === 'string') record[key] = JSON.parse(stored[key] as string);
  return record;
}

/**
 * The seed files of a snapshot: one file per node kind (`report.yaml`, ...), `relationships.yaml` and
 * `changes.yaml`, every list in a stable order (ids, then time) so that two dumps diff line by line.
 */
export function dumpFiles(snapshot: GraphSnapshot): DumpFile[] {
  const byKind = new Map<string, Record<string, unknown>[]>();
  for (const node of snapshot.nodes) byKind.set(node.kind, [...(byKind.get(node.kind) ?? []), nodeRecord(node.kind, node.properties)]);
  const files: DumpFile[] = [...byKind.entries()].map(([kind, nodes]) => ({ file: fileOf(kind), content: { nodes } }));
  if (snapshot.relationships.length > 0) {
    files.push({ file: 'relationships.yaml', content: { relationships: snapshot.relationships.map(relationshipRecord) } });
  }
  if (snapshot.changes.length > 0) files.push({ file: 'changes.yaml', content: { changes: snapshot.changes.map(changeRecord) } });
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/** The YAML text of one dump file: no line folding, so that a changed value is a changed line. */
export function dumpText(file: DumpFile): string {
  return HEADER + YAML.stringify(file.content, { lineWidth: 0, aliasDuplicateObjects: false });
}

/**
 * Writes the files into `dir`. A folder that already holds YAML files is refused unless `replace` is set,
 * which deletes them first, so that a dump never mixes with older files.
 */
export function writeDump(dir: string, files: DumpFile[], replace: boolean): void {
  fs.mkdirSync(dir, { recursive: true });
  const existing = fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  if (existing.length > 0 && !replace) {
    throw new Error(`${dir} already holds ${existing.length} YAML file(s); choose an empty folder or pass --replace`);
  }
  for (const name of existing) fs.rmSync(path.join(dir, name));
  for (const file of files) fs.writeFileSync(path.join(dir, file.file), dumpText(file));
}
