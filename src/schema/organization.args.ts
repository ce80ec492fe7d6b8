import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Organization properties a list can be sorted by. */
export enum OrganizationSortField {
  id = 'id',
  name = 'name',
  acronym = 'acronym',
}
registerEnumType(OrganizationSortField, { name: 'OrganizationSortField' });

/** Conditions on Organization nodes; all given conditions must hold. */
@InputType()
export class OrganizationFilter {
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

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class OrganizationOrder {
  @Field(() => OrganizationSortField)
  field: OrganizationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `organizations` list: filter, order and a cursor page. */
@ArgsType()
export class OrganizationListArgs extends ListArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;

  @Field(() => OrganizationOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => OrganizationOrder)
  orderBy?: OrganizationOrder;
}
