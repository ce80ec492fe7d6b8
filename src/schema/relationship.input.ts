import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { BoolInput, DateInput, TextInput } from './fields';
import { RelationshipType } from './kinds';
import { SourceInput } from './source.input';

/** The properties a relationship may carry; which ones fit which type is documented in seed/README.md. */
@InputType({ description: 'What belongs to a relationship itself: a term, a role, a provision.' })
export class RelationshipPropertiesInput {
  @DateInput({ optional: true })
  date?: string;

  @DateInput({ optional: true, description: 'Start of a term.' })
  from?: string;

  @DateInput({ optional: true, description: 'End of a term.' })
  to?: string;

  @TextInput(200, { optional: true, description: 'The id of the person who acted, e.g. who presented a report.' })
  by?: string;

  @TextInput(500, { optional: true })
  role?: string;

  @TextInput(200, { optional: true, description: 'The id of the post a succession is in.' })
  post?: string;

  @BoolInput({ optional: true })
  acting?: boolean;

  @BoolInput({ optional: true })
  partTime?: boolean;

  @TextInput(300, { optional: true })
  provision?: string;

  @TextInput(300, { optional: true })
  verb?: string;

  @TextInput(1000, { optional: true })
  note?: string;
}

/** A relationship between two existing nodes, with its sources. */
@InputType()
export class RelationshipInput {
  @Field(() => RelationshipType)
  @IsEnum(RelationshipType)
  type: RelationshipType;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  from: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200)
  to: string;

  @Field(() => String, { nullable: true, description: 'Tells apart two relationships of one type between the same nodes.' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,40}$/)
  key?: string;

  @Field(() => RelationshipPropertiesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RelationshipPropertiesInput)
  properties?: RelationshipPropertiesInput;

  @Field(() => [SourceInput])
  @ValidateNested({ each: true })
  @Type(() => SourceInput)
  @ArrayMinSize(1, { message: 'sources must hold at least one source' })
  @ArrayMaxSize(50)
  sources: SourceInput[];
}
