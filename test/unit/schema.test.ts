import fs from 'node:fs';
import path from 'node:path';
import { NODE_KINDS, RELATIONSHIP_TYPE_NAMES } from '../../src/model';
import { PROJECT_ROOT } from '../../src/paths';
import { printSchemaSdl, SCHEMA_FILE } from '../../src/schema/build';

describe('the GraphQL schema', () => {
  it('matches the committed schema.graphql (run npm run schema:emit after changing it)', () => {
    expect(printSchemaSdl()).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('has a list query for every node kind', () => {
    const sdl = printSchemaSdl();
    for (const kind of NODE_KINDS) expect(sdl).toContain(`): ${kind}Connection!`);
  });
});

describe('cypher/schema.cypher', () => {
  const text = fs.readFileSync(path.join(PROJECT_ROOT, 'cypher/schema.cypher'), 'utf8');

  it('leaves to the model what the model declares: no relationship type, kind or full-text index named here', () => {
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(text).not.toMatch(new RegExp(`\\[r:${type}\\]`));
    for (const kind of NODE_KINDS) expect(text).not.toContain(`(n:${kind})`);
    expect(text).not.toContain('FULLTEXT');
  });
});
