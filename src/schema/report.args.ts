import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, IntFilter, ListFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Report properties a list can be sorted by. */
export enum ReportSortField {
  id = 'id',
  title = 'title',
  date = 'date',
  ordinal = 'ordinal',
}
registerEnumType(ReportSortField, { name: 'ReportSortField' });

/** Conditions on Report nodes; all given conditions must hold. */
@InputType()
export class ReportFilter {
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

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  ordinal?: IntFilter;

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
export class ReportOrder {
  @Field(() => ReportSortField)
  field: ReportSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `reports` list: filter, order and a cursor page. */
@ArgsType()
export class ReportListArgs extends ListArgs {
  @Field(() => ReportFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ReportFilter)
  filter?: ReportFilter;

  @Field(() => ReportOrder, { nullable: true, description: 'Defaults to date ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => ReportOrder)
  orderBy?: ReportOrder;
}
