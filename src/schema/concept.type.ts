import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, RelationshipType } from './kinds';
import { LinkOf, related } from './link.type';
import { Node, Relation } from './node.type';

/** A concept such as sovereignty as responsibility. */
@ObjectType({ implements: Node, description: 'A concept such as sovereignty as responsibility.' })
export class Concept extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  definition?: string | null;

  @Field(() => [Relation], { description: 'Where it is enshrined.' })
  enshrinedIn(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ENSHRINED_IN], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'What addresses it.' })
  addressedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.IN, null);
  }
}

/** A relationship leading to a Concept. */
export const ConceptLink = LinkOf(() => Concept, 'Concept');
