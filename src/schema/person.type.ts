import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node } from './node.type';
import { Dialogue, DialogueLink } from './dialogue.type';
import { Document, DocumentLink } from './document.type';
import { Post, PostLink } from './post.type';
import { Report, ReportLink } from './report.type';

/** A person: a Secretary-General, a Special Adviser, a panelist, a speaker. */
@ObjectType({ implements: Node, description: 'A person: a Secretary-General, a Special Adviser, a panelist, a speaker.' })
export class Person extends Node {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [PostLink], { description: 'The posts held, with their terms.' })
  posts(@Ctx() ctx: Context): Promise<LinkTo<Post>[]> {
    return related(ctx, this.id, [RelationshipType.HELD], Direction.OUT, NodeKind.Post);
  }

  @Field(() => [DialogueLink], { description: 'Dialogues spoken at or sat on the panel of.' })
  dialogues(@Ctx() ctx: Context): Promise<LinkTo<Dialogue>[]> {
    return related(ctx, this.id, [RelationshipType.SPOKE_AT, RelationshipType.PANELIST_AT], Direction.OUT, NodeKind.Dialogue);
  }

  @Field(() => [ReportLink], { description: 'Reports issued.' })
  reports(@Ctx() ctx: Context): Promise<LinkTo<Report>[]> {
    return related(ctx, this.id, [RelationshipType.ISSUED_BY], Direction.IN, NodeKind.Report);
  }

  @Field(() => [PersonLink], { description: 'Whom this person succeeded, and in which post.' })
  predecessors(@Ctx() ctx: Context): Promise<LinkTo<Person>[]> {
    return related(ctx, this.id, [RelationshipType.SUCCEEDED], Direction.OUT, NodeKind.Person);
  }

  @Field(() => [PersonLink], { description: 'Who succeeded this person, and in which post.' })
  successors(@Ctx() ctx: Context): Promise<LinkTo<Person>[]> {
    return related(ctx, this.id, [RelationshipType.SUCCEEDED], Direction.IN, NodeKind.Person);
  }

  @Field(() => [DocumentLink], { description: 'Documents that show or were made by this person.' })
  documents(@Ctx() ctx: Context): Promise<LinkTo<Document>[]> {
    return related(ctx, this.id, [RelationshipType.FEATURES, RelationshipType.CREATED_BY], Direction.IN, NodeKind.Document);
  }
}

/** A relationship leading to a Person. */
export const PersonLink = LinkOf(() => Person, 'Person');
