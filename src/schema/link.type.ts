import { ClassType, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { Relation, RelationBase } from './node.type';

/** A relationship with the node at its other end typed as `T`. */
export type LinkTo<T> = Omit<Relation, 'node'> & { node: T };

/**
 * A typed relationship field's item: the relationship and the node at its other end, typed by its kind
 * (`DialogueLink.node` is a `Dialogue`). One class per target kind; the thunk lets kinds refer to each other.
 */
export function LinkOf<T extends object>(nodeType: () => ClassType<T>, kindName: string) {
  @ObjectType(`${kindName}Link`, { description: `A relationship leading to a ${kindName}, with that ${kindName}.` })
  class Link extends RelationBase {
    @Field(() => nodeType())
    node: T;
  }
  return Link;
}

/**
 * The relationships of node `id` of the given types and direction, leading to nodes of `kind` (any kind when
 * null). Goes through the request's batching loader: one Neo4j round trip per nesting level, not per row.
 */
export function related<T = Relation>(
  ctx: Context,
  id: string,
  types: RelationshipType[] | null,
  direction: Direction,
  kind: NodeKind | null,
): Promise<T[]> {
  return ctx.loaders.relations.load({ id, types, direction, kind }) as unknown as Promise<T[]>;
}
