import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ReportListArgs } from '../schema/report.args';
import { Report } from '../schema/report.type';
import { ConnectionOf } from '../schema/connection.type';
import { NodeKind } from '../schema/kinds';

/** A page of Report nodes. */
export const ReportConnection = ConnectionOf(() => Report, 'Report');

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => ReportConnection, { description: 'The Report nodes: filtered, ordered and paged.' })
  reports(@Args() args: ReportListArgs, @Ctx() ctx: Context) {
    return ctx.repositories.nodes.list(NodeKind.Report, args, 'date');
  }
}
