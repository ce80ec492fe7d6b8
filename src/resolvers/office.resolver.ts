import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { OfficeListArgs } from '../schema/office.args';
import { Office } from '../schema/office.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Office nodes. */
export const OfficeConnection = ConnectionOf(() => Office, 'Office');

@Resolver(() => Office)
export class OfficeResolver {
  @Query(() => OfficeConnection, { description: 'The Office nodes: filtered, ordered and paged.' })
  offices(@Args() args: OfficeListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Office, args, 'id');
  }
}
