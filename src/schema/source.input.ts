import { IsOptional, IsString, IsUrl, Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import type { Source } from './source.type';

/** A source as submitted: the document and a verbatim passage are both required. */
@InputType({ description: 'The document a fact comes from and the verbatim passage it rests on.' })
export class SourceInput implements Partial<Source> {
  @Field(() => String)
  @IsString()
  @Length(1, 500)
  document: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @Length(1, 500)
  url?: string;

  @Field(() => String)
  @IsString()
  @Length(1, 1000)
  passage: string;
}
