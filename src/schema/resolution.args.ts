import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { BooleanFilter, DateFilter, IdFilter, IntFilter, ListFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Resolution properties a list can be sorted by. */
export enum ResolutionSortField {
  id = 'id',
  title = 'title',
  date = 'date',
  meeting = 'meeting',
  votesFor = 'votesFor',
  votesAgainst = 'votesAgainst',
  abstentions = 'abstentions',
}
registerEnumType(ResolutionSortField, { name: 'ResolutionSortField' });

/** Conditions on Resolution nodes; all given conditions must hold. */
@InputType()
export class ResolutionFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  title?: StringFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  date?: DateFilter;

  @Field(() => ListFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ListFilter)
  symbols?: ListFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  url?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  meeting?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  votesFor?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  votesAgainst?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  abstentions?: IntFilter;

  @Field(() => BooleanFilter, { nullable: true })
  @ValidateNested()
  @Type(() => BooleanFilter)
  adoptedWithoutVote?: BooleanFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  summary?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class ResolutionOrder {
  @Field(() => ResolutionSortField)
  field: ResolutionSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `resolutions` list: filter, order and a cursor page. */
@ArgsType()
export class ResolutionListArgs extends ListArgs {
  @Field(() => ResolutionFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ResolutionFilter)
  filter?: ResolutionFilter;

  @Field(() => ResolutionOrder, { nullable: true, description: 'Defaults to date ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => ResolutionOrder)
  orderBy?: ResolutionOrder;
}
