import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a change did to the node or relationship it is about. */
export enum ChangeAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}

registerEnumType(ChangeAction, { name: 'ChangeAction', description: 'Whether a change created, updated or deleted its target.' });

/** One entry of the audit trail: who changed which node or relationship, when, and its state before and after. */
@ObjectType({ simpleResolvers: true, description: 'One write to the graph: who made it, when, and the state of its target before and after.' })
export class Change {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'When the change was committed (ISO timestamp, UTC).' })
  at: string;

  @Field(() => String, { description: 'The name of the API key that made it (never the key).' })
  actor: string;

  @Field(() => String, { description: 'The mutation that made it, e.g. upsertReport or addSource.' })
  operation: string;

  @Field(() => ChangeAction)
  action: ChangeAction;

  @Field(() => ID, { description: 'The id of the node or relationship changed.' })
  target: string;

  @Field(() => String, { description: 'The kind of the node, or the type of the relationship, changed.' })
  targetKind: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its properties and sources before; null when it was created.' })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its properties and sources after; null when it was deleted.' })
  after: Record<string, unknown> | null;
}
