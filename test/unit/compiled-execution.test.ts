import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { compileQuery } from 'graphql-jit';
import { getOperationAST, GraphQLError, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { AppError, ErrorCode } from '../../src/errors';
import { compiledExecution, documentStore } from '../../src/schema/compiled-execution';

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

async function executorOf(size?: number, compile: typeof compileQuery = compileQuery): Promise<GatewayExecutor> {
  const { executor } = await compiledExecution(schema, size, compile).load({ apollo: {} });
  return executor!;
}

/** compileQuery, counting the documents it compiles. */
function countingCompile() {
  const compiled: string[] = [];
  const compile: typeof compileQuery = (...args) => {
    compiled.push(String(args[1].loc?.source.body));
    return compileQuery(...args);
  };
  return { compile, compiled };
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

  it('runs a document through graphql-js the first time and compiles it at its second run, with the same answers', async () => {
    const { compile, compiled } = countingCompile();
    const execute = await executorOf(undefined, compile);
    const double = 'query($n: Int!) { double(n: $n) }';
    expect(await execute(request(double, { n: 2 }))).toEqual({ data: { double: 4 } });
    expect(compiled).toEqual([]);
    expect(await execute(request(double, { n: 3 }))).toEqual({ data: { double: 6 } });
    expect(compiled).toEqual([double]);
    expect(await execute(request(double, { n: 4 }))).toEqual({ data: { double: 8 } });
    expect(await execute(request('{ greeting }'))).toEqual({ data: { greeting: 'hello' } });
    expect(compiled).toEqual([double]);
  });

  it('gives a resolver error the same message, path, locations and extensions on both ways of running', async () => {
    const execute = await executorOf();
    const [once, compiled] = [await execute(request('{ greeting missing }')), await execute(request('{ greeting missing }'))];
    const shape = (result: typeof once) =>
      (result.errors as GraphQLError[]).map((error) => ({ ...error.toJSON(), original: error.originalError?.constructor.name }));
    expect(shape(once)).toEqual(shape(compiled));
    expect(once.data).toEqual(compiled.data);
  });

  it('reports a variable that does not fit its type with the node of its definition, as graphql-js does', async () => {
    const result = await (await executorOf())(request('query($n: Int!) { double(n: $n) }', { n: 'two' }));
    expect(result.data).toBeUndefined();
    const [error] = result.errors as GraphQLError[];
    expect(error.message).toMatch(/^Variable "\$n" got invalid value "two"/);
    expect(error.nodes?.[0].kind).toBe('VariableDefinition');
  });

  it('keeps the original error of a resolver, its path and locations, and always gives extensions', async () => {
    const execute = await executorOf();
    await execute(request('{ greeting missing }'));
    const result = await execute(request('{ greeting missing }'));
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

describe('the document store', () => {
  it('keeps at most its size of documents, dropping the least recently used', async () => {
    const store = documentStore(2);
    const [a, b, c] = ['{ a }', '{ b }', '{ c }'].map((query) => parse(query));
    await store.set('a', a);
    await store.set('b', b);
    expect(await store.get('a')).toBe(a);
    await store.set('c', c);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe(a);
    expect(await store.get('c')).toBe(c);
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
  });
});
