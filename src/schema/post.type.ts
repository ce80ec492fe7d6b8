import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Measure, MeasureLink } from './measure.type';
import { Office, OfficeLink } from './office.type';
import { Person, PersonLink } from './person.type';

/** A post a person holds, such as Special Adviser on the Prevention of Genocide. */
@ObjectType({ implements: Node, description: 'A post a person holds, such as Special Adviser on the Prevention of Genocide.' })
export class Post extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  level?: string | null;

  @Field(() => [PersonLink], { description: 'Who held it, with their terms.' })
  holders(@Ctx() ctx: Context): Promise<LinkTo<Person>[]> {
    return related(ctx, this.id, [RelationshipType.HELD], Direction.IN, NodeKind.Person);
  }

  @Field(() => [Relation], { description: 'The organ, office or country it belongs to.' })
  partOf(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.PART_OF], Direction.OUT, null);
  }

  @Field(() => [OfficeLink], { description: 'Offices it heads.' })
  heads(@Ctx() ctx: Context): Promise<LinkTo<Office>[]> {
    return related(ctx, this.id, [RelationshipType.HEADED_BY], Direction.IN, NodeKind.Office);
  }

  @Field(() => [MeasureLink], { description: 'Measures that involve it.' })
  measures(@Ctx() ctx: Context): Promise<LinkTo<Measure>[]> {
    return related(ctx, this.id, [RelationshipType.INVOLVES], Direction.IN, NodeKind.Measure);
  }
}

/** A relationship leading to a Post. */
export const PostLink = LinkOf(() => Post, 'Post');
