import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Organ properties a list can be sorted by. */
export enum OrganSortField {
  id = 'id',
  name = 'name',
  acronym = 'acronym',
}
registerEnumType(OrganSortField, { name: 'OrganSortField' });

/** Conditions on Organ nodes; all given conditions must hold. */
@InputType()
export class OrganFilter {
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
export class OrganOrder {
  @Field(() => OrganSortField)
  field: OrganSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `organs` list: filter, order and a cursor page. */
@ArgsType()
export class OrganListArgs extends ListArgs {
  @Field(() => OrganFilter, { nullable: true })
  @ValidateNested()
  @Type(() => OrganFilter)
  filter?: OrganFilter;

  @Field(() => OrganOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => OrganOrder)
  orderBy?: OrganOrder;
}
