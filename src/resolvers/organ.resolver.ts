import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { OrganListArgs } from '../schema/organ.args';
import { Organ } from '../schema/organ.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Organ nodes. */
export const OrganConnection = ConnectionOf(() => Organ, 'Organ');

@Resolver(() => Organ)
export class OrganResolver {
  @Query(() => OrganConnection, { description: 'The Organ nodes: filtered, ordered and paged.' })
  organs(@Args() args: OrganListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Organ, args, 'id');
  }
}
