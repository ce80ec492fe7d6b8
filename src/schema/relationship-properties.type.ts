import { Field, ObjectType } from 'type-graphql';

/** What a relationship itself holds: a term's dates, a speaker's role, a provision cited. */
@ObjectType({ description: "A relationship's own properties; each type uses the few that fit it." })
export class RelationshipProperties {
  @Field(() => String, { nullable: true, description: 'When the relation took place (ISO date).' })
  date?: string;

  @Field(() => String, { nullable: true, description: 'Start of a term (ISO date).' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'End of a term (ISO date); null while it lasts.' })
  to?: string;

  @Field(() => String, { nullable: true, description: 'The id of the person who acted.' })
  by?: string;

  @Field(() => String, { nullable: true })
  role?: string;

  @Field(() => String, { nullable: true, description: 'The id of the post a succession is in.' })
  post?: string;

  @Field(() => Boolean, { nullable: true })
  acting?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'A post held part-time.' })
  partTime?: boolean;

  @Field(() => String, { nullable: true })
  provision?: string;

  @Field(() => String, { nullable: true })
  verb?: string;

  @Field(() => String, { nullable: true })
  note?: string;

  @Field(() => String, { nullable: true, description: 'For a claim: the property it is about.' })
  property?: string;
}
