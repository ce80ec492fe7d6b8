import type { DocumentStore } from '@apollo/server';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, getVariableValues, GraphQLError, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { nextTurn } from '../limits/turns';

/**
 * How many compiled operations are kept; a client sending ever new documents only evicts the least recently used.
 * A compiled operation holds 20-100 kB of heap (a shortest path, a three-level nested list), and an application
 * sends a few dozen distinct operations.
 */
export const COMPILED_OPERATIONS = 100;

/** How many parsed and validated documents Apollo keeps (see documentStore). */
export const STORED_DOCUMENTS = 500;

/**
 * Apollo's store of parsed and validated documents, bounded by count. Its default is bounded by 30 MiB of the
 * documents' JSON (each new document serialised to measure it), and a syntax tree takes several times its JSON in
 * memory. 2,000 distinct three-level nested documents, each sent twice, one at a time, to a standalone API on the
 * seed graph: 571 MiB of RSS at the end with the default store and 500 compiled operations, 259 MiB with these
 * two bounds (120 MiB at start).
 */
export function documentStore(size: number = STORED_DOCUMENTS): DocumentStore {
  const documents = new LRUCache<string, DocumentNode>({ max: size });
  return {
    async get(key) {
      return documents.get(key);
    },
    async set(key, value) {
      documents.set(key, value);
    },
    async delete(key) {
      return documents.delete(key);
    },
  };
}

/** How many operations are remembered as run once, waiting for a second run to be compiled. */
const SEEN_OPERATIONS = 4 * COMPILED_OPERATIONS;

/**
 * Executes each operation through a function compiled once per document and operation name (graphql-jit),
 * instead of graphql-js walking the selection field by field on every request: a nested answer of a few
 * thousand objects spent most of its Node time there. Apollo still parses, validates and runs every plugin;
 * only execution is replaced. Apollo's `gateway` option is its one hook for a custom executor.
 *
 * An operation is compiled when it runs for the second time; its first run goes through graphql-js. Compiling
 * costs more than several executions of a small query, and a document sent once (values written into it, as in
 * an explorer or the scale benchmark) never earns it back: 300 lookups of distinct documents, one at a time,
 * took 5.7-15.9 ms p50 compiled each time and 3.6-5.2 ms this way (the same lookup with variables: 2.5-6.8 ms).
 */
export function compiledExecution(schema: GraphQLSchema, size: number = COMPILED_OPERATIONS, compile: typeof compileQuery = compileQuery): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery>({ max: size });
  const seen = new LRUCache<string, true>({ max: Math.max(SEEN_OPERATIONS, size) });

  const executor: GatewayExecutor = async (request) => {
    if (!request.operation) {
      const message = request.request.operationName
        ? `Unknown operation named "${request.request.operationName}".`
        : 'Must provide operation name if query contains multiple operations.';
      return { errors: [new GraphQLError(message)] };
    }
    // graphql-js reports a variable that does not fit its type with the definition's node, which is how Apollo
    // knows to answer 400 BAD_USER_INPUT; the compiled function would report it without one.
    const variables = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.request.variables ?? {}, { maxErrors: 50 });
    if (variables.errors) return { errors: variables.errors };

    const key = `${request.queryHash}\n${request.request.operationName ?? ''}`;
    let query = compiled.get(key);
    let result: ExecutionResult;
    if (!query && !seen.has(key)) {
      seen.set(key, true);
      result = await execute({
        schema,
        document: request.document,
        operationName: request.request.operationName,
        variableValues: request.request.variables,
        contextValue: request.context,
      });
    } else {
      if (!query) {
        const made = compile(schema, request.document, request.request.operationName ?? undefined);
        if (!isCompiledQuery(made)) return { errors: (made.errors ?? []).map(asGraphQLError) };
        query = made;
        compiled.set(key, query);
        seen.delete(key);
      }
      result = (await query.query(undefined, request.context, request.request.variables ?? {})) as ExecutionResult;
    }
    // Serialising a large answer is the next long step: it takes a turn of its own (see nextTurn).
    await nextTurn();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
      seen.clear();
    },
  };
}

/**
 * The compiled function's errors as graphql-js errors: Apollo reads `extensions` of every error, which
 * graphql-js always sets and graphql-jit leaves out when the original error has none.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  (copy as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return copy;
}
