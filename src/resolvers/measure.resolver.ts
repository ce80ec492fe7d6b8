import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { MeasureListArgs } from '../schema/measure.args';
import { Measure } from '../schema/measure.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Measure nodes. */
export const MeasureConnection = ConnectionOf(() => Measure, 'Measure');

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => MeasureConnection, { description: 'The Measure nodes: filtered, ordered and paged.' })
  measures(@Args() args: MeasureListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Measure, args, 'ordinal');
  }
}
