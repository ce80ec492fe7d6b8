import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Direction, NodeKind, RelationshipType } from './kinds';
import { IsIsoDate } from './validators';

/** Ascending or descending. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Conditions on an id; all given conditions must hold.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'Exactly this id.' })
  @IsOptional()
  @Length(1, 200)
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these ids.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 200, { each: true })
  in?: string[];
}

@InputType({ description: 'Conditions on a text property; all given conditions must hold. Matching ignores case.' })
export class StringFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 500)
  eq?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(0, 500, { each: true })
  in?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  contains?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  startsWith?: string;
}

@InputType({ description: 'Conditions on a whole-number property.' })
export class IntFilter {
  @Field(() => Int, { nullable: true })
  eq?: number;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  in?: number[];

  @Field(() => Int, { nullable: true })
  gte?: number;

  @Field(() => Int, { nullable: true })
  lte?: number;
}

@InputType({ description: 'Conditions on a yes/no property.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true })
  eq?: boolean;
}

@InputType({
  description:
    'Conditions on an ISO date. Partial dates work as ranges: eq "2012" matches every date in 2012; from "2011-07" and to "2012" include both ends.',
})
export class DateFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  eq?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}

@InputType({ description: 'Conditions on a list of texts, such as symbols.' })
export class ListFilter {
  @Field(() => String, { nullable: true, description: 'The list holds this value.' })
  @IsOptional()
  @Length(1, 200)
  includes?: string;
}

@InputType({
  description:
    'Keeps nodes that have a relationship of this type, in this direction, to a node matching the rest, e.g. reports DISCUSSED_AT (OUT) a Dialogue dated 2012.',
})
export class RelatedFilter {
  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => Direction, { defaultValue: Direction.BOTH })
  direction: Direction;

  @Field(() => NodeKind, { nullable: true, description: 'The kind of the node at the other end.' })
  kind?: NodeKind;

  @Field(() => ID, { nullable: true, description: 'The id of the node at the other end.' })
  @IsOptional()
  @Length(1, 200)
  id?: string;

  @Field(() => DateFilter, { nullable: true, description: "The other node's date (its date, startDate or established)." })
  @IsOptional()
  @ValidateNested()
  @Type(() => DateFilter)
  date?: DateFilter;

  @Field(() => String, { nullable: true, description: "The other node's label contains this text (case ignored)." })
  @IsOptional()
  @Length(1, 200)
  labelContains?: string;
}
