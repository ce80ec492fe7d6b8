import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { Coverage } from '../schema/coverage.type';

/** True when the selection asks for a field named `name` anywhere below it (fragments included). */
function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === name || visit(selection.selectionSet);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}

/** How complete the graph is: its own counts beside the totals others have published. */
@Resolver()
export class CoverageResolver {
  @Query(() => [Coverage], {
    description:
      'Per organ and kind of record: how many the graph holds, by year, beside every published total with its source and date, and the totals that disagree.',
  })
  coverage(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.repositories.coverage.coverage({ withSources: selects(info, 'sources') });
  }
}
