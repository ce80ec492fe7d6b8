import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Crime properties a list can be sorted by. */
export enum CrimeSortField {
  id = 'id',
  name = 'name',
}
registerEnumType(CrimeSortField, { name: 'CrimeSortField' });

/** Conditions on Crime nodes; all given conditions must hold. */
@InputType()
export class CrimeFilter {
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
export class CrimeOrder {
  @Field(() => CrimeSortField)
  field: CrimeSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `crimes` list: filter, order and a cursor page. */
@ArgsType()
export class CrimeListArgs extends ListArgs {
  @Field(() => CrimeFilter, { nullable: true })
  @ValidateNested()
  @Type(() => CrimeFilter)
  filter?: CrimeFilter;

  @Field(() => CrimeOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => CrimeOrder)
  orderBy?: CrimeOrder;
}
