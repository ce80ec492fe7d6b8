import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from './source.type';

/** One source's claim about a property of a node, as shown beside that node. */
@ObjectType({ simpleResolvers: true, description: "One source's claim about a property of a node; exactly one claim per disputed fact is preferred." })
export class ClaimView {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  property: string;

  @Field(() => String)
  value: string;

  @Field(() => Boolean)
  preferred: boolean;

  @Field(() => String, { nullable: true })
  reason?: string;

  @Field(() => [Source])
  sources: Source[];
}
