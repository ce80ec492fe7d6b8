import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { CrimeListArgs } from '../schema/crime.args';
import { Crime } from '../schema/crime.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Crime nodes. */
export const CrimeConnection = ConnectionOf(() => Crime, 'Crime');

@Resolver(() => Crime)
export class CrimeResolver {
  @Query(() => CrimeConnection, { description: 'The Crime nodes: filtered, ordered and paged.' })
  crimes(@Args() args: CrimeListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Crime, args, 'id');
  }
}
