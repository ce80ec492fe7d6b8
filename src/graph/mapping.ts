import { isNodeKind, kindSpec, NodeKind } from '../model';

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
