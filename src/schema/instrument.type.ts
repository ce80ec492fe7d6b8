import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, RelationshipType } from './kinds';
import { LinkOf, related } from './link.type';
import { Node, Relation } from './node.type';

/** A legal instrument or a part of one. */
@ObjectType({ implements: Node, description: 'A legal instrument or a part of one.' })
export class Instrument extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  provision?: string | null;

  @Field(() => String, { nullable: true, description: 'The date of adoption (ISO).' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [Relation], { description: 'What cites it, is enshrined in it, or involves it.' })
  citedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CITES, RelationshipType.ENSHRINED_IN, RelationshipType.INVOLVES], Direction.IN, null);
  }
}

/** A relationship leading to a Instrument. */
export const InstrumentLink = LinkOf(() => Instrument, 'Instrument');
