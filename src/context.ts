import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import type { Caller } from './api-keys';
import { CypherRunner, RunnerObserver, QueryStats } from './graph/cypher-runner';
import { CurationRepository } from './graph/curation.repository';
import { ExportRepository } from './graph/export.repository';
import { TraversalRepository } from './graph/traversal.repository';
import { ClaimShape, NodeRepository, RelationshipKey, RelationshipShape } from './graph/node.repository';
import { NodeShape } from './graph/storage-codec';

/** What every resolver of one request can use: the repositories and the request's batching loaders. */
export interface Context {
  requestId: string;
  /** Who sent the request, from its API key; null for anonymous requests, which may only read. */
  caller: Caller | null;
  stats: QueryStats;
  repositories: { nodes: NodeRepository; traversal: TraversalRepository; export: ExportRepository; curation: CurationRepository };
  loaders: {
    nodes: DataLoader<string, NodeShape | null>;
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
    repositories: { nodes, traversal: new TraversalRepository(runner), export: new ExportRepository(runner), curation: new CurationRepository(runner) },
    loaders: {
      nodes: new DataLoader((ids) => nodes.findMany(ids)),
      relationships: new DataLoader((keys) => nodes.relationshipsMany(keys), {
        cacheKeyFn: (key) => JSON.stringify([key.id, key.types, key.direction, key.kind]),
      }),
      claims: new DataLoader((ids) => nodes.claimsMany(ids)),
    },
  };
}
