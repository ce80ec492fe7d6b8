import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { installPrefetch } from '../graph/selection/prefetch';
import { PROJECT_ROOT } from '../paths';
import { CurationResolver, UPSERT_RESOLVERS } from '../resolvers/curation.resolver';
import { ExportResolver } from '../resolvers/export.resolver';
import { GraphResolver } from '../resolvers/graph.resolver';
import { LIST_RESOLVERS } from '../resolvers/list.resolver';
import { NodeResolver } from '../resolvers/node.resolver';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  ...LIST_RESOLVERS,
  GraphResolver,
  ExportResolver,
  CurationResolver,
  ...UPSERT_RESOLVERS,
];

let built: GraphQLSchema | null = null;

/**
 * Builds the GraphQL schema once per process, with class-validator checking every argument, and node fields
 * answering from what the projected statement prefetched.
 */
export function buildSchema(): GraphQLSchema {
  built ??= installPrefetch(
    buildSchemaSync({
      resolvers: RESOLVERS,
      validate: { forbidUnknownValues: false },
    }),
  );
  return built;
}

/** The schema as SDL, sorted so that the committed file diffs cleanly. */
export function printSchemaSdl(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Writes `schema.graphql`; the test suite fails when the built schema differs from the committed one. */
export function emitSchema(): void {
  fs.writeFileSync(SCHEMA_FILE, printSchemaSdl());
}
