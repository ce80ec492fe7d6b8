import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { notFound } from '../errors';
import { NodeShape } from '../graph/storage-codec';
import { Node } from '../schema/node.type';

@ArgsType()
class NodesArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100, { message: 'ids must hold at most 100 ids' })
  @Length(1, 200, { each: true })
  ids: string[];
}

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, {
    description: 'Any node by id; a document also by any of its symbols, with spaces or a hyphen for the dash. NOT_FOUND if none.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeShape> {
    const found = await ctx.loaders.nodes.load(id);
    if (!found) throw notFound(id);
    return found;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by id, in the order asked; null where an id matches nothing.' })
  nodes(@Args() { ids }: NodesArgs, @Ctx() ctx: Context): Promise<Array<NodeShape | null>> {
    return ctx.repositories.nodes.findMany(ids);
  }
}
