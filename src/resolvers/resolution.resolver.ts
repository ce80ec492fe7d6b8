import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ResolutionListArgs } from '../schema/resolution.args';
import { Resolution } from '../schema/resolution.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Resolution nodes. */
export const ResolutionConnection = ConnectionOf(() => Resolution, 'Resolution');

@Resolver(() => Resolution)
export class ResolutionResolver {
  @Query(() => ResolutionConnection, { description: 'The Resolution nodes: filtered, ordered and paged.' })
  resolutions(@Args() args: ResolutionListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Resolution, args, 'date');
  }
}
