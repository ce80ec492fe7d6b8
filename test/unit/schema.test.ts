import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/paths';
import { printSchemaSdl, SCHEMA_FILE } from '../../src/schema/build';
import { NodeKind, RelationshipType } from '../../src/schema/kinds';
import { PROPERTY_TYPES } from '../../src/schema/properties';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run npm run schema:emit after changing it)', () => {
    expect(printSchemaSdl()).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('has a list query for every node kind', () => {
    const sdl = printSchemaSdl();
    for (const kind of Object.values(NodeKind)) expect(sdl).toContain(`): ${kind}Connection!`);
  });
});

describe('cypher/schema.cypher', () => {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher/schema.cypher'), 'utf8');

  it('makes relationship ids unique for every relationship type', () => {
    for (const type of Object.values(RelationshipType)) {
      expect(text).toContain(`FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`);
    }
  });

  it('indexes the date property of every dated kind', () => {
    for (const [kind, properties] of Object.entries(PROPERTY_TYPES)) {
      for (const [name, type] of Object.entries(properties)) {
        if (type === 'date' && ['date', 'startDate'].includes(name)) expect(text).toContain(`FOR (n:${kind}) ON (n.${name})`);
      }
    }
  });
});
