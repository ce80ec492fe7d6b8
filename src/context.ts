import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import type { Caller } from './api-keys';
import { CypherRunner, RunnerObserver, QueryStats } from './graph/cypher-runner';
import { CoverageRepository } from './graph/coverage.repository';
import { CurationRepository } from './graph/curation.repository';
import { ExportRepository } from './graph/export.repository';
import { TraversalRepository } from './graph/traversal.repository';
import { ClaimShape, NodeRepository, RelationshipKey, RelationshipShape } from './graph/node.repository';

/** What every resolver of one request can use: the repositories and the request's batching loaders. */
export interface Context {
  requestId: string;
  /** Who sent the request, from its API key; null for anonymous requests, which may only read. */
  caller: Caller | null;
  stats: QueryStats;
  /**
   * Whether typed reads compile their whole selection into one statement per top-level field (the default),
   * or resolve nested fields through the batched loaders: the comparison tests read both ways.
   */
  projectSelections: boolean;
  repositories: {
    nodes: NodeRepository;
    traversal: TraversalRepository;
    export: ExportRepository;
    curation: CurationRepository;
    coverage: CoverageRepository;
  };
  loaders: {
    relationships: DataLoader<RelationshipKey, RelationshipShape[], string>;
    claims: DataLoader<string, ClaimShape[]>;
  };
}

/** Builds a fresh context per request, so that loaders batch and cache within one request only. */
export function createContext(
  driver: Driver,
  database: string,
  timeoutMs: number,
  requestId: string,
  observer?: RunnerObserver,
  caller: Caller | null = null,
): Context {
  const stats = new QueryStats();
  const runner = new CypherRunner(driver, database, timeoutMs, stats, observer);
  const nodes = new NodeRepository(runner);
  return {
    requestId,
    caller,
    stats,
    projectSelections: true,
    repositories: {
      nodes,
      traversal: new TraversalRepository(runner),
      export: new ExportRepository(runner),
      curation: new CurationRepository(runner),
      coverage: new CoverageRepository(runner),
    },
    loaders: {
      relationships: new DataLoader((keys) => nodes.relationshipsMany(keys), {
        cacheKeyFn: (key) => JSON.stringify([key.id, key.types, key.direction, key.kind]),
      }),
      claims: new DataLoader((ids) => nodes.claimsMany(ids)),
    },
  };
}
