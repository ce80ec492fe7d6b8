import { IsOptional, Length, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

export const MAX_PAGE = 100;

/** Relay cursor paging: `first`/`after` forwards, `last`/`before` backwards. At most 100 a page. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Page size going forwards (1-100; 20 when neither first nor last is given).' })
  @IsOptional()
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(MAX_PAGE, { message: 'first must be between 1 and 100' })
  first?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  after?: string;

  @Field(() => Int, { nullable: true, description: 'Page size going backwards (1-100).' })
  @IsOptional()
  @Min(1, { message: 'last must be between 1 and 100' })
  @Max(MAX_PAGE, { message: 'last must be between 1 and 100' })
  last?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  before?: string;
}
