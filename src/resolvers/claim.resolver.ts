import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ClaimListArgs } from '../schema/claim.args';
import { Claim } from '../schema/claim.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Claim nodes. */
export const ClaimConnection = ConnectionOf(() => Claim, 'Claim');

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => ClaimConnection, { description: 'The Claim nodes: filtered, ordered and paged.' })
  claims(@Args() args: ClaimListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Claim, args, 'id');
  }
}
