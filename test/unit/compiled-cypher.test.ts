import { execute, parse } from 'graphql';
import { buildListQuery, ListRequest, ListShape } from '../../src/graph/list-query';
import type { CompiledNode } from '../../src/graph/selection/compile';
import { NodeKind } from '../../src/schema/kinds';
import { buildSchema } from '../../src/schema/build';

/** The statement the projected path would send for a request, captured before any database is asked. */
async function compiled(query: string, variables: Record<string, unknown> = {}) {
  const sent: Array<{ query: string; params: Record<string, unknown> }> = [];
  const nodes = {
    list: async (kind: NodeKind, request: ListRequest, defaultSort: string, shape: ListShape) => {
      const built = buildListQuery(kind, request, defaultSort, shape);
      sent.push({ query: built.query, params: built.params });
      return { edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
    },
    findMany: async (ids: string[], _columns: unknown, node: CompiledNode) => {
      sent.push({ query: node.text, params: { ids } });
      return ids.map(() => null);
    },
  };
  const result = await execute({
    schema: buildSchema(),
    document: parse(query),
    variableValues: variables,
    contextValue: { projectSelections: true, repositories: { nodes } },
  });
  expect(result.errors?.filter((e) => !/NOT_FOUND|No node/.test(e.message)) ?? []).toEqual([]);
  return sent;
}

describe('the compiled Cypher of typed reads', () => {
  it('projects a filtered list page with its total and only the selected columns, ordered by the filtered property', async () => {
    const sent = await compiled('{ reports(filter: { date: { from: "2012" } }, orderBy: { field: date, direction: DESC }, first: 10) { totalCount nodes { id title date } } }');
    expect(sent).toMatchSnapshot();
  });

  it('leaves the count out when totalCount is not selected, and sorts a property that may be missing with a default', async () => {
    const sent = await compiled('{ dialogues(first: 5, orderBy: { field: endDate }) { nodes { id } } }');
    expect(sent[0].query).not.toMatch(/count\(/);
    expect(sent).toMatchSnapshot();
  });

  it('nests each relationship field as its own ordered COLLECT subquery, four levels deep', async () => {
    const sent = await compiled(
      '{ reports(first: 20, orderBy: { field: id, direction: ASC }) { nodes { id title dialogues { node { id title speakers { node { id label ... on Person { posts { node { id name } } } } } } } pillars { node { id title } } } } }',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0].query).not.toMatch(/\.\*|sources/);
    expect(sent).toMatchSnapshot();
  });

  it('keeps aliases of one field with different arguments apart, and fetches sources and claims only where selected', async () => {
    const sent = await compiled(
      `query($types: [RelationshipType!]) { node(id: "A/63/677") { id sources { passage }
         out: relationships(direction: OUT) { type node { id } }
         into: relationships(direction: IN, types: $types) { properties { date } node { id } }
         ... on Report { claims { value sources { document } } } ... on Person { posts { node { id } } } } }`,
      { types: ['CITES', 'TAKES_NOTE_OF'] },
    );
    expect(sent).toMatchSnapshot();
  });
});
