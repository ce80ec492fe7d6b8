import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, RelationshipType } from './kinds';
import { LinkOf, related } from './link.type';
import { Node, Relation } from './node.type';

/** A country or situation that documents concern. */
@ObjectType({ implements: Node, description: 'A country or situation that documents concern.' })
export class Country extends Node {
  @Field(() => String)
  name: string;

  @Field(() => [Relation], { description: 'What concerns it.' })
  concernedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CONCERNS], Direction.IN, null);
  }

  @Field(() => [Relation], { description: 'Posts of it and dialogues it spoke at.' })
  parts(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.PART_OF, RelationshipType.SPOKE_AT], Direction.BOTH, null);
  }
}

/** A relationship leading to a Country. */
export const CountryLink = LinkOf(() => Country, 'Country');
