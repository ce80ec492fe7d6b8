import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, isInterfaceType, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { installPrefetch } from '../graph/selection/prefetch';
import { withModelTables } from '../model/readme';
import { PROJECT_ROOT } from '../paths';
import { CoverageResolver } from '../resolvers/coverage.resolver';
import { CurationResolver, UPSERT_RESOLVERS } from '../resolvers/curation.resolver';
import { ExportResolver } from '../resolvers/export.resolver';
import { TraversalResolver } from '../resolvers/traversal.resolver';
import { LIST_RESOLVERS } from '../resolvers/list.resolver';
import { ModelResolver } from '../resolvers/model.resolver';
import { NodeResolver } from '../resolvers/node.resolver';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  ...LIST_RESOLVERS,
  TraversalResolver,
  ExportResolver,
  CurationResolver,
  ...UPSERT_RESOLVERS,
  ModelResolver,
  CoverageResolver,
];

let built: GraphQLSchema | null = null;

/**
 * Builds the GraphQL schema once per process, with class-validator checking every argument, and node fields
 * answering from what the projected statement prefetched.
 */
export function buildSchema(): GraphQLSchema {
  built ??= installPrefetch(
    resolveNodeTypesNow(
      buildSchemaSync({
        resolvers: RESOLVERS,
        validate: { forbidUnknownValues: false },
      }),
    ),
  );
  return built;
}

/**
 * The type of a `Node` is its `kind`, known without waiting. type-graphql wraps every `resolveType` in an async
 * function, which made graphql-js take its promise path for every node reached through the interface.
 */
function resolveNodeTypesNow(schema: GraphQLSchema): GraphQLSchema {
  const node = schema.getType('Node');
  if (isInterfaceType(node)) node.resolveType = (value: { kind?: string }) => value.kind;
  return schema;
}

/** The schema as SDL, sorted so that the committed file diffs cleanly. */
export function printSchemaSdl(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export const SEED_README = path.join(PROJECT_ROOT, 'seed', 'README.md');

/**
 * Writes `schema.graphql` and the model tables of `seed/README.md`; the test suite fails when either differs
 * from what the model builds.
 */
export function emitSchema(): void {
  fs.writeFileSync(SCHEMA_FILE, printSchemaSdl());
  fs.writeFileSync(SEED_README, withModelTables(fs.readFileSync(SEED_README, 'utf8')));
}
