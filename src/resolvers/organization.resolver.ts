import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { OrganizationListArgs } from '../schema/organization.args';
import { Organization } from '../schema/organization.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Organization nodes. */
export const OrganizationConnection = ConnectionOf(() => Organization, 'Organization');

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'The Organization nodes: filtered, ordered and paged.' })
  organizations(@Args() args: OrganizationListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Organization, args, 'id');
  }
}
