import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { PostListArgs } from '../schema/post.args';
import { Post } from '../schema/post.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Post nodes. */
export const PostConnection = ConnectionOf(() => Post, 'Post');

@Resolver(() => Post)
export class PostResolver {
  @Query(() => PostConnection, { description: 'The Post nodes: filtered, ordered and paged.' })
  posts(@Args() args: PostListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Post, args, 'id');
  }
}
