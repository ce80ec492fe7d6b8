import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { InstrumentListArgs } from '../schema/instrument.args';
import { Instrument } from '../schema/instrument.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Instrument nodes. */
export const InstrumentConnection = ConnectionOf(() => Instrument, 'Instrument');

@Resolver(() => Instrument)
export class InstrumentResolver {
  @Query(() => InstrumentConnection, { description: 'The Instrument nodes: filtered, ordered and paged.' })
  instruments(@Args() args: InstrumentListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Instrument, args, 'date');
  }
}
