import { ClassType, Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { kindSpec, NODE_KINDS, NodeKind, propertiesOf, relationshipFieldsOf } from '../model';
import { objectFieldOf } from './fields';
import { Direction } from './kinds';
import { Node, Relationship } from './node.type';
import { related, relationshipTo } from './relationship.type';

/**
 * The GraphQL object type of one node kind, built from the model at start-up: a field per property, and a
 * field per typed relationship field, resolved through the request's batching loader.
 */
function objectTypeOf(kind: NodeKind): ClassType<Node> {
  const spec = kindSpec(kind);
  const KindType = class extends Node {};
  Object.defineProperty(KindType, 'name', { value: kind });
  for (const [name, property] of Object.entries(propertiesOf(kind))) objectFieldOf(property)(KindType.prototype, name);
  for (const field of relationshipFieldsOf(kind)) {
    const { typedKind, types, direction } = field;
    const itemType = typedKind ? relationshipTo(typedKind, () => OBJECT_TYPE[typedKind]) : Relationship;
    Object.defineProperty(KindType.prototype, field.field, {
      value: function resolve(this: Node, ctx: Context) {
        return related(ctx, this.id, types, direction as Direction, typedKind);
      },
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(KindType.prototype, field.field)!;
    Ctx()(KindType.prototype, field.field, 0);
    Field(() => [itemType], { description: field.description })(KindType.prototype, field.field, descriptor);
  }
  ObjectType(kind, { implements: Node, simpleResolvers: true, description: spec.description })(KindType);
  return KindType as unknown as ClassType<Node>;
}

/** The GraphQL object type of each node kind: what a list or a mutation of that kind returns. */
export const OBJECT_TYPE = {} as Record<NodeKind, ClassType<Node>>;
for (const kind of NODE_KINDS) OBJECT_TYPE[kind] = objectTypeOf(kind);
