import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { PillarListArgs } from '../schema/pillar.args';
import { Pillar } from '../schema/pillar.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Pillar nodes. */
export const PillarConnection = ConnectionOf(() => Pillar, 'Pillar');

@Resolver(() => Pillar)
export class PillarResolver {
  @Query(() => PillarConnection, { description: 'The Pillar nodes: filtered, ordered and paged.' })
  pillars(@Args() args: PillarListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Pillar, args, 'number');
  }
}
