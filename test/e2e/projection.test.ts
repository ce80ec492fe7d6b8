import fs from 'node:fs';
import path from 'node:path';
import { mix, SEED_FIXTURE } from '../../bench/run';
import { PROJECT_ROOT } from '../../src/paths';
import { TestApi } from '../helpers/api';

/** The GraphQL of every cookbook answer in the README. */
function cookbook(): string[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Cookbook'), readme.indexOf('\n## ', readme.indexOf('### Cookbook')));
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
}


// Aliases of one field with different arguments, fragments on the interface and on kinds, variables, claims,
// sources, relationship properties, and generic relationships several levels down.
const SHAPES: Array<[string, Record<string, unknown>]> = [
  [
    `query($types: [RelationshipType!], $id: ID!) { node(id: $id) { id kind label sources { document title }
      out: relationships(direction: OUT) { type direction node { id kind } }
      into: relationships(direction: IN, types: $types) { type direction properties { date from to role verb } node { id label } }
      ... on Report { title symbols pillars { node { number title measures { node { text category } } } } claims { property value preferred reason sources { passage } } } } }`,
    { id: 'A/63/677', types: ['PRESENTED_AT', 'CITES', 'TAKES_NOTE_OF', 'SUMMARISES'] },
  ],
  [
    `{ people(first: 5, orderBy: { field: name, direction: DESC }) { totalCount edges { cursor node { id name
        posts { properties { from to acting } node { name holders { node { id } } } }
        dialogues { type node { ... on Dialogue { title startDate reports { node { id } } } } } } } pageInfo { hasNextPage endCursor } } }`,
    {},
  ],
  [
    `fragment Linked on Node { id label relationships(types: [SPOKE_AT, PANELIST_AT]) { type node { id ... on Person { posts { node { id } } } } } }
     { nodes(ids: ["dialogue:2012-09-05", "person:adama-dieng", "no-such-node", "A/66/874-S/2012/578"]) { ...Linked ... on Dialogue { panelists { node { name } } } } }`,
    {},
  ],
  [
    `{ resolutions(filter: { date: { from: "2011" } }, first: 4) { nodes { id date buildsOn { type node { id kind } } adoptedBy { node { id } } notes { node { title } }
        builtOnBy { properties { verb } node { ... on Resolution { id title } ... on Document { id } } } } } }`,
    {},
  ],
];

describe('the projected read path', () => {
  const api = new TestApi();
  afterAll(() => api.close());

  const queries: Array<[string, string, Record<string, unknown>]> = [
    ...cookbook().map((query, i): [string, string, Record<string, unknown>] => [`cookbook answer ${i + 1}`, query, {}]),
    ...mix(SEED_FIXTURE).map((query): [string, string, Record<string, unknown>] => [`bench query "${query.name}"`, query.r2p, {}]),
    ...SHAPES.map(([query, variables], i): [string, string, Record<string, unknown>] => [`selection shape ${i + 1}`, query, variables]),
  ];

  it('reads all thirteen cookbook answers of the README', () => {
    expect(cookbook()).toHaveLength(13);
  });

  it.each(queries)('answers %s exactly as the batched path does', async (_name, query, variables) => {
    const projected = await api.run(query, variables);
    const batched = await api.run(query, variables, { projectSelections: false });
    expect(projected.errors).toBeUndefined();
    expect(batched.errors).toBeUndefined();
    expect(JSON.stringify(projected.data)).not.toMatch(/^\{"[a-zA-Z]+":(null|\[\])\}$/);
    expect(projected.data).toEqual(batched.data);
  });
});
