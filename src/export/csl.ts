import type { ExportGraphShape } from '../graph/export.repository';
import type { GraphNodeShape } from '../graph/traversal.repository';
import { isNodeKind, kindSpec, NodeKind, RelationshipType } from '../model';

/** A CSL-JSON name: every name here is written whole (`literal`), never split into family and given parts. */
export interface CslName {
  literal: string;
}

/** One CSL-JSON item, with the fields a citation of a UN document uses. */
export interface CslItem {
  id: string;
  type: 'report' | 'legislation' | 'document';
  'citation-key': string;
  title: string;
  number?: string;
  author?: CslName[];
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
}

/**
 * The CSL type of citable kinds, which the BibTeX and RIS types follow: a report is a report; what an organ
 * adopts or states is legislation, as reference managers file resolutions; any other citable kind is a document.
 */
const CSL_TYPE: Readonly<Partial<Record<NodeKind, CslItem['type']>>> = {
  [NodeKind.Report]: 'report',
  [NodeKind.Resolution]: 'legislation',
  [NodeKind.PresidentialStatement]: 'legislation',
};

/** Whether a node is of a kind the model declares citable. */
export function isCitable(kind: string): kind is NodeKind {
  return isNodeKind(kind) && kindSpec(kind).citable;
}

/** The relationships that name who issued, adopted, published or made a document: its authors, in this order. */
export const AUTHOR_TYPES: readonly RelationshipType[] = [
  RelationshipType.ISSUED_BY,
  RelationshipType.ADOPTED_BY,
  RelationshipType.PUBLISHED_BY,
  RelationshipType.CREATED_BY,
];

/** Who issued every UN-symbol document; it is written as the publisher (BibTeX's institution). */
const UN = 'United Nations';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A stored date (YYYY, YYYY-MM or YYYY-MM-DD) as CSL date parts, keeping only what it says. */
export function dateParts(value: unknown): number[] | null {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return null;
  return match.slice(1).filter((part) => part !== undefined).map(Number);
}

/**
 * A BibTeX key from an id that a reader can type back: the symbol with its separators as underscores
 * (`S/RES/1975(2011)` is `S_RES_1975_2011`), a slug id without its kind (`document:icrtop-summary-2009` is
 * `icrtop-summary-2009`). Letters outside ASCII are kept to their base letter, so keys stay plain ASCII.
 */
export function citationKey(id: string): string {
  const bare = id.includes(':') && !id.includes('/') ? id.slice(id.indexOf(':') + 1) : id;
  return bare
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function symbolsOf(node: GraphNodeShape): string[] {
  const symbols = node.properties.symbols;
  if (Array.isArray(symbols) && symbols.length > 0) return symbols.map(String);
  return node.id.includes('/') ? [node.id] : [];
}

function urlOf(node: GraphNodeShape, symbols: string[]): string | undefined {
  if (symbols.length > 0) return `https://undocs.org/${symbols[0]}`;
  const url = node.properties.url;
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
}

function dateOf(node: GraphNodeShape): number[] | null {
  return dateParts(node.properties.date) ?? dateParts(node.properties.startDate);
}

/**
 * The CSL-JSON items for the citable nodes of a graph, ordered by date then id: the one description of each
 * citation, which the BibTeX, RIS and CSL-JSON files are all written from. Authors are the nodes the graph's
 * ISSUED_BY, ADOPTED_BY, PUBLISHED_BY and CREATED_BY relationships point to from the document. Keys that two
 * ids would share get `-2`, `-3`... in id order, so a key never changes with the selection's order.
 */
export function citationItems(graph: ExportGraphShape): CslItem[] {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const documents = graph.nodes
    .filter((node) => isCitable(node.kind))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const keys = new Map<string, number>();
  const items = documents.map((node): CslItem & { sort: string } => {
    const authors = graph.edges
      .filter((edge) => edge.source === node.id && (AUTHOR_TYPES as string[]).includes(edge.type))
      .sort((a, b) => AUTHOR_TYPES.indexOf(a.type as RelationshipType) - AUTHOR_TYPES.indexOf(b.type as RelationshipType))
      .map((edge) => byId.get(edge.target)?.label)
      .filter((name, index, all): name is string => typeof name === 'string' && all.indexOf(name) === index);
    const symbols = symbolsOf(node);
    const base = citationKey(node.id);
    const seen = (keys.get(base) ?? 0) + 1;
    keys.set(base, seen);
    const date = dateOf(node);
    const item: CslItem & { sort: string } = {
      id: node.id,
      type: CSL_TYPE[node.kind as NodeKind] ?? 'document',
      'citation-key': seen === 1 ? base : `${base}-${seen}`,
      title: node.label,
      sort: `${date ? date.map((part) => String(part).padStart(2, '0')).join('-') : '9999'} ${node.id}`,
    };
    if (symbols.length > 0) item.number = symbols.join(', ');
    if (authors.length > 0) item.author = authors.map((literal) => ({ literal }));
    if (symbols.length > 0) item.publisher = UN;
    if (date) item.issued = { 'date-parts': [date] };
    const url = urlOf(node, symbols);
    if (url) item.URL = url;
    return item;
  });
  return items
    .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0))
    .map(({ sort: _sort, ...item }) => item);
}

/** CSL-JSON (an array of items), which Zotero, Mendeley and citeproc processors import as it is. */
export function writeCslJson(items: CslItem[]): string {
  return JSON.stringify(items, null, 2);
}
