import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Office properties a list can be sorted by. */
export enum OfficeSortField {
  id = 'id',
  name = 'name',
  acronym = 'acronym',
  established = 'established',
}
registerEnumType(OfficeSortField, { name: 'OfficeSortField' });

/** Conditions on Office nodes; all given conditions must hold. */
@InputType()
export class OfficeFilter {
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
  acronym?: StringFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  established?: DateFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class OfficeOrder {
  @Field(() => OfficeSortField)
  field: OfficeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `offices` list: filter, order and a cursor page. */
@ArgsType()
export class OfficeListArgs extends ListArgs {
  @Field(() => OfficeFilter, { nullable: true })
  @ValidateNested()
  @Type(() => OfficeFilter)
  filter?: OfficeFilter;

  @Field(() => OfficeOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => OfficeOrder)
  orderBy?: OfficeOrder;
}
