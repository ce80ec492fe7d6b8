import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { PersonListArgs } from '../schema/person.args';
import { Person } from '../schema/person.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Person nodes. */
export const PersonConnection = ConnectionOf(() => Person, 'Person');

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => PersonConnection, { description: 'The Person nodes: filtered, ordered and paged.' })
  people(@Args() args: PersonListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Person, args, 'id');
  }
}
