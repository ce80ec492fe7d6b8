import { kindSpec, NodeKind, propertiesOf } from '../../model';
import { Selection } from './selection';

/** What of a typed node a request selected: the property columns to project, and whether its sources. */
export interface NodeColumns {
  properties: string[];
  sources: boolean;
}

// Node fields that are stored properties without being a kind's own (the model declares those).
const STORED_FIELDS = ['createdAt', 'updatedAt'];
const SAFE_NAME = /^[A-Za-z]{1,40}$/;

/**
 * The columns to project for nodes of `kinds` at `selection`: the id, each kind's label property, and every
 * selected field that is a stored property of one of those kinds. Names come only from the model's property
 * lists, so they are safe in Cypher text.
 */
export function nodeColumns(kinds: readonly NodeKind[], selection: Selection): NodeColumns {
  const { stored, labels } = columnsOf(kinds);
  const columns = new Set(labels);
  for (const field of selection.fields()) if (stored.has(field.name)) columns.add(field.name);
  return { properties: [...columns].filter((name) => SAFE_NAME.test(name)).sort(), sources: selection.has('sources') };
}

// What a set of kinds stores, by the kinds' names: a lookup by id covers every kind, and walking all their
// property lists for each request was 2% of a lookup's CPU. The model is fixed at start, so entries never go stale.
const KIND_COLUMNS = new Map<string, { stored: ReadonlySet<string>; labels: readonly string[] }>();

function columnsOf(kinds: readonly NodeKind[]) {
  const key = kinds.join(',');
  let found = KIND_COLUMNS.get(key);
  if (!found) {
    const stored = new Set(STORED_FIELDS);
    for (const kind of kinds) for (const name of Object.keys(propertiesOf(kind))) stored.add(name);
    found = { stored, labels: [...new Set(kinds.map((kind) => kindSpec(kind).labelProperty))] };
    KIND_COLUMNS.set(key, found);
  }
  return found;
}

/** Every column of a node: for callers without a selection. */
export function allColumns(kinds: readonly NodeKind[]): NodeColumns {
  const names = new Set([...STORED_FIELDS, ...kinds.flatMap((kind) => [kindSpec(kind).labelProperty, ...Object.keys(propertiesOf(kind))])]);
  return { properties: [...names].filter((name) => SAFE_NAME.test(name)).sort(), sources: true };
}

/** A Cypher map projection of `variable` with these columns, `kind` given as a Cypher expression. */
export function projectNode(variable: string, columns: NodeColumns, kindExpression: string): string {
  const parts = ['.id', ...columns.properties.map((name) => `.${name}`)];
  if (columns.sources) parts.push(`.sources`);
  parts.push(`kind: ${kindExpression}`);
  return `${variable} { ${parts.join(', ')} }`;
}
