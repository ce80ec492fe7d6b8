import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeKind } from './kinds';
import { Source } from './source.type';

/** How many records of one kind the graph holds from one year. */
@ObjectType({ simpleResolvers: true, description: 'How many records the graph holds from one year.' })
export class YearCount {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  count: number;
}

/** The organ a coverage row is about. */
@ObjectType({ simpleResolvers: true, description: 'The organ whose records a coverage row counts.' })
export class CoverageOrgan {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}

/** A published total, as the coverage query shows it beside the graph's own count. */
@ObjectType({ simpleResolvers: true, description: 'A total someone published of the records, as of a day, with its source.' })
export class PublishedTotalFigure {
  @Field(() => ID, { description: 'The PublishedTotal node that holds it.' })
  id: string;

  @Field(() => Int)
  count: number;

  @Field(() => String, { nullable: true, description: 'Set when the count is a lower bound ("more than", "over").' })
  qualifier: string | null;

  @Field(() => String, { description: 'The day the total was true of (ISO).' })
  asOf: string;

  @Field(() => String, { description: 'What it counts, in the words of its source.' })
  scope: string;

  @Field(() => String, { nullable: true, description: 'Who published it.' })
  publisher: string | null;

  @Field(() => [Source])
  sources: Source[];
}

/** Two published totals that cannot both be right. */
@ObjectType({ simpleResolvers: true, description: 'Two published totals of the same records that cannot both be right, and why.' })
export class TotalDisagreement {
  @Field(() => PublishedTotalFigure)
  earlier: PublishedTotalFigure;

  @Field(() => PublishedTotalFigure)
  later: PublishedTotalFigure;

  @Field(() => String)
  reason: string;
}

/** What the graph holds of one organ's records of one kind, beside what others have counted. */
@ObjectType({ simpleResolvers: true, description: "What the graph holds of one organ's records of one kind, by year, beside every published total." })
export class Coverage {
  @Field(() => CoverageOrgan)
  organ: CoverageOrgan;

  @Field(() => NodeKind)
  kind: NodeKind;

  @Field(() => Int, { description: 'How many the graph holds.' })
  held: number;

  @Field(() => [YearCount], { description: 'How many the graph holds from each year, oldest first.' })
  byYear: YearCount[];

  @Field(() => [PublishedTotalFigure], { description: 'Every published total of these records, oldest first.' })
  publishedTotals: PublishedTotalFigure[];

  @Field(() => PublishedTotalFigure, { nullable: true, description: 'The most recent published total; null when there is none.' })
  latestTotal: PublishedTotalFigure | null;

  @Field(() => Int, { nullable: true, description: 'How many the most recent total counts beyond what the graph holds (never below 0); null without a total.' })
  missing: number | null;

  @Field(() => [TotalDisagreement], { description: 'Published totals that contradict each other.' })
  disagreements: TotalDisagreement[];
}
