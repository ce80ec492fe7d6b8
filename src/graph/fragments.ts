import { isNodeKind, isRelationshipType, NodeKind, RelationshipType } from '../schema/kinds';

/**
 * The only way a label or relationship type enters Cypher text: checked against the closed enums, then
 * quoted. Values never come here; they travel as parameters.
 */
export function label(kind: NodeKind): string {
  if (!isNodeKind(kind)) throw new Error(`Not a node kind: ${String(kind)}`);
  return `\`${kind}\``;
}

/** A relationship type for Cypher text, checked against the closed enum. */
export function relType(type: RelationshipType): string {
  if (!isRelationshipType(type)) throw new Error(`Not a relationship type: ${String(type)}`);
  return `\`${type}\``;
}

/** A `|`-joined alternation of relationship types for a pattern, e.g. `:HELD|SUCCEEDED`. */
export function relTypes(types: readonly RelationshipType[]): string {
  return types.map(relType).join('|');
}
