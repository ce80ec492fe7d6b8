import crypto from 'node:crypto';
import type { Caller } from '../api-keys';
import { ChangeAction } from '../schema/change.type';
import { cypher } from './cypher-files';
import type { Row } from './cypher-runner';
import { ownProperties, parseSources, storedChange } from './storage-codec';

// The audit trail: every write through the API records (:Change) nodes in its own transaction.

const WRITE_CHANGES = cypher('curation/write-changes');

type Run = <R extends Row = Row>(query: string, params?: Row) => Promise<R[]>;
type Stored = Record<string, unknown>;

/** One entry of the audit trail, as the API shows it. */
export interface ChangeShape {
  id: string;
  at: string;
  actor: string;
  operation: string;
  action: ChangeAction;
  target: string;
  targetKind: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A node's state for the audit trail: kind, own properties (timestamps included) and parsed sources. */
export function nodeState(kind: string, stored: Stored): Record<string, unknown> {
  return { kind, ...ownProperties(stored), sources: parseSources(stored.sources) };
}

/** A relationship's state for the audit trail; its own properties apart, as they may be named `from` and `to`. */
export function relationshipState(type: string, from: string, to: string, stored: Stored): Record<string, unknown> {
  const { id, ...properties } = ownProperties(stored);
  return { id, type, from, to, properties, sources: parseSources(stored.sources) };
}

/** The audit entries of one transaction, written by the same transaction just before it commits. */
export class AuditTrail {
  readonly entries: ChangeShape[] = [];
  readonly at = new Date().toISOString();

  constructor(
    private readonly caller: Caller,
    private readonly operation: string,
  ) {}

  add(action: ChangeAction, target: string, targetKind: string, before: Stored | null, after: Stored | null): ChangeShape {
    const entry: ChangeShape = {
      id: crypto.randomUUID(),
      at: this.at,
      actor: this.caller.name,
      operation: this.operation,
      action,
      target,
      targetKind,
      before,
      after,
    };
    this.entries.push(entry);
    return entry;
  }

  async save(run: Run): Promise<void> {
    const changes = this.entries.map((entry, seq) =>
      storedChange({
        ...entry,
        seq,
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
      }),
    );
    await run(WRITE_CHANGES, { changes });
  }
}

/** An audit entry as stored, shaped as the API shows it. */
export function changeFromStored(change: Stored): ChangeShape {
  return {
    id: String(change.id),
    at: String(change.at),
    actor: String(change.actor),
    operation: String(change.operation),
    action: change.action as ChangeAction,
    target: String(change.target),
    targetKind: String(change.targetKind),
    before: typeof change.before === 'string' ? JSON.parse(change.before) : null,
    after: typeof change.after === 'string' ? JSON.parse(change.after) : null,
  };
}
