import { getIntrospectionQuery, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { AppError } from '../../src/errors';
import { operationCost } from '../../src/limits/query-cost';
import { QUERY_LIMITS, queryLimits } from '../../src/limits/query-limits';
import { buildSchema } from '../../src/schema/build';

const schema = buildSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables, QUERY_LIMITS.cost);
};

describe('the cost of an operation', () => {
  it('counts each object once, times the page size of the connection around it', () => {
    // reports (1), its 100 nodes, and pageInfo (one object, not a list).
    expect(cost('{ reports(first: 100) { nodes { id } pageInfo { hasNextPage } } }')).toBe(1 + 100 + 1);
  });

  it('multiplies nested lists: a page of reports, each with its unpaged relationships', () => {
    expect(cost('{ reports(first: 10) { nodes { relationships { id } } } }')).toBe(1 + 10 + 10 * 5);
  });

  it('reads page sizes from variables and from schema defaults', () => {
    expect(cost('query($n: Int) { reports(first: $n) { nodes { id } } }', { n: 7 })).toBe(1 + 7);
    expect(cost('{ reports { nodes { id } } }')).toBe(1 + QUERY_LIMITS.cost.defaultPageSize);
    expect(cost('{ timeline { date node { id } } }')).toBe(500 + 500);
    expect(cost('{ neighbourhood(id: "A/63/677") { nodes { id } edges { id } } }')).toBe(1 + 200 + 200);
  });

  it('expands fragments and inline fragments', () => {
    const query = '{ reports(first: 4) { nodes { ...R } } } fragment R on Report { ... on Report { relationships { id } } }';
    expect(cost(query)).toBe(1 + 4 + 4 * 5);
  });

  it('counts introspection like any other field', () => {
    expect(cost('{ __schema { types { name } } }')).toBe(1 + 5);
  });

  it('throws QUERY_TOO_COMPLEX naming the limit when the cost passes it', () => {
    const error = (() => {
      try {
        cost('{ timeline(first: 2000) { node { id } edge { id } target { id } } a: timeline(first: 2000) { node { id } } }');
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'QUERY_TOO_COMPLEX', details: { limit: 'cost', maxCost: 10_000 } });
    expect((error as Error).message).toMatch(/cost limit is 10000/);
  });

  it('lets the largest advertised pages through with every field selected, sources included', () => {
    const sources = 'sources { document title url passage }';
    const node = `id kind label properties ${sources}`;
    const edge = `id type source target properties ${sources}`;
    expect(cost(`{ neighbourhood(id: "x", limit: 1000) { truncated nodes { ${node} } edges { ${edge} } } }`)).toBe(1 + 1000 + 1000);
    expect(cost(`{ timeline(first: 2000) { date entryKind node { ${node} } edge { ${edge} } target { ${node} } } }`)).toBe(2000 * 4);
    expect(cost(`{ reports(first: 100) { nodes { id ${sources} claims { value ${sources} } } } }`)).toBe(1 + 100 + 100 * 5);
  });

  it('leaves an out-of-range size to the argument check (BAD_USER_INPUT) instead of refusing it as too complex', () => {
    expect(cost('{ neighbourhood(id: "x", limit: 100000) { nodes { id } } }')).toBe(1 + 1);
    expect(cost('query($n: Int) { reports(first: $n) { nodes { id } } }', { n: 1_000_000 })).toBe(1 + 1);
    expect(cost('{ neighbourhood(id: "x", limit: 1000) { nodes { id } } }')).toBe(1 + 1000);
  });

  it('counts a list of scalar-only objects at the top level, or in introspection, like any other list', () => {
    expect(cost('{ changes(first: 500) { id } }')).toBe(500);
    expect(cost('{ __schema { types { enumValues { name } } } }')).toBe(1 + 5 + 5 * 5);
  });
});

describe('the query limits', () => {
  it('let the standard introspection query (as GraphiQL and Sandbox send it) through', () => {
    const document = parse(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }), {
      maxTokens: QUERY_LIMITS.maxTokens,
    });
    expect(validate(schema, document, [...specifiedRules, ...queryLimits().validationRules])).toEqual([]);
    expect(cost(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBeLessThanOrEqual(QUERY_LIMITS.cost.maxCost);
  });
});
