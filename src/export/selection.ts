import type { ExportRepository } from '../graph/export.repository';
import { ExportArgs } from '../schema/export.args';
import { ExportInput } from './attributes';
import { AUTHOR_TYPES, isCitable } from './csl';
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

/**
 * The documents a citation export asks for, with their authors: every citable document without ids (one round
 * trip); with ids, the citable documents of the same selection as a graph export, then their authors (two).
 * The graph holds the documents, the nodes they were issued, adopted, published or made by, and those
 * relationships, whatever `relationshipTypes` kept: it chooses the documents, not their authors.
 */
export async function selectCitationGraph(repository: ExportRepository, args: ExportArgs): Promise<ExportInput> {
  const meta = { creator: CREATOR, description: describeSelection(args) };
  if (!args.ids) return { graph: await repository.wholeGraph([...AUTHOR_TYPES]), meta };
  const { graph } = await selectGraph(repository, args);
  const documents = graph.nodes.filter((node) => isCitable(node.kind)).map((node) => node.id);
  if (documents.length === 0) return { graph: { nodes: [], edges: [] }, meta };
  const authored = await repository.selection(documents, 1, [...AUTHOR_TYPES]);
  const chosen = new Set(documents);
  // The authors' own neighbours are not in the selection: only the documents chosen and who made them stay.
  const keep = new Set(documents);
  for (const edge of authored.edges) if (chosen.has(edge.source)) keep.add(edge.target);
  return {
    graph: {
      nodes: authored.nodes.filter((node) => keep.has(node.id) && (chosen.has(node.id) || !isCitable(node.kind))),
      edges: authored.edges.filter((edge) => chosen.has(edge.source)),
    },
    meta,
  };
}

/** Selects the graph and writes it in the asked format: what both the GraphQL field and the download route return. */
export async function exportGraph(repository: ExportRepository, args: ExportArgs): Promise<string> {
  const spec = FORMATS[args.format];
  return spec.write(await (spec.citations ? selectCitationGraph : selectGraph)(repository, args));
}
