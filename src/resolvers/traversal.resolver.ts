import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AppError, ErrorCode, notFound } from '../errors';
import { Dispute, GraphStats, RelatedHit, SearchHit, TimelineEntry } from '../schema/traversal-results.type';
import { NeighbourhoodArgs, RelatedArgs, SearchArgs, ShortestPathArgs, TimelineArgs } from '../schema/traversal.args';
import { Subgraph } from '../schema/subgraph.type';
import { graphFields, Selection } from '../graph/selection/selection';

/** The graph side of the API: subgraphs, paths, the timeline, search, relatedness, disputes and counts. */
@Resolver()
export class TraversalResolver {
  @Query(() => Subgraph, { description: 'The nodes within `depth` relationships of a node, nearest first, and the relationships among them.' })
  async neighbourhood(@Args() args: NeighbourhoodArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const fields = graphFields(Selection.of(info), ['nodes'], ['edges']);
    const result = await ctx.repositories.traversal.neighbourhood(args.id, args.depth, args.relationshipTypes ?? null, args.direction, args.limit, fields);
    if (!result) throw notFound(args.id);
    return result;
  }

  @Query(() => Subgraph, { nullable: true, description: 'A shortest path between two nodes; null when none exists within maxDepth.' })
  async shortestPath(@Args() args: ShortestPathArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const fields = graphFields(Selection.of(info), ['nodes'], ['edges']);
    const result = await ctx.repositories.traversal.shortestPath(args.from, args.to, args.maxDepth, args.relationshipTypes ?? null, args.all, fields);
    if (!result.found) {
      throw new AppError(ErrorCode.NOT_FOUND, `No node has the id "${args.from}" or "${args.to}".`, { ids: [args.from, args.to] });
    }
    return result.path;
  }

  @Query(() => [TimelineEntry], { description: 'Dated nodes and dated relationships, in date order.' })
  timeline(@Args() args: TimelineArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const fields = graphFields(Selection.of(info), ['node', 'target'], ['edge']);
    return ctx.repositories.traversal.timeline(args.from ?? null, args.to ?? null, args.kinds ?? null, args.first, fields);
  }

  @Query(() => [SearchHit], { description: 'Full-text search over titles, names, wording, texts and source passages.' })
  search(@Args() args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.repositories.traversal.search(args.text, args.kinds ?? null, args.first, graphFields(Selection.of(info), ['node']));
  }

  @Query(() => [RelatedHit], { description: 'Nodes ranked by the neighbours they share with this one, with the reason.' })
  async related(@Args() args: RelatedArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const hits = await ctx.repositories.traversal.related(args.id, args.first, graphFields(Selection.of(info), ['node', 'shared']));
    if (!hits) throw notFound(args.id);
    return hits;
  }

  @Query(() => [Dispute], { description: 'Facts on which sources disagree, each claim with its source.' })
  disputes(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.repositories.traversal.disputes(graphFields(Selection.of(info), ['subject']));
  }

  @Query(() => GraphStats, { description: 'Node and relationship counts, and what lacks a source.' })
  stats(@Ctx() ctx: Context) {
    return ctx.repositories.traversal.stats();
  }
}
