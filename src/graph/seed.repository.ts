import { NodeKind, RelationshipType } from '../model';
import { ChangeRecord, NodeRecord, RelationshipRecord } from '../seed/records';
import { forKind, forType } from './fragments';
import { modelSchemaStatements } from './schema-statements';
import { cypher } from './cypher-files';
import { CypherRunner } from './cypher-runner';
import { storedChange, storedNode, storedRelationship } from './storage-codec';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const SCHEMA = cypher('schema');
const MERGE_CHANGES = cypher('seed/merge-changes');
const MERGE_NODES = cypher('seed/merge-nodes');
const MERGE_RELATIONSHIPS = cypher('seed/merge-relationships');
const READ_SEED_STATE = cypher('seed/read-seed-state');
const WRITE_SEED_STATE = cypher('seed/write-seed-state');

const BATCH = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** The last load of `seed/`: which files (by hash) and when. */
export interface SeedState {
  hash: string;
  loadedAt: string;
}

/** Writes validated seed records: one transaction, batched `UNWIND ... MERGE`, changing only what differs. */
export class SeedRepository {
  constructor(private readonly runner: CypherRunner) {}

  /**
   * Applies `cypher/schema.cypher` and the model's constraints and indexes, each `IF NOT EXISTS`, then waits
   * for them to come online.
   */
  async applySchema(): Promise<void> {
    const statements = [
      ...SCHEMA
        .split(/;\s*(?:\n|$)/)
        .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter(Boolean),
      ...modelSchemaStatements(),
    ];
    for (const statement of statements) await this.runner.write(statement);
    await this.runner.write('CALL db.awaitIndexes(120)');
  }

  async state(): Promise<SeedState | null> {
    const rows = await this.runner.read<{ hash: string; loadedAt: string }>(READ_SEED_STATE);
    return rows[0] ?? null;
  }

  /** Writes all records (and, from a dump, the audit trail) in one transaction and returns Neo4j's update counters. */
  async load(
    { nodes, relationships, changes }: { nodes: NodeRecord[]; relationships: RelationshipRecord[]; changes: ChangeRecord[] },
    hash: string,
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<Record<string, number>> {
    const statements: Array<{ query: string; params: Record<string, unknown> }> = [];
    const byKind = new Map<NodeKind, NodeRecord[]>();
    for (const node of nodes) byKind.set(node.kind, [...(byKind.get(node.kind) ?? []), node]);
    for (const [kind, group] of byKind) {
      const query = forKind(MERGE_NODES, kind);
      for (const batch of chunks(group)) {
        const rows = batch.map((node) => ({ id: node.id, properties: storedNode(node) }));
        statements.push({ query, params: { rows } });
      }
    }
    const byType = new Map<RelationshipType, RelationshipRecord[]>();
    for (const rel of relationships) byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
    for (const [type, group] of byType) {
      const query = forType(MERGE_RELATIONSHIPS, type);
      for (const batch of chunks(group)) {
        const rows = batch.map((rel) => ({
          id: rel.id,
          from: rel.from,
          to: rel.to,
          properties: storedRelationship(rel),
        }));
        statements.push({ query, params: { rows } });
      }
    }
    for (const batch of chunks(changes)) {
      const rows = batch.map((change) => storedChange(change));
      statements.push({ query: MERGE_CHANGES, params: { rows } });
    }
    statements.push({ query: WRITE_SEED_STATE, params: { hash } });
    return this.runner.writeAll(statements, (done) => onProgress(done, statements.length));
  }
}
