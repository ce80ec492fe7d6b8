import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { exportGraph } from '../export/selection';
import { ExportArgs } from '../schema/export.args';

/** Exports for graph tools: the whole graph or the neighbourhoods of some nodes, as one file's text. */
@Resolver()
export class ExportResolver {
  @Query(() => String, {
    description:
      'The graph, or the nodes within `depth` relationships of `ids` and the relationships among them, as the text of a ' +
      'file in `format`. The same files download from GET /export/r2p.graphml, .gexf, .cyjs and .json.',
  })
  exportGraph(@Args() args: ExportArgs, @Ctx() ctx: Context): Promise<string> {
    return exportGraph(ctx.repositories.export, args);
  }
}
