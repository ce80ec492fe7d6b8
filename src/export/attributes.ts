import type { ExportGraphShape } from '../graph/export.repository';
import type { GraphEdgeShape, GraphNodeShape } from '../graph/traversal.repository';

/** A value as a flat attribute: scalars as they are, lists and maps as JSON text (what XML attributes can hold). */
export type FlatValue = string | number | boolean;

// Characters XML 1.0 cannot hold at all, escaped or not: most C0 controls, lone surrogates, U+FFFE and U+FFFF.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text an XML document can hold: every character XML 1.0 forbids becomes U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** One value for a flat attribute, as XML can hold it; null and undefined are left out. */
export function flatValue(value: unknown): FlatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return xmlSafe(typeof value === 'string' ? value : JSON.stringify(value));
}

function flatten(fixed: Record<string, unknown>, properties: Record<string, unknown>): Record<string, FlatValue> {
  const flat: Record<string, FlatValue> = {};
  // The element's id is the element's own identifier in every format, so it is not repeated as an attribute.
  for (const [name, value] of Object.entries({ ...properties, ...fixed })) {
    if (name === 'id') continue;
    const flattened = flatValue(value);
    if (flattened !== undefined) flat[name] = flattened;
  }
  return flat;
}

/** A node's attributes for XML formats: kind, label, its own properties, and its sources as JSON text. */
export function flatNodeAttributes(node: GraphNodeShape): Record<string, FlatValue> {
  return flatten({ kind: node.kind, label: node.label, sources: node.sources }, node.properties);
}

/** A relationship's attributes for XML formats: type, label (the type), its own properties, and its sources as JSON text. */
export function flatEdgeAttributes(edge: GraphEdgeShape): Record<string, FlatValue> {
  return flatten({ type: edge.type, label: edge.type, sources: edge.sources }, edge.properties);
}

/** What an export says about itself: which tool made it and what it holds. */
export interface ExportMeta {
  creator: string;
  description: string;
}

/** A graph to export and what it is. */
export interface ExportInput {
  graph: ExportGraphShape;
  meta: ExportMeta;
}
