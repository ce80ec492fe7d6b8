import { Ctx, Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../context';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { LinkOf, LinkTo, related } from './link.type';
import { Node, Relation } from './node.type';
import { Country, CountryLink } from './country.type';
import { Organ, OrganLink } from './organ.type';
import { Pillar, PillarLink } from './pillar.type';
import { Report, ReportLink } from './report.type';

/** A General Assembly, Security Council or Human Rights Council resolution. */
@ObjectType({ implements: Node, description: 'A General Assembly, Security Council or Human Rights Council resolution.' })
export class Resolution extends Node {
  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'The date of adoption (ISO).' })
  date: string;

  @Field(() => [String])
  symbols: string[];

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  meeting?: string | null;

  @Field(() => Int, { nullable: true })
  votesFor?: number | null;

  @Field(() => Int, { nullable: true })
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true })
  abstentions?: number | null;

  @Field(() => Boolean, { nullable: true })
  adoptedWithoutVote?: boolean | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [OrganLink], { description: 'The organ that adopted it.' })
  adoptedBy(@Ctx() ctx: Context): Promise<LinkTo<Organ>[]> {
    return related(ctx, this.id, [RelationshipType.ADOPTED_BY], Direction.OUT, NodeKind.Organ);
  }

  @Field(() => [ReportLink], { description: 'Reports it takes note of.' })
  notes(@Ctx() ctx: Context): Promise<LinkTo<Report>[]> {
    return related(ctx, this.id, [RelationshipType.TAKES_NOTE_OF], Direction.OUT, NodeKind.Report);
  }

  @Field(() => [Relation], { description: 'What it builds on or cites.' })
  buildsOn(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.BUILDS_ON, RelationshipType.CITES], Direction.OUT, null);
  }

  @Field(() => [Relation], { description: 'What builds on it or cites it.' })
  builtOnBy(@Ctx() ctx: Context): Promise<Relation[]> {
    return related(ctx, this.id, [RelationshipType.BUILDS_ON, RelationshipType.CITES], Direction.IN, null);
  }

  @Field(() => [CountryLink], { description: 'Countries or situations it concerns.' })
  countries(@Ctx() ctx: Context): Promise<LinkTo<Country>[]> {
    return related(ctx, this.id, [RelationshipType.CONCERNS], Direction.OUT, NodeKind.Country);
  }

  @Field(() => [PillarLink], { description: 'The pillars it addresses.' })
  pillars(@Ctx() ctx: Context): Promise<LinkTo<Pillar>[]> {
    return related(ctx, this.id, [RelationshipType.ADDRESSES], Direction.OUT, NodeKind.Pillar);
  }
}

/** A relationship leading to a Resolution. */
export const ResolutionLink = LinkOf(() => Resolution, 'Resolution');
