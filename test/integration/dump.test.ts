import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { generateKey, Role } from '../../src/api-keys';
import type { Context } from '../../src/context';
import { DumpRepository } from '../../src/graph/dump.repository';
import { createApolloServer, requestContext } from '../../src/server';
import { dumpFiles, dumpText, writeDump } from '../../src/seed/dump';
import { runSeed } from '../../src/seed/run';
import { validateSeed } from '../../src/seed/validate';
import { PrivateGraph, startPrivateGraph } from '../helpers/private-graph';

const editor = generateKey('dump-editor', Role.Editor);
const admin = generateKey('dump-admin', Role.Admin);
const SOURCE = { document: 'https://example.org/dump-test', passage: 'A passage that supports the record.' };

/** Every mutation kind the API has, applied to seeded and new records alike. */
const MUTATIONS: Array<[string, Record<string, unknown>, string]> = [
  ['mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }', { i: { id: 'person:dump-test', name: 'Dump Test', description: 'New.', sources: [SOURCE] } }, editor.key],
  ['mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }', { i: { id: 'person:edward-luck', name: 'Edward Luck', description: 'Curated.', sources: [SOURCE] } }, editor.key],
  ['mutation($i: ReportInput!) { upsertReport(input: $i) { id } }', { i: { id: 'A/DUMP-TEST/1', title: 'A report', date: '2020-01-31', symbols: ['A/DUMP-TEST/1', 'S/DUMP-TEST/1'], ordinal: 99, sources: [SOURCE] } }, editor.key],
  ['mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id } }', { i: { type: 'HELD', from: 'person:dump-test', to: 'post:special-adviser-r2p', key: 'acting-term', properties: { from: '2020-01-01', acting: true }, sources: [SOURCE] } }, editor.key],
  ['mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id } }', { i: { type: 'ISSUED_BY', from: 'A/DUMP-TEST/1', to: 'person:dump-test', sources: [{ ...SOURCE, document: 'A/DUMP-TEST/1' }] } }, editor.key],
  ['mutation($i: ClaimInput!) { recordClaim(input: $i) { id } }', { i: { id: 'claim:dump-test-1', subject: 'person:dump-test', property: 'description', value: 'New.', preferred: true, sources: [SOURCE] } }, editor.key],
  ['mutation($i: ClaimInput!) { recordClaim(input: $i) { id } }', { i: { id: 'claim:dump-test-2', subject: 'person:dump-test', property: 'description', value: 'Old.', preferred: true, reason: 'Newer source.', sources: [SOURCE] } }, editor.key],
  ['mutation($id: ID!, $s: SourceInput!) { addSource(targetId: $id, source: $s) { id } }', { id: 'claim:dump-test-1', s: { document: 'person:dump-test', passage: 'Cites a node.' } }, editor.key],
  ['mutation($id: ID!, $s: SourceInput!) { addSource(targetId: $id, source: $s) { id } }', { id: 'A/63/677|PRESENTED_AT|dialogue:2009-07-21', s: SOURCE }, editor.key],
  ['mutation($i: PersonInput!) { upsertPerson(input: $i) { id } }', { i: { id: 'person:dump-test-gone', name: 'Gone', sources: [SOURCE] } }, editor.key],
  ['mutation($i: RelationshipInput!) { upsertRelationship(input: $i) { id } }', { i: { type: 'SUCCEEDED', from: 'person:dump-test-gone', to: 'person:dump-test', sources: [SOURCE] } }, editor.key],
  ['mutation($id: ID!) { deleteNode(id: $id, detach: true) { id } }', { id: 'person:dump-test-gone' }, admin.key],
];

type Snapshot = { nodes: string[]; relationships: string[] };

describe('npm run dump', () => {
  let db: PrivateGraph;
  let server: ApolloServer<Context>;
  let dir: string;

  /** Every node (audit trail included) and relationship with labels, ends and every stored property, as sorted JSON lines. */
  async function graphState(): Promise<Snapshot> {
    const sortKeys = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
    const nodes = await db.graph.read<{ labels: string[]; properties: Record<string, unknown> }>(
      'MATCH (n) WHERE NOT n:SeedState RETURN labels(n) AS labels, properties(n) AS properties',
    );
    const relationships = await db.graph.read<{ type: string; from: string; to: string; properties: Record<string, unknown> }>(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties',
    );
    return {
      nodes: nodes.map((n) => JSON.stringify([[...n.labels].sort(), sortKeys(n.properties)])).sort(),
      relationships: relationships.map((r) => JSON.stringify([r.type, r.from, r.to, sortKeys(r.properties)])).sort(),
    };
  }

  beforeAll(async () => {
    db = await startPrivateGraph('dump', { R2P_API_KEYS: `${editor.entry},${admin.entry}` });
    server = createApolloServer({ config: db.config, log: () => undefined });
    for (const [query, variables, key] of MUTATIONS) {
      const context = requestContext({ config: db.config, driver: db.driver }, undefined, undefined, `Bearer ${key}`);
      const response = await server.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== 'single' || response.body.singleResult.errors) {
        throw new Error(`mutation failed: ${JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body)}`);
      }
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r2p-dump-'));
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
    await db?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives back the same graph, audit trail included, after a wipe and a load of the dump by the seed loader', async () => {
    const before = await graphState();
    expect(before.nodes.filter((line) => line.includes('"Change"'))).toHaveLength(15);
    writeDump(dir, dumpFiles(await new DumpRepository(db.graph).snapshot()), false);

    const checked = await runSeed(null, { dir, check: true });
    expect(checked.problems).toEqual([]);

    await db.reseed(dir);
    const after = await graphState();
    expect(after.nodes).toEqual(before.nodes);
    expect(after.relationships).toEqual(before.relationships);
  });

  it('writes one file per kind, sorted, and the same bytes when dumped twice', async () => {
    const first = dumpFiles(await new DumpRepository(db.graph).snapshot());
    const second = dumpFiles(await new DumpRepository(db.graph).snapshot());
    expect(second.map(dumpText)).toEqual(first.map(dumpText));
    const names = first.map((file) => file.file);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['person.yaml', 'report.yaml', 'claim.yaml', 'relationships.yaml', 'changes.yaml']));
    const people = first.find((file) => file.file === 'person.yaml')!.content.nodes as Array<{ id: string }>;
    expect(people.map((p) => p.id)).toEqual(people.map((p) => p.id).sort());
    expect(fs.readFileSync(path.join(dir, 'person.yaml'), 'utf8')).toMatch(
      /- id: person:dump-test\n +kind: Person\n +name: Dump Test\n +description: Old\.\n +createdAt: "?\d{4}-\d\d-\d\dT[^\n]+\n +updatedAt: [^\n]+\n +sources:\n/,
    );
  });

  it('refuses a folder that already holds YAML files unless told to replace them', () => {
    expect(() => writeDump(dir, [], false)).toThrow(/already holds \d+ YAML file\(s\)/);
  });

  it('is checked by the seed validator: timestamps must be ISO and changes well-formed', () => {
    const person = { id: 'person:x', kind: 'Person', name: 'X', sources: [SOURCE], createdAt: '2024-02-30T00:00:00.000Z' };
    const change = { id: 'c1', at: 'yesterday', seq: 0, actor: 'a', operation: 'upsertPerson', action: 'CREATE', target: 'person:x', targetKind: 'Person' };
    const result = validateSeed([{ file: 'a.yaml', content: { nodes: [person], changes: [change] } }]);
    expect(result.problems.map((p) => `${p.record} ${p.field}`)).toEqual(['person:x createdAt', 'c1 at']);
  });
});
