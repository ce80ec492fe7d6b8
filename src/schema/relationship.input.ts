import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { WRITABLE_RELATIONSHIP_PROPERTIES, relationshipProperty } from '../model';
import { inputFieldOf } from './fields';
import { RelationshipType } from './kinds';
import { SourceInput } from './source.input';

/** The properties a hand-written relationship may carry; which ones fit which type is the model's (src/model). */
@InputType({ description: 'What belongs to a relationship itself: a term, a role, a provision.' })
export class RelationshipPropertiesInput {
  [property: string]: unknown;
}
for (const name of WRITABLE_RELATIONSHIP_PROPERTIES) inputFieldOf({ ...relationshipProperty(name), required: false })(RelationshipPropertiesInput.prototype, name);

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
