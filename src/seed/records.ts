import { NodeKind, RelationshipType } from '../schema/kinds';

/** A source as stored: the same shape as the GraphQL `Source`. */
export interface SourceRecord {
  document: string;
  title?: string;
  url?: string;
  passage: string;
}

/** A node that passed validation, ready to be written. */
export interface NodeRecord {
  kind: NodeKind;
  id: string;
  properties: Record<string, unknown>;
  sources: SourceRecord[];
}

/** A relationship that passed validation, ready to be written. */
export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
  sources: SourceRecord[];
}

/** An audit-trail entry that passed validation, as stored: `before` and `after` as JSON text. */
export interface ChangeRecord {
  id: string;
  at: string;
  seq: number;
  actor: string;
  operation: string;
  action: string;
  target: string;
  targetKind: string;
  before: string | null;
  after: string | null;
}

/** One reason a record cannot be loaded: where it is, which record, which field, and why. */
export interface Problem {
  file: string;
  record: string;
  field: string;
  reason: string;
}

/** The stable id of a relationship: endpoints and type, and a key where two share them. */
export function relationshipId(type: RelationshipType, from: string, to: string, key?: string): string {
  return `${from}|${type}|${to}${key ? `#${key}` : ''}`;
}
