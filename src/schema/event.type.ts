import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, RelationshipType } from './kinds';
import { LinkOf, related } from './link.type';
import { Node, Relation } from './node.type';

/** An event such as the 2005 World Summit. */
@ObjectType({ implements: Node, description: 'An event such as the 2005 World Summit.' })
export class Event extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String)
  date: string;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => [Relation], { description: 'What is part of it or shows it.' })
  related(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.PART_OF, RelationshipType.FEATURES], Direction.IN, null);
  }
}

/** A relationship leading to a Event. */
export const EventLink = LinkOf(() => Event, 'Event');
