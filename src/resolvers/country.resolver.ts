import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { CountryListArgs } from '../schema/country.args';
import { Country } from '../schema/country.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Country nodes. */
export const CountryConnection = ConnectionOf(() => Country, 'Country');

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: 'The Country nodes: filtered, ordered and paged.' })
  countries(@Args() args: CountryListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Country, args, 'id');
  }
}
