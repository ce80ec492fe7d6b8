import type { ExportGraphShape } from '../graph/export.repository';
import type { GraphEdgeShape, GraphNodeShape } from '../graph/graph.repository';

/** A value as a flat attribute: scalars as they are, lists and maps as JSON text (what XML attributes can hold). */
export type FlatValue = string | number | boolean;

/** One value for a flat attribute; null and undefined are left out. */
export function flatValue(value: unknown): FlatValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  return JSON.stringify(value);
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
