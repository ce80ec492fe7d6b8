import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, RelationshipType } from './kinds';
import { LinkOf, related } from './link.type';
import { Node, Relation } from './node.type';

/** An atrocity crime, or their incitement. */
@ObjectType({ implements: Node, description: 'An atrocity crime, or their incitement.' })
export class Crime extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Relation], { description: 'What addresses it.' })
  addressedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.IN, null);
  }
}

/** A relationship leading to a Crime. */
export const CrimeLink = LinkOf(() => Crime, 'Crime');
