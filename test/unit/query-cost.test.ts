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

  it('lets the largest documented pages through with a useful selection', () => {
    expect(cost('{ timeline(first: 2000) { date node { id } edge { id } target { id } } }')).toBeLessThanOrEqual(QUERY_LIMITS.cost.maxCost);
    expect(cost('{ neighbourhood(id: "x", limit: 1000) { nodes { id sources { document } } edges { id } } }')).toBeLessThanOrEqual(QUERY_LIMITS.cost.maxCost);
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
