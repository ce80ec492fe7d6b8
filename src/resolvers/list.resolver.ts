import { Args, ClassType, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
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
    list(@Args(() => ListArgs) args: KindListArgs, @Ctx() ctx: Context) {
      return ctx.repositories.nodes.list(kind, args, DEFAULT_SORT[kind]);
    }
  }
  return ListResolver;
}

/** One list resolver per node kind. */
export const LIST_RESOLVERS: ClassType[] = NODE_KINDS.map(listResolverFor);
