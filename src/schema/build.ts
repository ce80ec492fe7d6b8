import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync, NonEmptyArray } from 'type-graphql';
import { PROJECT_ROOT } from '../paths';
import { ClaimResolver } from '../resolvers/claim.resolver';
import { ConceptResolver } from '../resolvers/concept.resolver';
import { CountryResolver } from '../resolvers/country.resolver';
import { CrimeResolver } from '../resolvers/crime.resolver';
import { DialogueResolver } from '../resolvers/dialogue.resolver';
import { DocumentResolver } from '../resolvers/document.resolver';
import { EventResolver } from '../resolvers/event.resolver';
import { GraphResolver } from '../resolvers/graph.resolver';
import { InstrumentResolver } from '../resolvers/instrument.resolver';
import { MeasureResolver } from '../resolvers/measure.resolver';
import { NodeResolver } from '../resolvers/node.resolver';
import { OfficeResolver } from '../resolvers/office.resolver';
import { OrganResolver } from '../resolvers/organ.resolver';
import { OrganizationResolver } from '../resolvers/organization.resolver';
import { PersonResolver } from '../resolvers/person.resolver';
import { PillarResolver } from '../resolvers/pillar.resolver';
import { PostResolver } from '../resolvers/post.resolver';
import { ReportResolver } from '../resolvers/report.resolver';
import { ResolutionResolver } from '../resolvers/resolution.resolver';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema.graphql');

const RESOLVERS: NonEmptyArray<Function> = [
  NodeResolver,
  GraphResolver,
  ReportResolver,
  ResolutionResolver,
  DocumentResolver,
  DialogueResolver,
  PersonResolver,
  PostResolver,
  PillarResolver,
  CrimeResolver,
  MeasureResolver,
  OrganResolver,
  OrganizationResolver,
  OfficeResolver,
  InstrumentResolver,
  ConceptResolver,
  EventResolver,
  CountryResolver,
  ClaimResolver,
];

let built: GraphQLSchema | null = null;

/** Builds the GraphQL schema once per process, with class-validator checking every argument. */
export function buildSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
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
