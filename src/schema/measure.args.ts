import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, IntFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Measure properties a list can be sorted by. */
export enum MeasureSortField {
  id = 'id',
  category = 'category',
  ordinal = 'ordinal',
}
registerEnumType(MeasureSortField, { name: 'MeasureSortField' });

/** Conditions on Measure nodes; all given conditions must hold. */
@InputType()
export class MeasureFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  text?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  category?: StringFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  ordinal?: IntFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class MeasureOrder {
  @Field(() => MeasureSortField)
  field: MeasureSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `measures` list: filter, order and a cursor page. */
@ArgsType()
export class MeasureListArgs extends ListArgs {
  @Field(() => MeasureFilter, { nullable: true })
  @ValidateNested()
  @Type(() => MeasureFilter)
  filter?: MeasureFilter;

  @Field(() => MeasureOrder, { nullable: true, description: 'Defaults to ordinal ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => MeasureOrder)
  orderBy?: MeasureOrder;
}
