import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Country properties a list can be sorted by. */
export enum CountrySortField {
  id = 'id',
  name = 'name',
}
registerEnumType(CountrySortField, { name: 'CountrySortField' });

/** Conditions on Country nodes; all given conditions must hold. */
@InputType()
export class CountryFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  name?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class CountryOrder {
  @Field(() => CountrySortField)
  field: CountrySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `countries` list: filter, order and a cursor page. */
@ArgsType()
export class CountryListArgs extends ListArgs {
  @Field(() => CountryFilter, { nullable: true })
  @ValidateNested()
  @Type(() => CountryFilter)
  filter?: CountryFilter;

  @Field(() => CountryOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => CountryOrder)
  orderBy?: CountryOrder;
}
