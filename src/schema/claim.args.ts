import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { BooleanFilter, IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Claim properties a list can be sorted by. */
export enum ClaimSortField {
  id = 'id',
  subject = 'subject',
  property = 'property',
  value = 'value',
}
registerEnumType(ClaimSortField, { name: 'ClaimSortField' });

/** Conditions on Claim nodes; all given conditions must hold. */
@InputType()
export class ClaimFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  subject?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  property?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  value?: StringFilter;

  @Field(() => BooleanFilter, { nullable: true })
  @ValidateNested()
  @Type(() => BooleanFilter)
  preferred?: BooleanFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  reason?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class ClaimOrder {
  @Field(() => ClaimSortField)
  field: ClaimSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `claims` list: filter, order and a cursor page. */
@ArgsType()
export class ClaimListArgs extends ListArgs {
  @Field(() => ClaimFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ClaimFilter)
  filter?: ClaimFilter;

  @Field(() => ClaimOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => ClaimOrder)
  orderBy?: ClaimOrder;
}
