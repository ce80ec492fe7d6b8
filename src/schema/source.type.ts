import { Field, ObjectType } from 'type-graphql';

/** Where a fact comes from: a document (UN symbol, public URL or a Document node's id) and the passage it rests on. */
@ObjectType({ simpleResolvers: true, description: 'The document a fact comes from and the passage it rests on.' })
export class Source {
  @Field(() => String, { description: 'A UN document symbol, a public URL, or the id of a Document node.' })
  document: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A short verbatim quote from the document.' })
  passage?: string | null;
}
