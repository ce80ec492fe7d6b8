import { IsISO8601, IsOptional, Length } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { InRange } from './validators';

/** Which part of the audit trail to read. */
@ArgsType()
export class ChangesArgs {
  @Field(() => String, { nullable: true, description: 'Only changes at or after this ISO date or timestamp.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'since must be an ISO date or timestamp, e.g. 2024-05-01T12:00:00Z' })
  since?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this node or relationship.' })
  @IsOptional()
  @Length(1, 500)
  id?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'How many changes, newest first (1-500).' })
  @InRange('first', 1, 500)
  first: number;
}
