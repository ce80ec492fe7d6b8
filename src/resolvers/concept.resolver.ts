import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ConceptListArgs } from '../schema/concept.args';
import { Concept } from '../schema/concept.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Concept nodes. */
export const ConceptConnection = ConnectionOf(() => Concept, 'Concept');

@Resolver(() => Concept)
export class ConceptResolver {
  @Query(() => ConceptConnection, { description: 'The Concept nodes: filtered, ordered and paged.' })
  concepts(@Args() args: ConceptListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Concept, args, 'id');
  }
}
