import http from 'node:http';
import net from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { generateKey, Role } from '../../src/api-keys';
import type { Context } from '../../src/context';
import { Readiness } from '../../src/readiness';
import { createApolloServer, createApp, requestContext } from '../../src/server';
import { NodeKind } from '../../src/schema/kinds';
import { PrivateGraph, startPrivateGraph } from '../helpers/private-graph';

type Result = { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };

const editor = generateKey('curation-editor', Role.Editor);
const admin = generateKey('curation-admin', Role.Admin);
const SOURCE = { document: 'https://example.org/curation-test', title: 'A test page', passage: 'A passage that supports the record.' };

/** A minimal valid input of each kind, with an id this suite owns. */
const MINIMAL: Record<Exclude<NodeKind, 'Claim'>, Record<string, unknown>> = {
  [NodeKind.Report]: { id: 'A/CURATION-TEST/1', title: 'A test report', date: '2020-01-31', symbols: ['A/CURATION-TEST/1'] },
  [NodeKind.Resolution]: { id: 'A/RES/CURATION-TEST/1', title: 'A test resolution', date: '2020-02-29', symbols: ['A/RES/CURATION-TEST/1'] },
  [NodeKind.Document]: { id: 'document:curation-test', title: 'A test document', documentType: 'letter' },
  [NodeKind.Dialogue]: { id: 'dialogue:curation-test', title: 'A test dialogue', format: 'plenary-debate', startDate: '2020-03-01' },
  [NodeKind.Person]: { id: 'person:curation-test-kind', name: 'Kind Person' },
  [NodeKind.Post]: { id: 'post:curation-test', name: 'A test post' },
  [NodeKind.Pillar]: { id: 'pillar:curation-test', number: 2, title: 'A test pillar', wording: 'Its wording.' },
  [NodeKind.Crime]: { id: 'crime:curation-test', name: 'A test crime' },
  [NodeKind.Measure]: { id: 'measure:curation-test', text: 'A test measure', category: 'early-warning' },
  [NodeKind.Organ]: { id: 'organ:curation-test', name: 'A test organ' },
  [NodeKind.Organization]: { id: 'organization:curation-test', name: 'A test organization' },
  [NodeKind.Office]: { id: 'office:curation-test', name: 'A test office' },
  [NodeKind.Instrument]: { id: 'instrument:curation-test', name: 'A test instrument' },
  [NodeKind.Concept]: { id: 'concept:curation-test', name: 'A test concept' },
  [NodeKind.Event]: { id: 'event:curation-test', name: 'A test event', date: '2020-04-01' },
  [NodeKind.Country]: { id: 'country:curation-test', name: 'Testland' },
  [NodeKind.PresidentialStatement]: { id: 'S/PRST/CURATION-TEST/1', title: 'A test agenda item', date: '2020-05-01', symbols: ['S/PRST/CURATION-TEST/1'] },
  [NodeKind.Situation]: { id: 'situation:curation-test', name: 'A test situation' },
  [NodeKind.PublishedTotal]: { id: 'total:curation-test', recordKind: 'Resolution', count: 3, asOf: '2020-06-01', scope: 'A test count' },
};

const UPSERT_PERSON = 'mutation($input: PersonInput!) { upsertPerson(input: $input) { id name description createdAt updatedAt sources { document passage } } }';
const UPSERT_RELATIONSHIP =
  'mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id type source target properties sources { document } } }';
const RECORD_CLAIM = 'mutation($input: ClaimInput!) { recordClaim(input: $input) { id preferred subject } }';
const ADD_SOURCE =
  'mutation($id: ID!, $source: SourceInput!) { addSource(targetId: $id, source: $source) { action target targetKind before after } }';
const DELETE_NODE = 'mutation($id: ID!, $detach: Boolean) { deleteNode(id: $id, detach: $detach) { action target actor before } }';
const CHANGES = 'query($id: ID, $since: String, $first: Int) { changes(id: $id, since: $since, first: $first) { at actor operation action target targetKind before after } }';

const person = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: 'Test Person', sources: [SOURCE], ...extra });
const relationship = (from: string, to: string, extra: Record<string, unknown> = {}) => ({ type: 'HELD', from, to, sources: [SOURCE], ...extra });
const claim = (id: string, subject: string, value: string, preferred: boolean) => ({
  id,
  subject,
  property: 'description',
  value,
  preferred,
  sources: [SOURCE],
});

describe('curation through the API', () => {
  let db: PrivateGraph;
  let server: ApolloServer<Context>;
  const logged: unknown[] = [];

  beforeAll(async () => {
    db = await startPrivateGraph('e2e', { R2P_API_KEYS: `${editor.entry},${admin.entry}` });
    server = createApolloServer({ config: db.config, log: (line) => logged.push(line) });
    await server.start();
  }, 600_000);
  afterAll(async () => {
    await server?.stop();
    await db?.stop();
  });

  async function run(query: string, variables: Record<string, unknown> = {}, key: string | null = null): Promise<Result> {
    const context = requestContext({ config: db.config, driver: db.driver }, undefined, undefined, key ? `Bearer ${key}` : undefined);
    const response = await server.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as Result;
  }
  async function ok(query: string, variables: Record<string, unknown>, key = editor.key): Promise<Record<string, any>> {
    const result = await run(query, variables, key);
    if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
    return result.data!;
  }
  async function failure(query: string, variables: Record<string, unknown>, key: string | null = editor.key) {
    const result = await run(query, variables, key);
    expect(result.errors).toHaveLength(1);
    return { code: result.errors![0].extensions?.code as string, fields: result.errors![0].extensions?.fields as string[] | undefined, message: result.errors![0].message };
  }
  async function stored(id: string): Promise<Record<string, any> | null> {
    const rows = await db.graph.read<{ n: Record<string, any> }>('MATCH (n:Entity {id: $id}) RETURN properties(n) AS n', { id });
    return rows[0]?.n ?? null;
  }
  async function changeCount(): Promise<number> {
    const [row] = await db.graph.read<{ n: number }>('MATCH (c:Change) RETURN count(c) AS n');
    return row.n;
  }

  describe('happy paths', () => {
    it('creates a person with timestamps and records who created it', async () => {
      const data = await ok(UPSERT_PERSON, { input: person('person:curation-test-a', { description: 'First version.' }) });
      expect(data.upsertPerson).toMatchObject({ id: 'person:curation-test-a', name: 'Test Person', description: 'First version.' });
      expect(data.upsertPerson.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(data.upsertPerson.updatedAt).toBe(data.upsertPerson.createdAt);
      const changes = (await ok(CHANGES, { id: 'person:curation-test-a' })).changes;
      expect(changes).toEqual([
        expect.objectContaining({ actor: 'curation-editor', operation: 'upsertPerson', action: 'CREATE', targetKind: 'Person', before: null }),
      ]);
      expect(changes[0].after).toMatchObject({ kind: 'Person', name: 'Test Person', description: 'First version.', sources: [SOURCE] });
    });

    it('replaces every property on a second upsert, keeps createdAt and records before and after', async () => {
      const first = (await ok('{ node(id: "person:curation-test-a") { createdAt } }', {})).node;
      const data = await ok(UPSERT_PERSON, { input: person('person:curation-test-a', { name: 'Renamed Person' }) });
      expect(data.upsertPerson).toMatchObject({ name: 'Renamed Person', description: null, createdAt: first.createdAt });
      expect(data.upsertPerson.updatedAt >= first.createdAt).toBe(true);
      const [latest] = (await ok(CHANGES, { id: 'person:curation-test-a', first: 1 })).changes;
      expect(latest).toMatchObject({ action: 'UPDATE', before: { name: 'Test Person', description: 'First version.' } });
      expect(latest.after).toMatchObject({ name: 'Renamed Person' });
      expect(latest.after).not.toHaveProperty('description');
    });

    it.each(Object.entries(MINIMAL))('creates a %s through its own upsert mutation, typed as that kind', async (kind, input) => {
      const data = await ok(`mutation($input: ${kind}Input!) { upsert${kind}(input: $input) { __typename id kind label } }`, {
        input: { ...input, sources: [SOURCE] },
      });
      expect(data[`upsert${kind}`]).toMatchObject({ __typename: kind, id: input.id, kind });
      expect((await ok('query($id: ID!) { node(id: $id) { kind } }', { id: input.id })).node.kind).toBe(kind);
    });

    it('creates and then updates a relationship between existing nodes', async () => {
      await ok(UPSERT_PERSON, { input: person('person:curation-test-b') });
      await ok('mutation($input: PostInput!) { upsertPost(input: $input) { id } }', {
        input: { id: 'post:curation-test-b', name: 'B post', sources: [SOURCE] },
      });
      const created = await ok(UPSERT_RELATIONSHIP, {
        input: relationship('person:curation-test-b', 'post:curation-test-b', { key: 'first-term', properties: { from: '2010-01-01' } }),
      });
      expect(created.upsertRelationship).toMatchObject({
        id: 'person:curation-test-b|HELD|post:curation-test-b#first-term',
        type: 'HELD',
        source: 'person:curation-test-b',
        target: 'post:curation-test-b',
        properties: { from: '2010-01-01' },
      });
      const updated = await ok(UPSERT_RELATIONSHIP, {
        input: relationship('person:curation-test-b', 'post:curation-test-b', { key: 'first-term', properties: { from: '2010-01-01', to: '2012-06-30' } }),
      });
      expect(updated.upsertRelationship.properties).toMatchObject({ from: '2010-01-01', to: '2012-06-30', createdAt: expect.any(String) });
      const held = (await ok('{ node(id: "person:curation-test-b") { relationships(types: [HELD]) { id properties { from to } node { id } } } }', {}))
        .node.relationships;
      expect(held).toEqual([
        { id: 'person:curation-test-b|HELD|post:curation-test-b#first-term', properties: { from: '2010-01-01', to: '2012-06-30' }, node: { id: 'post:curation-test-b' } },
      ]);
      const actions = (await ok(CHANGES, { id: 'person:curation-test-b|HELD|post:curation-test-b#first-term' })).changes.map((c: { action: string }) => c.action);
      expect(actions).toEqual(['UPDATE', 'CREATE']);
    });

    it('adds a source to a node and to a relationship', async () => {
      const extra = { document: 'A/63/677', passage: 'Another passage.' };
      const onNode = (await ok(ADD_SOURCE, { id: 'person:curation-test-b', source: extra })).addSource;
      expect(onNode).toMatchObject({ action: 'UPDATE', target: 'person:curation-test-b', targetKind: 'Person' });
      expect(onNode.before.sources).toHaveLength(1);
      expect(onNode.after.sources).toEqual([SOURCE, extra]);
      const relId = 'person:curation-test-b|HELD|post:curation-test-b#first-term';
      const onRel = (await ok(ADD_SOURCE, { id: relId, source: extra })).addSource;
      expect(onRel).toMatchObject({ target: relId, targetKind: 'HELD', after: { from: 'person:curation-test-b', to: 'post:curation-test-b' } });
      expect(onRel.after.sources).toEqual([SOURCE, extra]);
      expect((await failure(ADD_SOURCE, { id: relId, source: extra })).fields).toEqual(['source']);
    });

    it('records claims, keeping exactly one preferred claim per fact', async () => {
      await ok(UPSERT_PERSON, { input: person('person:curation-test-c', { description: 'Born in 1950.' }) });
      await ok(RECORD_CLAIM, { input: claim('claim:curation-test-c1', 'person:curation-test-c', 'Born in 1950.', true) });
      await ok(RECORD_CLAIM, { input: claim('claim:curation-test-c2', 'person:curation-test-c', 'Born in 1951.', false) });
      await ok(RECORD_CLAIM, { input: claim('claim:curation-test-c3', 'person:curation-test-c', 'Born in 1949.', true) });
      const claims = (await ok('{ node(id: "person:curation-test-c") { claims { id preferred } } }', {})).node.claims;
      expect(claims).toEqual([
        { id: 'claim:curation-test-c3', preferred: true },
        { id: 'claim:curation-test-c1', preferred: false },
        { id: 'claim:curation-test-c2', preferred: false },
      ]);
      const demoted = (await ok(CHANGES, { id: 'claim:curation-test-c1', first: 1 })).changes[0];
      expect(demoted).toMatchObject({ operation: 'recordClaim', action: 'UPDATE', before: { preferred: true }, after: { preferred: false } });
    });

    it('gives the subject the value of its new preferred claim, and refuses a change that the preferred claim contradicts', async () => {
      expect((await ok('{ node(id: "person:curation-test-c") { ... on Person { description } } }', {})).node.description).toBe('Born in 1949.');
      const [held] = (await ok(CHANGES, { id: 'person:curation-test-c', first: 1 })).changes;
      expect(held).toMatchObject({ operation: 'recordClaim', before: { description: 'Born in 1950.' }, after: { description: 'Born in 1949.' } });
      const error = await failure(UPSERT_PERSON, { input: person('person:curation-test-c', { description: 'Born in 1960.' }) });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['description'] });
      expect(error.message).toContain('claim:curation-test-c3');
    });

    it('deletes a relationship (admin)', async () => {
      const id = 'person:curation-test-b|HELD|post:curation-test-b#first-term';
      const data = await ok('mutation($id: ID!) { deleteRelationship(id: $id) { action target before } }', { id }, admin.key);
      expect(data.deleteRelationship).toMatchObject({ action: 'DELETE', target: id, before: { type: 'HELD', to: 'post:curation-test-b', properties: { to: '2012-06-30' } } });
      const [row] = await db.graph.read<{ n: number }>('MATCH ()-[r:HELD {id: $id}]->() RETURN count(r) AS n', { id });
      expect(row.n).toBe(0);
      expect((await failure('mutation($id: ID!) { deleteRelationship(id: $id) { action } }', { id }, admin.key)).code).toBe('NOT_FOUND');
    });

    it('deletes a node with relationships only with detach: true, recording each relationship deleted', async () => {
      await ok(UPSERT_RELATIONSHIP, { input: relationship('person:curation-test-b', 'post:curation-test-b') });
      const refused = await failure(DELETE_NODE, { id: 'post:curation-test-b' }, admin.key);
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['detach'] });
      expect(await stored('post:curation-test-b')).not.toBeNull();

      const data = await ok(DELETE_NODE, { id: 'post:curation-test-b', detach: true }, admin.key);
      expect(data.deleteNode).toMatchObject({ action: 'DELETE', target: 'post:curation-test-b', actor: 'curation-admin', before: { name: 'B post' } });
      expect(await stored('post:curation-test-b')).toBeNull();
      const relChanges = (await ok(CHANGES, { id: 'person:curation-test-b|HELD|post:curation-test-b' })).changes;
      expect(relChanges[0]).toMatchObject({ operation: 'deleteNode', action: 'DELETE' });
      expect((await failure(DELETE_NODE, { id: 'post:curation-test-b' }, admin.key)).code).toBe('NOT_FOUND');
    });

    it('lists changes since a time, newest first, and within first', async () => {
      const since = new Date().toISOString();
      await ok(UPSERT_PERSON, { input: person('person:curation-test-d') });
      await ok(UPSERT_PERSON, { input: person('person:curation-test-e') });
      const changes = (await ok(CHANGES, { since })).changes;
      expect(changes.map((c: { target: string }) => c.target)).toEqual(['person:curation-test-e', 'person:curation-test-d']);
      expect((await ok(CHANGES, { since, first: 1 })).changes).toHaveLength(1);
      expect((await failure(CHANGES, { since: 'yesterday' }, null)).fields).toEqual(['since']);
    });

    it('keeps the audit trail out of search, statistics and node lookups', async () => {
      const stats = (await ok('{ stats { nodes { name } } }', {})).stats;
      expect(stats.nodes.map((n: { name: string }) => n.name)).not.toContain('Change');
      const data = await run('{ node(id: "person:curation-test-a") { id } }');
      expect(data.data?.node).toEqual({ id: 'person:curation-test-a' });
    });
  });

  describe('validation', () => {
    it.each<[string, string, Record<string, unknown>, string]>([
      ['an id without its kind prefix', 'Person', person('Edward Luck'), 'id'],
      ['a report id that is neither a UN symbol nor report:<slug>', 'Report', { ...MINIMAL.Report, id: 'curation-test', sources: [SOURCE] }, 'id'],
      ['a date that does not exist', 'Report', { ...MINIMAL.Report, date: '2021-02-30', sources: [SOURCE] }, 'date'],
      ['a name that is too long', 'Person', person('person:curation-test-long', { name: 'x'.repeat(201) }), 'name'],
      ['a value outside a closed list', 'Document', { ...MINIMAL.Document, documentType: 'novel', sources: [SOURCE] }, 'documentType'],
      ['a number out of range', 'Pillar', { ...MINIMAL.Pillar, number: 4, sources: [SOURCE] }, 'number'],
      ['no source', 'Person', person('person:curation-test-x', { sources: [] }), 'sources'],
      ['a source with an empty passage', 'Person', person('person:curation-test-x', { sources: [{ document: 'A/63/677', passage: '' }] }), 'sources.0.passage'],
      ['a source url that is not http(s)', 'Person', person('person:curation-test-x', { sources: [{ ...SOURCE, url: 'ftp://example.org/x' }] }), 'sources.0.url'],
      ['a source document that is no URL, symbol or node', 'Person', person('person:curation-test-x', { sources: [SOURCE, { document: 'some book', passage: 'p' }] }), 'sources.1.document'],
      ['an id that another kind holds', 'Document', { ...MINIMAL.Document, id: 'A/63/677', sources: [SOURCE] }, 'id'],
    ])('rejects %s with BAD_USER_INPUT naming the field', async (_name, kind, input, field) => {
      const before = { changes: await changeCount(), node: await stored(String(input.id)) };
      const error = await failure(`mutation($input: ${kind}Input!) { upsert${kind}(input: $input) { id } }`, { input });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual([field]);
      expect(error.message).toContain(field);
      expect({ changes: await changeCount(), node: await stored(String(input.id)) }).toEqual(before);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a key that is not a slug', relationship('person:curation-test-a', 'person:curation-test-d', { key: 'Not A Slug' }), 'key'],
      ['a property date that does not exist', relationship('person:curation-test-a', 'person:curation-test-d', { properties: { from: '2010-13-01' } }), 'properties.from'],
      ['ABOUT, which only claims make', relationship('person:curation-test-a', 'person:curation-test-d', { type: 'ABOUT' }), 'type'],
    ])('rejects a relationship with %s naming the field', async (_name, input, field) => {
      const error = await failure(UPSERT_RELATIONSHIP, { input });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [field] });
    });

    it('refuses a Report -HELD-> Pillar with BAD_USER_INPUT naming the type, the kinds found and the kinds allowed, and writes nothing', async () => {
      await ok(`mutation($input: ReportInput!) { upsertReport(input: $input) { id } }`, { input: { ...MINIMAL.Report, id: 'A/CURATION-TEST/2', symbols: ['A/CURATION-TEST/2'], sources: [SOURCE] } });
      await ok(`mutation($input: PillarInput!) { upsertPillar(input: $input) { id } }`, { input: { ...MINIMAL.Pillar, id: 'pillar:curation-test-ends', sources: [SOURCE] } });
      const before = await changeCount();
      const error = await failure(UPSERT_RELATIONSHIP, { input: relationship('A/CURATION-TEST/2', 'pillar:curation-test-ends') });
      expect(error).toEqual({ code: 'BAD_USER_INPUT', fields: ['type'], message: 'type: HELD may not connect a Report to a Pillar: it connects Person to Post' });
      const [row] = await db.graph.read<{ n: number }>("MATCH (:Entity {id: 'A/CURATION-TEST/2'})-[r]->() RETURN count(r) AS n");
      expect(row.n).toBe(0);
      expect(await changeCount()).toBe(before);
    });

    it('refuses a relationship property its type does not carry, and a hand-written USES_LANGUAGE_OF', async () => {
      await ok(UPSERT_PERSON, { input: person('person:curation-test-props') });
      await ok(`mutation($input: PostInput!) { upsertPost(input: $input) { id } }`, { input: { ...MINIMAL.Post, id: 'post:curation-test-props', sources: [SOURCE] } });
      const property = await failure(UPSERT_RELATIONSHIP, { input: relationship('person:curation-test-props', 'post:curation-test-props', { properties: { verb: 'held' } }) });
      expect(property).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['properties.verb'] });
      const derived = await failure(UPSERT_RELATIONSHIP, { input: relationship('person:curation-test-props', 'post:curation-test-props', { type: 'USES_LANGUAGE_OF' }) });
      expect(derived).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['type'], message: expect.stringMatching(/USES_LANGUAGE_OF is derived by the loader/) });
    });

    it('rejects a relationship type outside the closed enum', async () => {
      const error = await failure(UPSERT_RELATIONSHIP, { input: relationship('person:curation-test-a', 'person:curation-test-d', { type: 'LIKES' }) });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(/LIKES.*RelationshipType/);
    });

    it('answers NOT_FOUND for a relationship to a node that does not exist, and writes no dangling edge', async () => {
      const error = await failure(UPSERT_RELATIONSHIP, { input: relationship('person:curation-test-a', 'post:curation-test-missing') });
      expect(error).toMatchObject({ code: 'NOT_FOUND', fields: ['to'] });
      const [row] = await db.graph.read<{ n: number }>("MATCH (:Entity {id: 'person:curation-test-a'})-[r:HELD]->() RETURN count(r) AS n");
      expect(row.n).toBe(0);
    });

    it('answers NOT_FOUND for a claim about a node that does not exist', async () => {
      const error = await failure(RECORD_CLAIM, { input: claim('claim:curation-test-z', 'person:curation-test-missing', 'x', true) });
      expect(error).toMatchObject({ code: 'NOT_FOUND', fields: ['subject'] });
      expect(await stored('claim:curation-test-z')).toBeNull();
    });
  });

  describe('access', () => {
    it('answers UNAUTHENTICATED without a key and writes nothing', async () => {
      const before = await changeCount();
      expect((await failure(UPSERT_PERSON, { input: person('person:curation-test-anon') }, null)).code).toBe('UNAUTHENTICATED');
      expect(await stored('person:curation-test-anon')).toBeNull();
      expect(await changeCount()).toBe(before);
    });

    it('answers a wrong key exactly as no key, before looking at the input', async () => {
      const none = await failure(UPSERT_PERSON, { input: person('person:curation-test-anon') }, null);
      const wrong = await failure(UPSERT_PERSON, { input: person('person:curation-test-anon') }, `${editor.key}x`);
      const invalid = await failure(UPSERT_PERSON, { input: person('not an id') }, 'r2p_unknown');
      expect(wrong).toEqual(none);
      expect(invalid).toEqual(none);
      expect(await stored('person:curation-test-anon')).toBeNull();
    });

    it('answers FORBIDDEN when an editor deletes, and deletes nothing', async () => {
      const before = await changeCount();
      const error = await failure(DELETE_NODE, { id: 'person:curation-test-d', detach: true }, editor.key);
      expect(error.code).toBe('FORBIDDEN');
      expect(error.message).not.toMatch(/curation-/);
      expect(await stored('person:curation-test-d')).not.toBeNull();
      expect(await changeCount()).toBe(before);
    });

    it('lets anyone read', async () => {
      expect((await run('{ node(id: "A/63/677") { id } }')).data?.node).toEqual({ id: 'A/63/677' });
    });

    it('reads the key from the Authorization header of a real HTTP request', async () => {
      const app = createApp({ config: db.config, driver: db.driver, readiness: new Readiness(), log: () => undefined }, server);
      const httpServer = http.createServer(app);
      await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(httpServer.address() as net.AddressInfo).port}/graphql`;
      const post = (authorization?: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query: UPSERT_PERSON, variables: { input: person('person:curation-test-http') } }),
        }).then((response) => response.json() as Promise<Result>);
      try {
        expect((await post()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await post(`Basic ${editor.key}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect((await post(`Bearer ${editor.key}`)).data?.upsertPerson.id).toBe('person:curation-test-http');
      } finally {
        await new Promise((resolve) => httpServer.close(resolve));
      }
    });
  });

  describe('atomicity', () => {
    it('rolls back a claim write whose last check fails: the claim, its ABOUT relationship and the trail are unchanged', async () => {
      const before = await changeCount();
      const claimBefore = await stored('claim:curation-test-c3');
      const error = await failure(RECORD_CLAIM, { input: claim('claim:curation-test-c3', 'person:curation-test-c', 'Changed value', false) });
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['preferred'] });
      expect(await stored('claim:curation-test-c3')).toEqual(claimBefore);
      const [about] = await db.graph.read<{ n: number }>(
        "MATCH (:Claim {id: 'claim:curation-test-c3'})-[r:ABOUT]->(:Entity {id: 'person:curation-test-c'}) RETURN count(r) AS n",
      );
      expect(about.n).toBe(1);
      expect(await changeCount()).toBe(before);
    });

    it('rolls back a delete whose check after the delete fails: the preferred claim stays', async () => {
      const error = await failure(DELETE_NODE, { id: 'claim:curation-test-c3' }, admin.key);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['preferred'] });
      expect(await stored('claim:curation-test-c3')).toMatchObject({ preferred: true });
    });

    it('refuses to delete a node that claims are about', async () => {
      const error = await failure(DELETE_NODE, { id: 'person:curation-test-c', detach: true }, admin.key);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'] });
      expect(await stored('person:curation-test-c')).not.toBeNull();
    });
  });

  describe('consistency', () => {
    // Reads are auto-commit statements, not managed transactions. On one server a committed write is visible to
    // the next statement with or without bookmarks, so this guards the path (no cache, no stale session), not the
    // bookmark manager, which only matters on a cluster.
    it('lets a read see a write made just before it', async () => {
      for (let i = 0; i < 20; i += 1) {
        const marker = `consistency-${i}`;
        await db.graph.write('CREATE (:ConsistencyProbe {marker: $marker})', { marker });
        const [row] = await db.graph.read<{ found: number }>('MATCH (p:ConsistencyProbe {marker: $marker}) RETURN count(p) AS found', { marker });
        expect(row.found).toBe(1);
      }
      await db.graph.write('MATCH (p:ConsistencyProbe) DELETE p');
    });
  });

  describe('concurrency', () => {
    it('makes one node of 50 parallel upserts of the same id, with one CREATE in the trail', async () => {
      const id = 'person:curation-test-parallel';
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => run(UPSERT_PERSON, { input: person(id, { description: `Version ${i}.` }) }, editor.key)),
      );
      expect(results.filter((result) => result.errors)).toEqual([]);
      const [row] = await db.graph.read<{ n: number }>('MATCH (n {id: $id}) RETURN count(n) AS n', { id });
      expect(row.n).toBe(1);
      const changes = (await ok(CHANGES, { id, first: 100 })).changes as Array<{ action: string; before: { description?: string } | null; after: { description: string } }>;
      expect(changes).toHaveLength(50);
      expect(changes.filter((c) => c.action === 'CREATE')).toHaveLength(1);
      // Each write saw the state the previous one left: the trail is one chain, with no lost update.
      const afters = new Set(changes.map((c) => c.after.description));
      expect(afters.size).toBe(50);
      const befores = changes.filter((c) => c.before !== null).map((c) => c.before!.description);
      expect(new Set(befores).size).toBe(49);
      for (const description of befores) expect(afters.has(description!)).toBe(true);
    });
  });
});
