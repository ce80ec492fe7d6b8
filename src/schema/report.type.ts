import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Crime, CrimeLink } from './crime.type';
import { Dialogue, DialogueLink } from './dialogue.type';
import { Document, DocumentLink } from './document.type';
import { Measure, MeasureLink } from './measure.type';
import { Person, PersonLink } from './person.type';
import { Pillar, PillarLink } from './pillar.type';
import { Resolution, ResolutionLink } from './resolution.type';

/** A Secretary-General's report on the responsibility to protect. */
@ObjectType({ implements: Node, description: "A Secretary-General's report on the responsibility to protect." })
export class Report extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The date the document bears (ISO).' })
  date: string;

  @Field(() => [String], { description: 'Every symbol of the document; the first is its id.' })
  symbols: string[];

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Int, { nullable: true, description: 'Its place in the series of annual reports (1 = 2009).' })
  ordinal?: number | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [PersonLink], { description: 'Who issued it.' })
  issuedBy(@Ctx() ctx: Context): Promise<LinkTo<Person>[]> {
    return related(ctx, this.id, [RelationshipType.ISSUED_BY], Direction.OUT, NodeKind.Person);
  }

  @Field(() => [DialogueLink], { description: 'The dialogues it was presented at or discussed at.' })
  dialogues(@Ctx() ctx: Context): Promise<LinkTo<Dialogue>[]> {
    return related(ctx, this.id, [RelationshipType.PRESENTED_AT, RelationshipType.DISCUSSED_AT], Direction.OUT, NodeKind.Dialogue);
  }

  @Field(() => [PillarLink], { description: 'The pillars it addresses.' })
  pillars(@Ctx() ctx: Context): Promise<LinkTo<Pillar>[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.OUT, NodeKind.Pillar);
  }

  @Field(() => [CrimeLink], { description: 'The crimes it addresses.' })
  crimes(@Ctx() ctx: Context): Promise<LinkTo<Crime>[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.OUT, NodeKind.Crime);
  }

  @Field(() => [Relation], { description: 'What it cites or builds on.' })
  cites(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CITES, RelationshipType.BUILDS_ON], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'What cites it or builds on it.' })
  citedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CITES, RelationshipType.BUILDS_ON], Direction.IN, null);
  }

  @Field(() => [ResolutionLink], { description: 'Resolutions that take note of it.' })
  notedBy(@Ctx() ctx: Context): Promise<LinkTo<Resolution>[]> {
    return related(ctx, this.id, [RelationshipType.TAKES_NOTE_OF], Direction.IN, NodeKind.Resolution);
  }

  @Field(() => [MeasureLink], { description: 'Measures it proposes.' })
  measures(@Ctx() ctx: Context): Promise<LinkTo<Measure>[]> {
    return related(ctx, this.id, [RelationshipType.PROPOSED_IN], Direction.IN, NodeKind.Measure);
  }

  @Field(() => [DocumentLink], { description: 'Documents that summarise it.' })
  summaries(@Ctx() ctx: Context): Promise<LinkTo<Document>[]> {
    return related(ctx, this.id, [RelationshipType.SUMMARISES], Direction.IN, NodeKind.Document);
  }
}

/** A relationship leading to a Report. */
export const ReportLink = LinkOf(() => Report, 'Report');
