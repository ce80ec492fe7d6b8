import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Document, DocumentLink } from './document.type';
import { Person, PersonLink } from './person.type';
import { Report, ReportLink } from './report.type';

/** A General Assembly dialogue or debate on the responsibility to protect. */
@ObjectType({ implements: Node, description: 'A General Assembly dialogue or debate on the responsibility to protect.' })
export class Dialogue extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'informal-interactive-dialogue, plenary-debate, informal-thematic-dialogue or informal-meeting.' })
  format: string;

  @Field(() => String, { description: 'Its first day (ISO).' })
  startDate: string;

  @Field(() => String, { nullable: true })
  endDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Every day it met.' })
  meetingDates?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Member States that spoke, as published.' })
  memberStateSpeakers?: number | null;

  @Field(() => Int, { nullable: true, description: 'Other speakers, as published.' })
  otherSpeakers?: number | null;

  @Field(() => Int, { nullable: true, description: 'All speakers, as published.' })
  totalSpeakers?: number | null;

  @Field(() => String, { nullable: true, description: 'The speaker count in the words of its source.' })
  speakersNote?: string | null;

  @Field(() => String, { nullable: true })
  session?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [ReportLink], { description: 'The reports presented or discussed there.' })
  reports(@Ctx() ctx: Context): Promise<LinkTo<Report>[]> {
    return related(ctx, this.id, [RelationshipType.PRESENTED_AT, RelationshipType.DISCUSSED_AT], Direction.IN, NodeKind.Report);
  }

  @Field(() => [Relation], { description: 'People, organs, organisations and countries that spoke.' })
  speakers(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.SPOKE_AT], Direction.IN, null);
  }

  @Field(() => [PersonLink], { description: 'Its panelists.' })
  panelists(@Ctx() ctx: Context): Promise<LinkTo<Person>[]> {
    return related(ctx, this.id, [RelationshipType.PANELIST_AT], Direction.IN, NodeKind.Person);
  }

  @Field(() => [Relation], { description: 'Who convened it.' })
  convenedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CONVENED_BY], Direction.OUT, null);
  }

  @Field(() => [DocumentLink], { description: 'Photos, videos and documents that show it.' })
  documents(@Ctx() ctx: Context): Promise<LinkTo<Document>[]> {
    return related(ctx, this.id, [RelationshipType.FEATURES], Direction.IN, NodeKind.Document);
  }
}

/** A relationship leading to a Dialogue. */
export const DialogueLink = LinkOf(() => Dialogue, 'Dialogue');
