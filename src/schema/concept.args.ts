import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Concept properties a list can be sorted by. */
export enum ConceptSortField {
  id = 'id',
  name = 'name',
}
registerEnumType(ConceptSortField, { name: 'ConceptSortField' });

/** Conditions on Concept nodes; all given conditions must hold. */
@InputType()
export class ConceptFilter {
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
  definition?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class ConceptOrder {
  @Field(() => ConceptSortField)
  field: ConceptSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `concepts` list: filter, order and a cursor page. */
@ArgsType()
export class ConceptListArgs extends ListArgs {
  @Field(() => ConceptFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ConceptFilter)
  filter?: ConceptFilter;

  @Field(() => ConceptOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => ConceptOrder)
  orderBy?: ConceptOrder;
}
