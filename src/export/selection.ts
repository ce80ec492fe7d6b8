import type { ExportRepository } from '../graph/export.repository';
import { ExportArgs } from '../schema/export.args';
import { ExportInput } from './attributes';
import { FORMATS } from './formats';

const CREATOR = 'R2P Graph';

/** In words, what an export holds; written into the file so that it explains itself. */
export function describeSelection(args: Pick<ExportArgs, 'ids' | 'depth' | 'relationshipTypes'>): string {
  const types = args.relationshipTypes?.length ? `; relationships: ${args.relationshipTypes.join(', ')}` : '';
  if (!args.ids) return `The whole R2P graph${types}.`;
  const shown = args.ids.slice(0, 5).join(', ') + (args.ids.length > 5 ? ` and ${args.ids.length - 5} more` : '');
  const reach = args.depth === 0 ? 'The nodes' : `The nodes within ${args.depth} relationship${args.depth === 1 ? '' : 's'} of`;
  return `${reach} ${shown}, and the relationships among them${types}.`;
}

/** The graph an export asks for: the whole graph without ids, else the union of the ids' neighbourhoods. */
export async function selectGraph(repository: ExportRepository, args: ExportArgs): Promise<ExportInput> {
  const types = args.relationshipTypes?.length ? args.relationshipTypes : null;
  const graph = args.ids ? await repository.selection(args.ids, args.depth, types) : await repository.wholeGraph(types);
  return { graph, meta: { creator: CREATOR, description: describeSelection(args) } };
}

/** Selects the graph and writes it in the asked format: what both the GraphQL field and the download route return. */
export async function exportGraph(repository: ExportRepository, args: ExportArgs): Promise<string> {
  return FORMATS[args.format].write(await selectGraph(repository, args));
}
