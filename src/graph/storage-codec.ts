import neo4j from 'neo4j-driver';
import { isIntegerProperty, isNodeKind, kindSpec, NodeKind } from '../model';
import { symbolKeys } from '../schema/ids';
import type { SourceInput } from '../schema/source.input';
import type { ChangeRecord, NodeRecord, RelationshipRecord, SourceRecord } from '../seed/records';

// How records are stored in Neo4j and read back, in one place: the seed loader, the curation API and every
// read use these.


/**
 * Properties that exist for storage and indexing only, never shown as the node's own. Queries project
 * `sourceText: null` so that the passages, already in `sources`, do not cross the wire twice.
 */
const STORAGE_ONLY = new Set(['sources', 'sourceText', 'symbolKeys']);

export interface SourceShape {
  document: string;
  title?: string | null;
  url?: string | null;
  passage?: string | null;
}

/** A node as the API shows it: its own properties plus id, kind, label and parsed sources. */
export interface NodeShape {
  id: string;
  kind: NodeKind;
  label: string;
  sources: SourceShape[];
  [property: string]: unknown;
}

/** Parses sources stored as one JSON string each. */
export function parseSources(stored: unknown): SourceShape[] {
  if (!Array.isArray(stored)) return [];
  return stored.map((item) => JSON.parse(String(item)) as SourceShape);
}

/** The properties of a node or relationship without storage-only ones. */
export function ownProperties(stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !STORAGE_ONLY.has(key)));
}

/** Turns a node projected as `n { .*, kind }` into the shape the schema types resolve from. */
export function toNode(stored: Record<string, unknown>): NodeShape {
  const kind = stored.kind;
  if (!isNodeKind(kind)) throw new Error(`Node ${String(stored.id)} has no known kind`);
  const properties = ownProperties(stored);
  const label = String(properties[kindSpec(kind).labelProperty] ?? properties.id);
  return { ...properties, id: String(stored.id), kind, label, sources: parseSources(stored.sources) };
}

/** How sources are stored on a node or relationship: one JSON string each, plus their passages for the full-text index. */
export function storedSources(sources: SourceRecord[]): { sources: string[]; sourceText: string } {
  return {
    sources: sources.map((source) => JSON.stringify(source)),
    sourceText: sources.map((source) => source.passage).join('\n'),
  };
}

/** Properties as stored: whole numbers as Neo4j integers rather than floats. `kind` is null for a relationship. */
function storedProperties(kind: NodeKind | null, properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [key, isIntegerProperty(kind, key) && typeof value === 'number' ? neo4j.int(value) : value]),
  );
}

/** Every property a node is stored with: its own, its id, its sources and, for documents, its symbol keys. */
export function storedNode(node: NodeRecord): Record<string, unknown> {
  const properties: Record<string, unknown> = { ...storedProperties(node.kind, node.properties), id: node.id, ...storedSources(node.sources) };
  if (Array.isArray(node.properties.symbols)) properties.symbolKeys = symbolKeys(node.properties.symbols as string[]);
  return properties;
}

/** An audit-trail entry as stored: its order within its transaction an integer, absent states left out. */
export function storedChange(change: ChangeRecord): Record<string, unknown> {
  const { before, after, ...rest } = change;
  return { ...rest, seq: neo4j.int(change.seq), ...(before === null ? {} : { before }), ...(after === null ? {} : { after }) };
}

/** Every property a relationship is stored with: its own, its id and its sources. */
export function storedRelationship(rel: RelationshipRecord): Record<string, unknown> {
  return { ...storedProperties(null, rel.properties), id: rel.id, ...storedSources(rel.sources) };
}

/** Sources as stored: a fixed key order, and no empty optional keys, whichever way they were submitted. */
export function sourceRecords(sources: SourceInput[]): SourceRecord[] {
  return sources.map(({ document, title, url, passage }) => ({
    document,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    passage,
  }));
}
