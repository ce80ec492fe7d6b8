import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, IntFilter, ListFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Dialogue properties a list can be sorted by. */
export enum DialogueSortField {
  id = 'id',
  title = 'title',
  format = 'format',
  startDate = 'startDate',
  endDate = 'endDate',
  memberStateSpeakers = 'memberStateSpeakers',
  otherSpeakers = 'otherSpeakers',
  totalSpeakers = 'totalSpeakers',
  session = 'session',
}
registerEnumType(DialogueSortField, { name: 'DialogueSortField' });

/** Conditions on Dialogue nodes; all given conditions must hold. */
@InputType()
export class DialogueFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  format?: StringFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  startDate?: DateFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  endDate?: DateFilter;

  @Field(() => ListFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ListFilter)
  meetingDates?: ListFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  memberStateSpeakers?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  otherSpeakers?: IntFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  totalSpeakers?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  speakersNote?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  session?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  url?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class DialogueOrder {
  @Field(() => DialogueSortField)
  field: DialogueSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `dialogues` list: filter, order and a cursor page. */
@ArgsType()
export class DialogueListArgs extends ListArgs {
  @Field(() => DialogueFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DialogueFilter)
  filter?: DialogueFilter;

  @Field(() => DialogueOrder, { nullable: true, description: 'Defaults to startDate ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => DialogueOrder)
  orderBy?: DialogueOrder;
}
