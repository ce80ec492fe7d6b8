import { isNodeKind, isRelationshipType, NodeKind, RelationshipType } from '../model';

/**
 * The only way a label or relationship type enters Cypher text: checked against the closed enums, then
 * quoted. Values never come here; they travel as parameters.
 */
export function label(kind: NodeKind): string {
  if (!isNodeKind(kind)) throw new Error(`Not a node kind: ${String(kind)}`);
  return `\`${kind}\``;
}

/** Relationship types joined for a pattern (`A|B`), each from the closed enum. */
export function relTypes(types: readonly RelationshipType[]): string {
  return types.map(relType).join('|');
}

/** A relationship type for Cypher text, checked against the closed enum. */
export function relType(type: RelationshipType): string {
  if (!isRelationshipType(type)) throw new Error(`Not a relationship type: ${String(type)}`);
  return `\`${type}\``;
}

/** `template` with `placeholder` replaced by `value` in its statement, its header comment left as written. */
export function fill(template: string, placeholder: string, value: string): string {
  return template
    .split('\n')
    .map((line) => (line.trimStart().startsWith('//') ? line : line.replaceAll(placeholder, value)))
    .join('\n');
}

/** A static query written for any kind (its label spelt `` `$KIND` ``), for the nodes of `kind`. */
export function forKind(template: string, kind: NodeKind): string {
  return fill(template, '`$KIND`', label(kind));
}

/** A static query written for any relationship type (spelt `` `$TYPE` ``), for relationships of `type`. */
export function forType(template: string, type: RelationshipType): string {
  return fill(template, '`$TYPE`', relType(type));
}
