import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, IntFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Pillar properties a list can be sorted by. */
export enum PillarSortField {
  id = 'id',
  number = 'number',
  title = 'title',
}
registerEnumType(PillarSortField, { name: 'PillarSortField' });

/** Conditions on Pillar nodes; all given conditions must hold. */
@InputType()
export class PillarFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => IntFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IntFilter)
  number?: IntFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  wording?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class PillarOrder {
  @Field(() => PillarSortField)
  field: PillarSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `pillars` list: filter, order and a cursor page. */
@ArgsType()
export class PillarListArgs extends ListArgs {
  @Field(() => PillarFilter, { nullable: true })
  @ValidateNested()
  @Type(() => PillarFilter)
  filter?: PillarFilter;

  @Field(() => PillarOrder, { nullable: true, description: 'Defaults to number ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => PillarOrder)
  orderBy?: PillarOrder;
}
