import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Pillar, PillarLink } from './pillar.type';

/** A recommendation or tool listed under a pillar, the way forward, or early warning. */
@ObjectType({ implements: Node, description: 'A recommendation or tool listed under a pillar, the way forward, or early warning.' })
export class Measure extends Node {
  @Field(() => String)
  text: string;

  @Field(() => String, { description: 'recommendation, form-of-assistance, proposed-action, way-forward or early-warning.' })
  category: string;

  @Field(() => Int, { nullable: true, description: 'Its place in the list it comes from.' })
  ordinal?: number | null;

  @Field(() => [PillarLink], { description: 'The pillar it belongs to.' })
  pillars(@Ctx() ctx: Context): Promise<LinkTo<Pillar>[]> {
    return related(ctx, this.id, [RelationshipType.BELONGS_TO], Direction.OUT, NodeKind.Pillar);
  }

  @Field(() => [Relation], { description: 'The organs, organisations, posts and instruments it involves.' })
  actors(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.INVOLVES], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'The documents that propose it.' })
  proposedIn(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.PROPOSED_IN], Direction.OUT, null);
  }
}

/** A relationship leading to a Measure. */
export const MeasureLink = LinkOf(() => Measure, 'Measure');
