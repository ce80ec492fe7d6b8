import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node } from './node.type';
import { Document, DocumentLink } from './document.type';
import { Measure, MeasureLink } from './measure.type';
import { Post, PostLink } from './post.type';

/** An office, such as the Office on Genocide Prevention and the Responsibility to Protect. */
@ObjectType({ implements: Node, description: 'An office, such as the Office on Genocide Prevention and the Responsibility to Protect.' })
export class Office extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  acronym?: string | null;

  @Field(() => String, { nullable: true })
  established?: string | null;

  @Field(() => [OfficeLink], { description: 'The office it merged into.' })
  mergedInto(@Ctx() ctx: Context): Promise<LinkTo<Office>[]> {
    return related(ctx, this.id, [RelationshipType.MERGED_INTO], Direction.OUT, NodeKind.Office);
  }

  @Field(() => [OfficeLink], { description: 'Offices merged into it.' })
  mergedFrom(@Ctx() ctx: Context): Promise<LinkTo<Office>[]> {
    return related(ctx, this.id, [RelationshipType.MERGED_INTO], Direction.IN, NodeKind.Office);
  }

  @Field(() => [PostLink], { description: 'The post that heads it.' })
  headedBy(@Ctx() ctx: Context): Promise<LinkTo<Post>[]> {
    return related(ctx, this.id, [RelationshipType.HEADED_BY], Direction.OUT, NodeKind.Post);
  }

  @Field(() => [PostLink], { description: 'Posts within it.' })
  posts(@Ctx() ctx: Context): Promise<LinkTo<Post>[]> {
    return related(ctx, this.id, [RelationshipType.PART_OF], Direction.IN, NodeKind.Post);
  }

  @Field(() => [DocumentLink], { description: 'Documents it published.' })
  documents(@Ctx() ctx: Context): Promise<LinkTo<Document>[]> {
    return related(ctx, this.id, [RelationshipType.PUBLISHED_BY, RelationshipType.ISSUED_BY], Direction.IN, NodeKind.Document);
  }

  @Field(() => [MeasureLink], { description: 'Measures that involve it.' })
  measures(@Ctx() ctx: Context): Promise<LinkTo<Measure>[]> {
    return related(ctx, this.id, [RelationshipType.INVOLVES], Direction.IN, NodeKind.Measure);
  }
}

/** A relationship leading to a Office. */
export const OfficeLink = LinkOf(() => Office, 'Office');
