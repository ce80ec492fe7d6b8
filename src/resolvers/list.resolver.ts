import type { GraphQLResolveInfo } from 'graphql';
import { Args, ClassType, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { nodeColumns } from '../graph/selection/columns';
import { compileNode } from '../graph/selection/compile';
import { Selection } from '../graph/selection/selection';
import { ConnectionOf } from '../schema/connection.type';
import { kindSpec, NODE_KINDS, NodeKind } from '../model';
import { DEFAULT_SORT, KindListArgs, listArgsFor } from '../schema/list.args';
import { OBJECT_TYPE } from '../schema/kind.type';

/** The resolver of one kind's list query: filtered, ordered, cursor-paged, with the total count. */
function listResolverFor(kind: NodeKind): ClassType {
  const Connection = ConnectionOf(() => OBJECT_TYPE[kind], kind);
  const ListArgs = listArgsFor(kind);

  @Resolver()
  class ListResolver {
    @Query(() => Connection, { name: kindSpec(kind).listQuery, description: `The ${kind} nodes: filtered, ordered and paged.` })
    list(@Args(() => ListArgs) args: KindListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      const selection = Selection.of(info);
      const nodes = Selection.union(selection.at('nodes'), selection.at('edges.node'));
      const shape = {
        columns: nodeColumns([kind], nodes),
        total: selection.has('totalCount'),
        compiled: ctx.projectSelections ? compileNode('n', [kind], nodes) : undefined,
      };
      return ctx.repositories.nodes.list(kind, args, DEFAULT_SORT[kind], shape);
    }
  }
  return ListResolver;
}

/** One list resolver per node kind. */
export const LIST_RESOLVERS: ClassType[] = NODE_KINDS.map(listResolverFor);
