import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Crime, CrimeLink } from './crime.type';
import { Measure, MeasureLink } from './measure.type';

/** One of the three pillars of the responsibility to protect. */
@ObjectType({ implements: Node, description: 'One of the three pillars of the responsibility to protect.' })
export class Pillar extends Node {
  @Field(() => Int)
  number: number;

  @Field(() => String)
  title: string;

  @Field(() => String)
  wording: string;

  @Field(() => [MeasureLink], { description: 'The measures under this pillar.' })
  measures(@Ctx() ctx: Context): Promise<LinkTo<Measure>[]> {
    return related(ctx, this.id, [RelationshipType.BELONGS_TO], Direction.IN, NodeKind.Measure);
  }

  @Field(() => [CrimeLink], { description: 'The crimes it names.' })
  crimes(@Ctx() ctx: Context): Promise<LinkTo<Crime>[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.OUT, NodeKind.Crime);
  }

  @Field(() => [Relation], { description: 'Reports, resolutions and documents that address it.' })
  addressedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.IN, null);
  }
}

/** A relationship leading to a Pillar. */
export const PillarLink = LinkOf(() => Pillar, 'Pillar');
