import { isExternalDocument } from '../schema/ids';

/** Why a source's `document` is refused: it is no URL, no UN symbol and no node's id. */
export const unknownDocumentReason = (document: string) => `"${document}" is neither a URL, a UN document symbol, nor the id of a node`;

/** The source documents that must be nodes: those that are no URL or UN symbol, and not the record itself. */
export function documentsToFind(sources: ReadonlyArray<{ document: string }>, selfId: string | null): string[] {
  return sources.map((source) => source.document).filter((document) => !isExternalDocument(document) && document !== selfId);
}

/**
 * The index of the first source whose document names no node, or -1 when every source is sound. `exists` is
 * the small read-only view of the graph the caller holds: the seed's ids, or the ids a mutation read.
 */
export function unknownDocumentIndex(sources: ReadonlyArray<{ document: string }>, exists: (id: string) => boolean, selfId: string | null): number {
  const wanted = new Set(documentsToFind(sources, selfId));
  return sources.findIndex((source) => wanted.has(source.document) && !exists(source.document));
}
