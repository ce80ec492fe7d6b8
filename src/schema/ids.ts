import { kindSpec, NodeKind } from '../model';

const DASHES = /[\u2010-\u2015\u2212]/g;

/** The form a UN symbol is compared in: no spaces, every dash a hyphen, upper case. */
export function symbolKey(symbol: string): string {
  return symbol.normalize('NFKC').replace(/\s+/g, '').replace(DASHES, '-').toUpperCase();
}

/** The keys a document is found by: each of its symbols, and all of them joined as the UN writes them. */
export function symbolKeys(symbols: readonly string[]): string[] {
  const keys = symbols.map(symbolKey);
  if (symbols.length > 1) keys.push(symbolKey(symbols.join('-')));
  return [...new Set(keys)];
}

/** The id a user most likely meant: `kind:slug` ids are lower case; symbols keep their case. */
export function normaliseId(input: string): string {
  const trimmed = input.normalize('NFKC').trim();
  return /^[A-Za-z]+:/.test(trimmed) && !/^[A-Z]+\//.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

export const SLUG_ID = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A UN symbol: series letters, then slash-separated parts such as `63`, `RES`, `1674(2006)`, `S-33`.
export const UN_SYMBOL = /^[A-Z]{1,4}(?:\/[A-Za-z0-9.()\-]{1,20}){1,6}$/;

/** Why `id` is not a valid id for a node of `kind`, or null when it is. */
export function idProblem(kind: NodeKind, id: string): string | null {
  const { idPrefix: prefix, symbolIds } = kindSpec(kind);
  if (symbolIds && UN_SYMBOL.test(id)) return null;
  if (prefix && SLUG_ID.test(id) && id.startsWith(`${prefix}:`)) return null;
  if (symbolIds && !prefix) return `must be a UN document symbol such as A/63/677 or S/RES/1674(2006)`;
  return `must be "${prefix}:" followed by a lower-case ASCII slug${symbolIds ? ', or a UN document symbol' : ''}`;
}

/** True for a source document that names no node: a public URL or a UN document symbol. */
export function isExternalDocument(document: string): boolean {
  return /^https?:\/\//.test(document) || UN_SYMBOL.test(document);
}
