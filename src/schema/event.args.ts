import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Event properties a list can be sorted by. */
export enum EventSortField {
  id = 'id',
  name = 'name',
  date = 'date',
  endDate = 'endDate',
}
registerEnumType(EventSortField, { name: 'EventSortField' });

/** Conditions on Event nodes; all given conditions must hold. */
@InputType()
export class EventFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  name?: StringFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  date?: DateFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  endDate?: DateFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class EventOrder {
  @Field(() => EventSortField)
  field: EventSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `events` list: filter, order and a cursor page. */
@ArgsType()
export class EventListArgs extends ListArgs {
  @Field(() => EventFilter, { nullable: true })
  @ValidateNested()
  @Type(() => EventFilter)
  filter?: EventFilter;

  @Field(() => EventOrder, { nullable: true, description: 'Defaults to date ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => EventOrder)
  orderBy?: EventOrder;
}
