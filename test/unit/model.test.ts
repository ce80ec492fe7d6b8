import fs from 'node:fs';
import path from 'node:path';
import { graphql } from 'graphql';
import {
  endpointProblem,
  modelProblems,
  NODE_KINDS,
  NodeKind,
  RELATIONSHIP_TYPE_NAMES,
  relationshipField,
  RelationshipType,
  relationshipTypeSpec,
} from '../../src/model';
import { modelTables, withModelTables } from '../../src/model/readme';
import { modelSchemaStatements } from '../../src/graph/schema-statements';
import { PROJECT_ROOT } from '../../src/paths';
import { buildSchema } from '../../src/schema/build';
import { readSeedDir } from '../../src/seed/read';
import { validateSeed } from '../../src/seed/validate';

const README = fs.readFileSync(path.join(PROJECT_ROOT, 'seed/README.md'), 'utf8');
const source = { document: 'A/63/677', passage: 'a passage' };
const nodes = [
  { id: 'A/99/1', kind: 'Report', title: 'A report', date: '2009-01-12', symbols: ['A/99/1'], sources: [source] },
  { id: 'pillar:9', kind: 'Pillar', number: 1, title: 'A pillar', wording: 'Its wording.', sources: [source] },
  { id: 'S/PRST/2099/1', kind: 'PresidentialStatement', title: 'Agenda item', date: '2099-01-02', symbols: ['S/PRST/2099/1'], sources: [source] },
  { id: 'situation:somewhere', kind: 'Situation', name: 'Somewhere', sources: [source] },
  { id: 'country:elsewhere', kind: 'Country', name: 'Elsewhere', sources: [source] },
];
const seedWith = (relationships: unknown[]) => validateSeed([{ file: 'sub/one.yaml', content: { nodes, relationships } }]);

describe('the graph model', () => {
  it('is consistent: every field names declared kinds and types that can reach it', () => {
    expect(modelProblems()).toEqual([]);
  });

  it('names the type, the kinds found and the kinds allowed when ends do not fit', () => {
    expect(endpointProblem(RelationshipType.HELD, NodeKind.Report, NodeKind.Pillar)).toBe(
      'HELD may not connect a Report to a Pillar: it connects Person to Post',
    );
    expect(endpointProblem(RelationshipType.HELD, NodeKind.Person, NodeKind.Post)).toBeNull();
  });

  it('lets the contract widen CONCERNS, ADOPTED_BY and BUILDS_ON to presidential statements and situations', () => {
    expect(endpointProblem(RelationshipType.CONCERNS, NodeKind.PresidentialStatement, NodeKind.Situation)).toBeNull();
    expect(endpointProblem(RelationshipType.ADOPTED_BY, NodeKind.PresidentialStatement, NodeKind.Organ)).toBeNull();
    expect(endpointProblem(RelationshipType.BUILDS_ON, NodeKind.PresidentialStatement, NodeKind.Resolution)).toBeNull();
    expect(endpointProblem(RelationshipType.LOCATED_IN, NodeKind.Situation, NodeKind.Country)).toBeNull();
    expect(relationshipTypeSpec(RelationshipType.USES_LANGUAGE_OF)).toMatchObject({ derived: true, from: ['Resolution', 'PresidentialStatement'], to: ['Pillar'] });
  });

  it('answers, for one typed field, the types, direction, target kinds and properties the read path needs', () => {
    expect(relationshipField(NodeKind.Person, 'posts')).toMatchObject({
      types: ['HELD'],
      direction: 'OUT',
      typedKind: 'Post',
      targetKinds: ['Post'],
      properties: ['from', 'to', 'acting', 'partTime', 'note'],
    });
    expect(relationshipField(NodeKind.Report, 'cites')).toMatchObject({ typedKind: null, targetKinds: ['Report', 'Resolution', 'PresidentialStatement', 'Document', 'Instrument'] });
    expect(relationshipField(NodeKind.Report, 'noSuchField')).toBeNull();
  });

  it('builds the constraints and indexes it implies (a change here shows in review)', () => {
    expect(modelSchemaStatements()).toMatchSnapshot();
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(modelSchemaStatements()).toContain(`CREATE CONSTRAINT rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:\`${type}\`]-() REQUIRE r.id IS UNIQUE`);
    }
  });

  it('keeps the tables of seed/README.md as it declares them (run npm run schema:emit after changing it)', () => {
    expect(withModelTables(README)).toBe(README);
    expect(README).toContain(modelTables());
  });

  it("draws in seed/README.md's overview only relationships the model allows", () => {
    const diagram = /```mermaid\n([\s\S]*?)```/.exec(README)![1];
    const edges = [...diagram.matchAll(/^\s+(\w+) -- "?([A-Z_ /]+?)(?: \{[^}]*\})?"? --> (\w+)$/gm)];
    expect(edges.length).toBeGreaterThan(20);
    for (const [, from, types, to] of edges) {
      for (const type of types.split(' / ')) {
        expect([type, endpointProblem(type as RelationshipType, from as NodeKind, to as NodeKind)]).toEqual([type, null]);
      }
    }
  });
});

describe('the seed validator and the model', () => {
  it('refuses a Report -HELD-> Pillar relationship, naming the file, the record, the type and the kinds', () => {
    const result = seedWith([{ type: 'HELD', from: 'A/99/1', to: 'pillar:9', sources: [source] }]);
    expect(result.problems).toEqual([
      { file: 'sub/one.yaml', record: 'A/99/1 -[HELD]-> pillar:9', field: 'type', reason: 'HELD may not connect a Report to a Pillar: it connects Person to Post' },
    ]);
  });

  it('refuses a property the relationship type does not carry', () => {
    const result = seedWith([{ type: 'LOCATED_IN', from: 'situation:somewhere', to: 'country:elsewhere', properties: { verb: 'lies in' }, sources: [source] }]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'properties.verb', reason: 'LOCATED_IN carries no property "verb"; it carries note' })]);
  });

  it('refuses a hand-written USES_LANGUAGE_OF, which the loader derives', () => {
    const result = seedWith([{ type: 'USES_LANGUAGE_OF', from: 'S/PRST/2099/1', to: 'pillar:9', sources: [source] }]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'type', reason: expect.stringMatching(/^USES_LANGUAGE_OF is derived by the loader/) })]);
  });

  it('accepts the new kinds and relationship types of the contract', () => {
    const result = seedWith([
      { type: 'LOCATED_IN', from: 'situation:somewhere', to: 'country:elsewhere', sources: [source] },
      { type: 'CONCERNS', from: 'S/PRST/2099/1', to: 'situation:somewhere', sources: [source] },
      { type: 'REFERENCES', from: 'S/PRST/2099/1', to: 'concept:nowhere', key: 'op4', properties: { paragraph: 4, paragraphKind: 'operative' }, sources: [source] },
    ]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'to', reason: 'no node has the id "concept:nowhere"' })]);
    expect(result.relationships.map((rel) => rel.id)).toEqual(['situation:somewhere|LOCATED_IN|country:elsewhere', 'S/PRST/2099/1|CONCERNS|situation:somewhere']);
  });

  it('passes on seed/ itself', () => {
    const set = readSeedDir(path.join(PROJECT_ROOT, 'seed'));
    expect(set.problems).toEqual([]);
    expect(validateSeed(set.files).problems).toEqual([]);
  });
});

describe('the model query', () => {
  it('serves every kind with its colour and every relationship type with its endpoints', async () => {
    const result = await graphql({
      schema: buildSchema(),
      source: '{ model { kinds { kind idPrefix labelProperty dateProperty colour citable properties { name type list required sortable searchable } } relationshipTypes { type from to dateProperty derived properties { name type } } } }',
      contextValue: {},
    });
    expect(result.errors).toBeUndefined();
    const model = result.data!.model as { kinds: Array<Record<string, any>>; relationshipTypes: Array<Record<string, any>> };
    expect(model.kinds.map((kind) => kind.kind)).toEqual(NODE_KINDS);
    expect(model.kinds.find((kind) => kind.kind === 'Report')).toMatchObject({
      idPrefix: null,
      labelProperty: 'title',
      dateProperty: 'date',
      colour: '#1f77b4',
      citable: true,
      properties: expect.arrayContaining([{ name: 'agendaItems', type: 'string', list: true, required: false, sortable: false, searchable: false }]),
    });
    expect(model.kinds.filter((kind) => kind.citable).map((kind) => kind.kind)).toEqual(['Report', 'Resolution', 'PresidentialStatement', 'Document']);
    expect(model.relationshipTypes.find((type) => type.type === 'REFERENCES')).toEqual({
      type: 'REFERENCES',
      from: ['Resolution', 'PresidentialStatement', 'Report', 'Document'],
      to: ['Concept'],
      dateProperty: null,
      derived: false,
      properties: [
        { name: 'paragraph', type: 'int' },
        { name: 'paragraphKind', type: 'string' },
        { name: 'note', type: 'string' },
      ],
    });
  });
});
