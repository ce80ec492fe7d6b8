import { ArrayMaxSize, ArrayMinSize, Length } from 'class-validator';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx, Field, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { notFound } from '../errors';
import { NodeShape } from '../graph/storage-codec';
import { nodeColumns } from '../graph/selection/columns';
import { compileNode } from '../graph/selection/compile';
import { Selection } from '../graph/selection/selection';
import { NodeKind } from '../schema/kinds';
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
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeShape> {
    const [found] = await this.read(ctx, [id], info);
    if (!found) throw notFound(id);
    return found;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by id, in the order asked; null where an id matches nothing.' })
  nodes(@Args() { ids }: NodesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Array<NodeShape | null>> {
    return this.read(ctx, ids, info);
  }

  /** One statement for the nodes and everything selected below them (or only their columns, on the batched path). */
  private read(ctx: Context, ids: readonly string[], info: GraphQLResolveInfo): Promise<Array<NodeShape | null>> {
    const selection = Selection.of(info);
    const kinds = Object.values(NodeKind);
    return ctx.repositories.nodes.findMany(ids, nodeColumns(kinds, selection), ctx.projectSelections ? compileNode('found', kinds, selection) : undefined);
  }
}
