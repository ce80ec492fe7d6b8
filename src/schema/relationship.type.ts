import { ClassType, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { Relationship, RelationshipBase } from './node.type';

/** A relationship with the node at its other end typed as `T`. */
export type RelationshipTo<T> = Omit<Relationship, 'node'> & { node: T };

const typed = new Map<NodeKind, ClassType>();

/**
 * The item type of a field typed to one kind: the relationship and the node at its other end, typed by that
 * kind (`DialogueRelationship.node` is a `Dialogue`). Made once per kind, and only for kinds a field leads to.
 */
export function relationshipTo(kind: NodeKind, nodeType: () => ClassType): ClassType {
  let made = typed.get(kind);
  if (made === undefined) {
    @ObjectType(`${kind}Relationship`, { simpleResolvers: true, description: `A relationship leading to a ${kind}, with that ${kind}.` })
    class TypedRelationship extends RelationshipBase {
      @Field(() => nodeType())
      node: object;
    }
    Object.defineProperty(TypedRelationship, 'name', { value: `${kind}Relationship` });
    made = TypedRelationship;
    typed.set(kind, made);
  }
  return made;
}

/**
 * The relationships of node `id` of the given types and direction, leading to nodes of `kind` (any kind when
 * null). Goes through the request's batching loader: one Neo4j round trip per nesting level, not per row.
 */
export function related<T = Relationship>(
  ctx: Context,
  id: string,
  types: readonly RelationshipType[] | null,
  direction: Direction,
  kind: NodeKind | null,
): Promise<T[]> {
  return ctx.loaders.relationships.load({ id, types, direction, kind }) as unknown as Promise<T[]>;
}
