import { kindSpec, NODE_KINDS, RELATIONSHIP_TYPE_NAMES, relationshipTypeSpec } from '.';

export const TABLES_START = '<!-- model tables: generated from src/model by `npm run schema:emit`; do not edit by hand -->';
export const TABLES_END = '<!-- end of model tables -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** seed/README.md's tables of node kinds and relationship types, as the model declares them. */
export function modelTables(): string {
  const kinds = NODE_KINDS.map((kind) => {
    const spec = kindSpec(kind);
    const id = [spec.symbolIds ? 'UN symbol' : null, spec.idPrefix ? `\`${spec.idPrefix}:slug\`` : null].filter(Boolean).join(' or ');
    return `| ${kind} | ${id} | ${spec.labelProperty} | ${spec.dateProperty ?? ''} | ${cell(spec.description)} |`;
  });
  const types = RELATIONSHIP_TYPE_NAMES.map((type) => {
    const spec = relationshipTypeSpec(type);
    const to = spec.to.length === NODE_KINDS.length ? 'any kind' : spec.to.join(', ');
    const made = spec.derived ? 'derived by the loader' : spec.key ? `key: ${cell(spec.key)}` : '';
    return `| ${type} | ${spec.from.join(', ')} -> ${to} | ${spec.properties.join(', ')} | ${made} |`;
  });
  return [
    TABLES_START,
    '### Node kinds',
    '',
    "Their properties, with types and flags, are in `src/model/kinds.ts` and in the API's `model` query.",
    '',
    '| kind | id | label | date | what it is |',
    '|---|---|---|---|---|',
    ...kinds,
    '',
    '### Relationship types (from -> to)',
    '',
    'The loader and every curation mutation refuse a relationship whose ends are of other kinds, or that carries',
    'a property its type does not. Derived types are never written by hand.',
    '',
    '| type | from -> to | properties | note |',
    '|---|---|---|---|',
    ...types,
    TABLES_END,
  ].join('\n');
}

/** `readme` with its model tables replaced by the current ones. */
export function withModelTables(readme: string): string {
  const start = readme.indexOf(TABLES_START);
  const end = readme.indexOf(TABLES_END);
  if (start < 0 || end < start) throw new Error('seed/README.md has no model tables markers');
  return readme.slice(0, start) + modelTables() + readme.slice(end + TABLES_END.length);
}
