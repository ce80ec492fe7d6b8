import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Instrument properties a list can be sorted by. */
export enum InstrumentSortField {
  id = 'id',
  name = 'name',
  provision = 'provision',
  date = 'date',
}
registerEnumType(InstrumentSortField, { name: 'InstrumentSortField' });

/** Conditions on Instrument nodes; all given conditions must hold. */
@InputType()
export class InstrumentFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  provision?: StringFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  date?: DateFilter;

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
export class InstrumentOrder {
  @Field(() => InstrumentSortField)
  field: InstrumentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `instruments` list: filter, order and a cursor page. */
@ArgsType()
export class InstrumentListArgs extends ListArgs {
  @Field(() => InstrumentFilter, { nullable: true })
  @ValidateNested()
  @Type(() => InstrumentFilter)
  filter?: InstrumentFilter;

  @Field(() => InstrumentOrder, { nullable: true, description: 'Defaults to date ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => InstrumentOrder)
  orderBy?: InstrumentOrder;
}
