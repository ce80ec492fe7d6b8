import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { getOperationAST, GraphQLError, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { AppError, ErrorCode } from '../../src/errors';
import { compiledExecution } from '../../src/schema/compiled-execution';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      double: { type: GraphQLInt, args: { n: { type: new GraphQLNonNull(GraphQLInt) } }, resolve: (_root, { n }) => n * 2 },
      greeting: { type: GraphQLString, resolve: () => 'hello' },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw new AppError(ErrorCode.NOT_FOUND, 'No node has the id "x".', { id: 'x' });
        },
      },
    },
  }),
});

async function executorOf(size?: number): Promise<GatewayExecutor> {
  const { executor } = await compiledExecution(schema, size).load({ apollo: {} });
  return executor!;
}

/** The part of Apollo's request context the executor reads. */
function request(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  return {
    document,
    operation: getOperationAST(document, operationName) ?? undefined,
    queryHash: query,
    request: { query, variables, operationName },
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
}

describe('compiled execution', () => {
  it('answers documents alternately from a cache of one, each with its own variables', async () => {
    const execute = await executorOf(1);
    const double = 'query($n: Int!) { double(n: $n) }';
    expect(await execute(request(double, { n: 2 }))).toEqual({ data: { double: 4 } });
    expect(await execute(request('{ greeting }'))).toEqual({ data: { greeting: 'hello' } });
    expect(await execute(request(double, { n: 5 }))).toEqual({ data: { double: 10 } });
  });

  it('reports a variable that does not fit its type with the node of its definition, as graphql-js does', async () => {
    const result = await (await executorOf())(request('query($n: Int!) { double(n: $n) }', { n: 'two' }));
    expect(result.data).toBeUndefined();
    const [error] = result.errors as GraphQLError[];
    expect(error.message).toMatch(/^Variable "\$n" got invalid value "two"/);
    expect(error.nodes?.[0].kind).toBe('VariableDefinition');
  });

  it('keeps the original error of a resolver, its path and locations, and always gives extensions', async () => {
    const result = await (await executorOf())(request('{ greeting missing }'));
    expect(result.data).toEqual({ greeting: 'hello', missing: null });
    const [error] = result.errors as GraphQLError[];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(AppError);
    expect(error.path).toEqual(['missing']);
    expect(error.locations).toEqual([{ line: 1, column: 12 }]);
    expect(error.extensions).toEqual({});
  });

  it('answers an unknown operation name with an error, not an execution', async () => {
    const result = await (await executorOf())(request('query A { greeting } query B { greeting }', {}, 'C'));
    expect((result.errors as GraphQLError[])[0].message).toBe('Unknown operation named "C".');
  });
});
