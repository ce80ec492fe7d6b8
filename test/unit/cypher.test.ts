import fs from 'node:fs';
import path from 'node:path';
import { cypher, cypherFileProblems, cypherFiles } from '../../src/graph/cypher-files';
import { forKind, forType } from '../../src/graph/fragments';
import { buildListQuery } from '../../src/graph/list-query';
import { shortestPathStatement } from '../../src/graph/traversal.repository';
import { NodeKind, RelationshipType } from '../../src/model';
import { PROJECT_ROOT } from '../../src/paths';
import { SortDirection } from '../../src/schema/filter.input';
import { Direction } from '../../src/schema/kinds';

/** Every `cypher('name')` the source code takes. */
function namesUsed(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return namesUsed(file);
    if (!entry.name.endsWith('.ts')) return [];
    return [...fs.readFileSync(file, 'utf8').matchAll(/\bcypher\('([^']+)'\)/g)].map((match) => match[1]);
  });
}

describe('the static queries in cypher/', () => {
  it('all load and pass the checks made at start-up', () => {
    expect(() => cypherFiles()).not.toThrow();
    expect(cypherFiles().size).toBe(fs.readdirSync(path.join(PROJECT_ROOT, 'cypher'), { recursive: true }).filter((name) => String(name).endsWith('.cypher')).length);
  });

  it('are each used by the code, and every name the code uses exists', () => {
    // The benchmarks' bulk loader and the soak run static queries of their own.
    const used = new Set(['src', 'bench'].flatMap((dir) => namesUsed(path.join(PROJECT_ROOT, dir))).filter((name) => name !== 'name'));
    expect([...used].filter((name) => !cypherFiles().has(name))).toEqual([]);
    expect([...cypherFiles().keys()].filter((name) => !used.has(name))).toEqual([]);
  });

  it('refuses a misspelt name, a file without its header comment and a file of two statements', () => {
    expect(() => cypher('node/read-nodez')).toThrow('No Cypher file cypher/node/read-nodez.cypher');
    expect(cypherFileProblems('x/y', 'MATCH (n) RETURN n')).toEqual(['cypher/x/y.cypher: must open with a // comment saying what it does']);
    expect(cypherFileProblems('x/y', "// Two.\nMATCH (n) RETURN n;\nMATCH (m) RETURN m")).toEqual(['cypher/x/y.cypher: holds more than one statement']);
    expect(cypherFileProblems('x/y', "// A semicolon in a string is no second statement.\nRETURN 'a;b' AS text;")).toEqual([]);
  });
});

// Generated Cypher, as neo4j/graphql's TCK tests hold it: a change in what is sent to Neo4j shows in review.
describe('composed Cypher', () => {
  it.each<[string, Parameters<typeof buildListQuery>[1]]>([
    ['a default page', {}],
    ['filters on text, numbers, dates and lists', { filter: { title: { contains: 'Protect' }, ordinal: { gte: 3 }, date: { from: '2012', to: '2015-06' }, symbols: { includes: 'A/66/874' } }, first: 5 }],
    ['a related-node filter', { filter: { related: [{ type: RelationshipType.DISCUSSED_AT, direction: Direction.OUT, kind: NodeKind.Dialogue, date: { eq: '2012' }, labelContains: 'dialogue' }] } }],
    ['a related-node filter of any kind', { filter: { related: [{ type: RelationshipType.CITES, direction: Direction.BOTH, id: 'A/RES/60/1', date: { from: '2005' } }] } }],
    ['an order, backwards from a cursor', { orderBy: { field: 'title', direction: SortDirection.DESC }, last: 3, before: Buffer.from(JSON.stringify(['title', 'M', 'A/66/874'])).toString('base64url') }],
  ])('lists reports with %s', (_name, request) => {
    const { query, params } = buildListQuery(NodeKind.Report, request, 'date');
    expect({ query, params }).toMatchSnapshot();
  });

  it('fills a kind or a relationship type into the statements written for any', () => {
    expect(forKind(cypher('curation/write-node'), NodeKind.PresidentialStatement)).toMatchSnapshot();
    expect(forKind(cypher('seed/merge-nodes'), NodeKind.Situation)).toMatchSnapshot();
    expect(forType(cypher('curation/lock-relationship'), RelationshipType.REFERENCES)).toMatchSnapshot();
    expect(forType(cypher('seed/merge-relationships'), RelationshipType.LOCATED_IN)).toMatchSnapshot();
    expect(forKind(cypher('curation/write-node'), NodeKind.Report)).toContain('SET n:`Report`');
  });

  it('bounds the shortest path by maxDepth, one path or all', () => {
    expect(shortestPathStatement(4, false)).toMatchSnapshot();
    expect(shortestPathStatement(2, true)).toContain('allShortestPaths');
    expect(() => shortestPathStatement(11, false)).toThrow('maxDepth must be between 1 and 10');
  });
});
