import { NODE_KINDS, propertiesOf, RELATIONSHIP_TYPE_NAMES, SEARCHABLE_PROPERTIES } from '../model';
import { label, relType } from './fragments';

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const SAFE_PROPERTY = /^[A-Za-z]{1,40}$/;

function property(name: string): string {
  if (!SAFE_PROPERTY.test(name)) throw new Error(`Not a property name: ${name}`);
  return name;
}

/**
 * The constraints and indexes the model implies, each `IF NOT EXISTS` (re-runnable): unique relationship ids
 * per type, a range index for every indexed property, the full-text index over the searchable properties
 * and the source passages, and the index of document symbols. `cypher/schema.cypher` holds the rest (ids across kinds, the audit trail).
 */
export function modelSchemaStatements(): string[] {
  const constraints = RELATIONSHIP_TYPE_NAMES.map(
    (type) => `CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${relType(type)}]-() REQUIRE r.id IS UNIQUE`,
  );
  const indexes = NODE_KINDS.flatMap((kind) =>
    Object.entries(propertiesOf(kind))
      .filter(([, spec]) => spec.indexed)
      .map(([name]) => `CREATE INDEX ${snake(kind)}_${snake(name)} IF NOT EXISTS FOR (n:${label(kind)}) ON (n.${property(name)})`),
  );
  const searched = [...SEARCHABLE_PROPERTIES, 'sourceText'].map((name) => `n.${property(name)}`).join(', ');
  // A document by any of its symbols (symbolKeys, folded as src/schema/ids.ts folds them): the keyword analyzer
  // keeps each key one term, so that a lookup is one exact index hit, never a scan of every node.
  const symbols = "CREATE FULLTEXT INDEX entity_symbol IF NOT EXISTS FOR (n:Entity) ON EACH [n.symbolKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}}";
  return [...constraints, ...indexes, `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [${searched}]`, symbols];
}
