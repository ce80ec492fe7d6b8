import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Person properties a list can be sorted by. */
export enum PersonSortField {
  id = 'id',
  name = 'name',
}
registerEnumType(PersonSortField, { name: 'PersonSortField' });

/** Conditions on Person nodes; all given conditions must hold. */
@InputType()
export class PersonFilter {
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
  description?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class PersonOrder {
  @Field(() => PersonSortField)
  field: PersonSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `people` list: filter, order and a cursor page. */
@ArgsType()
export class PersonListArgs extends ListArgs {
  @Field(() => PersonFilter, { nullable: true })
  @ValidateNested()
  @Type(() => PersonFilter)
  filter?: PersonFilter;

  @Field(() => PersonOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => PersonOrder)
  orderBy?: PersonOrder;
}
