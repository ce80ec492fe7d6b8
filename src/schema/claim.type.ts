import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, RelationshipType } from './kinds';
import { LinkOf, related } from './link.type';
import { Node, Relation } from './node.type';

/** One source's claim about a property of a node, kept where sources disagree. */
@ObjectType({ implements: Node, description: "One source's claim about a property of a node, kept where sources disagree." })
export class Claim extends Node {
  @Field(() => String, { description: 'The id of the node the claim is about.' })
  subject: string;

  @Field(() => String)
  property: string;

  @Field(() => String)
  value: string;

  @Field(() => Boolean)
  preferred: boolean;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => [Relation], { description: 'The node the claim is about.' })
  about(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ABOUT], Direction.OUT, null);
  }
}

/** A relationship leading to a Claim. */
export const ClaimLink = LinkOf(() => Claim, 'Claim');
