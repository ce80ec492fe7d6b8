import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import { Graph, QueryStats } from './graph/graph';
import { GraphRepository } from './graph/graph.repository';
import { ClaimShape, NodeRepository, RelationKey, RelationShape } from './graph/node.repository';
import { NodeShape } from './graph/mapping';

/** What every resolver of one request can use: the repositories and the request's batching loaders. */
export interface Context {
  requestId: string;
  stats: QueryStats;
  repositories: { nodes: NodeRepository; graph: GraphRepository };
  loaders: {
    nodes: DataLoader<string, NodeShape | null>;
    relations: DataLoader<RelationKey, RelationShape[], string>;
    claims: DataLoader<string, ClaimShape[]>;
  };
}

/** Builds a fresh context per request, so that loaders batch and cache within one request only. */
export function createContext(driver: Driver, database: string, timeoutMs: number, requestId: string): Context {
  const stats = new QueryStats();
  const graph = new Graph(driver, database, timeoutMs, stats);
  const nodes = new NodeRepository(graph);
  return {
    requestId,
    stats,
    repositories: { nodes, graph: new GraphRepository(graph) },
    loaders: {
      nodes: new DataLoader((ids) => nodes.findMany(ids)),
      relations: new DataLoader((keys) => nodes.relationsMany(keys), {
        cacheKeyFn: (key) => JSON.stringify([key.id, key.types, key.direction, key.kind]),
      }),
      claims: new DataLoader((ids) => nodes.claimsMany(ids)),
    },
  };
}
