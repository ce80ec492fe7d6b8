import { Ctx, Field, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Report, ReportLink } from './report.type';

/** Any other document: a letter, the Framework of Analysis, a web page, a summary, a video, a photo. */
@ObjectType({ implements: Node, description: 'Any other document: a letter, the Framework of Analysis, a web page, a summary, a video, a photo.' })
export class Document extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'letter, web-page, summary, framework, video, photo, press-release, statement, publication, report or meeting-record.' })
  documentType: string;

  @Field(() => String, { nullable: true })
  date?: string | null;

  @Field(() => [String], { nullable: true })
  symbols?: string[] | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [Relation], { description: 'Who issued, published or created it.' })
  authors(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ISSUED_BY, RelationshipType.PUBLISHED_BY, RelationshipType.CREATED_BY], Direction.OUT, null);
  }

  @Field(() => [ReportLink], { description: 'The report it summarises.' })
  summarises(@Ctx() ctx: Context): Promise<LinkTo<Report>[]> {
    return related(ctx, this.id, [RelationshipType.SUMMARISES], Direction.OUT, NodeKind.Report);
  }

  @Field(() => [Relation], { description: 'Who or what it shows.' })
  features(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.FEATURES], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'What it cites.' })
  cites(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CITES, RelationshipType.BUILDS_ON], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'What cites it.' })
  citedBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.CITES, RelationshipType.BUILDS_ON], Direction.IN, null);
  }

  @Field(() => [Relation], { description: 'Pillars, crimes or concepts it addresses.' })
  addresses(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.OUT, null);
  }
}

/** A relationship leading to a Document. */
export const DocumentLink = LinkOf(() => Document, 'Document');
