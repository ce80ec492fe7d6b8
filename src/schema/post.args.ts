import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { IdFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Post properties a list can be sorted by. */
export enum PostSortField {
  id = 'id',
  name = 'name',
  level = 'level',
}
registerEnumType(PostSortField, { name: 'PostSortField' });

/** Conditions on Post nodes; all given conditions must hold. */
@InputType()
export class PostFilter {
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
  level?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class PostOrder {
  @Field(() => PostSortField)
  field: PostSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `posts` list: filter, order and a cursor page. */
@ArgsType()
export class PostListArgs extends ListArgs {
  @Field(() => PostFilter, { nullable: true })
  @ValidateNested()
  @Type(() => PostFilter)
  filter?: PostFilter;

  @Field(() => PostOrder, { nullable: true, description: 'Defaults to id ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => PostOrder)
  orderBy?: PostOrder;
}
