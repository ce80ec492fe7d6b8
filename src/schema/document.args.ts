import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, registerEnumType } from 'type-graphql';
import { DateFilter, IdFilter, ListFilter, RelatedFilter, SortDirection, StringFilter } from './filter.input';
import { ListArgs } from './list.args';

/** The Document properties a list can be sorted by. */
export enum DocumentSortField {
  id = 'id',
  title = 'title',
  documentType = 'documentType',
  date = 'date',
}
registerEnumType(DocumentSortField, { name: 'DocumentSortField' });

/** Conditions on Document nodes; all given conditions must hold. */
@InputType()
export class DocumentFilter {
  @Field(() => IdFilter, { nullable: true })
  @ValidateNested()
  @Type(() => IdFilter)
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  title?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  documentType?: StringFilter;

  @Field(() => DateFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DateFilter)
  date?: DateFilter;

  @Field(() => ListFilter, { nullable: true })
  @ValidateNested()
  @Type(() => ListFilter)
  symbols?: ListFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  url?: StringFilter;

  @Field(() => StringFilter, { nullable: true })
  @ValidateNested()
  @Type(() => StringFilter)
  summary?: StringFilter;

  @Field(() => [RelatedFilter], { nullable: true, description: 'Relationships the node must have; all must hold.' })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RelatedFilter)
  related?: RelatedFilter[];
}

@InputType()
export class DocumentOrder {
  @Field(() => DocumentSortField)
  field: DocumentSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection;
}

/** Arguments of the `documents` list: filter, order and a cursor page. */
@ArgsType()
export class DocumentListArgs extends ListArgs {
  @Field(() => DocumentFilter, { nullable: true })
  @ValidateNested()
  @Type(() => DocumentFilter)
  filter?: DocumentFilter;

  @Field(() => DocumentOrder, { nullable: true, description: 'Defaults to date ascending; ties are broken by id.' })
  @ValidateNested()
  @Type(() => DocumentOrder)
  orderBy?: DocumentOrder;
}
