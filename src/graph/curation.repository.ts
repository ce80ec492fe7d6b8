import crypto from 'node:crypto';
import { instanceToPlain } from 'class-transformer';
import neo4j from 'neo4j-driver';
import type { Caller } from '../api-keys';
import { AppError, ErrorCode } from '../errors';
import { ChangeAction } from '../schema/change.type';
import { isExternalDocument } from '../schema/ids';
import { DERIVED_RELATIONSHIP_TYPES, isRelationshipType, NodeKind, propertyOf, RelationshipType } from '../model';
import { relationshipProblems, RuleProblem } from '../rules/relationships';
import type { NodeInput } from '../schema/node.input';
import type { RelationshipInput } from '../schema/relationship.input';
import type { SourceInput } from '../schema/source.input';
import { preferredValueProblem } from '../seed/preferred-claims';
import { relationshipId, SourceRecord } from '../seed/records';
import { forKind, forType } from './fragments';
import type { GraphEdgeShape } from './traversal.repository';
import { cypher } from './cypher-files';
import { CypherRunner, Row } from './cypher-runner';
import { NodeShape, ownProperties, parseSources, toNode } from './mapping';
import { storedChange, storedNode, storedRelationship, storedSources } from './seed.repository';

// The static queries this module runs, taken at load time so that a misspelt name fails at start-up.
const CHECK_CLAIM_FACTS = cypher('curation/check-claim-facts');
const CITING_RECORDS = cypher('curation/citing-records');
const DELETE_NODE = cypher('curation/delete-node');
const DELETE_RELATIONSHIP = cypher('curation/delete-relationship');
const DEMOTE_CLAIMS = cypher('curation/demote-claims');
const LOCK_EXISTING_NODE = cypher('curation/lock-existing-node');
const LOCK_EXISTING_RELATIONSHIP = cypher('curation/lock-existing-relationship');
const LOCK_NODE = cypher('curation/lock-node');
const LOCK_RELATIONSHIP = cypher('curation/lock-relationship');
const MISSING_NODES = cypher('curation/missing-nodes');
const PREFERRED_CLAIMS = cypher('curation/preferred-claims');
const READ_CHANGES = cypher('curation/read-changes');
const READ_KINDS = cypher('curation/read-kinds');
const SET_PROPERTY = cypher('curation/set-property');
const WRITE_CHANGES = cypher('curation/write-changes');
const WRITE_CLAIM_ABOUT = cypher('curation/write-claim-about');
const WRITE_NODE = cypher('curation/write-node');
const WRITE_RELATIONSHIP = cypher('curation/write-relationship');

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

const MAX_SOURCES = 50;

/** A BAD_USER_INPUT error about one field of the input, in the shape argument validation errors have. */
export function fieldError(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { fields: [field] });
}

const missingNode = (id: string, field: string) =>
  new AppError(ErrorCode.NOT_FOUND, `No node has the id "${id}".`, { id, fields: [field] });
const missingRelationship = (id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `No relationship has the id "${id}".`, { id });

/** Throws the first problem a rule found, as BAD_USER_INPUT naming its field. */
function refuseBroken(problems: RuleProblem[]): void {
  if (problems.length > 0) throw fieldError(problems[0].field, problems[0].reason);
}

/** Sources as stored: a fixed key order, and no empty optional keys, whichever way they were submitted. */
function sourceRecords(sources: SourceInput[]): SourceRecord[] {
  return sources.map(({ document, title, url, passage }) => ({
    document,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
    passage,
  }));
}

/** An input's own properties (not id or sources), without the optional ones left out. */
function inputProperties(input: object, omit: readonly string[]): Record<string, unknown> {
  const plain = instanceToPlain(input) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(plain).filter(([key, value]) => !omit.includes(key) && value !== undefined && value !== null));
}

const timestamps = (createdAt: unknown, updatedAt: string) => ({
  ...(typeof createdAt === 'string' ? { createdAt } : {}),
  updatedAt,
});

/** A node's state for the audit trail: kind, own properties (timestamps included) and parsed sources. */
function nodeState(kind: string, stored: Stored): Record<string, unknown> {
  return { kind, ...ownProperties(stored), sources: parseSources(stored.sources) };
}

/** A relationship's state for the audit trail; its own properties apart, as they may be named `from` and `to`. */
function relationshipState(type: string, from: string, to: string, stored: Stored): Record<string, unknown> {
  const { id, ...properties } = ownProperties(stored);
  return { id, type, from, to, properties, sources: parseSources(stored.sources) };
}

/** The type a relationship id names (`from|TYPE|to[#key]`), or null when it names none. */
function typeOfRelationshipId(id: string): RelationshipType | null {
  const type = id.split('|')[1];
  return isRelationshipType(type) ? type : null;
}

/** The audit entries of one transaction, written by the same transaction just before it commits. */
class AuditTrail {
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

/**
 * Every write the API makes: validated inputs in, one write transaction per call, the audit trail written in
 * the same transaction. A check that fails anywhere throws, and the whole transaction rolls back.
 */
export class CurationRepository {
  constructor(private readonly runner: CypherRunner) {}

  /** Creates or replaces the node `input.id` of `kind` (every property and source as given). */
  upsertNode(kind: NodeKind, input: NodeInput, caller: Caller, operation: string): Promise<NodeShape> {
    const sources = sourceRecords(input.sources);
    const properties = inputProperties(input, ['id', 'sources']);
    return this.runner.transaction(async (run) => {
      const audit = new AuditTrail(caller, operation);
      const [locked] = await run<{ kinds: string[]; before: Stored }>(LOCK_NODE, { id: input.id, now: audit.at });
      const existing = locked.kinds[0];
      if (existing !== undefined && existing !== kind) {
        throw fieldError('id', `"${input.id}" is already the id of a ${existing}; ids are unique across kinds`);
      }
      await this.requireDocuments(run, sources, 'sources', input.id);
      if (kind === NodeKind.Claim) {
        const [missing] = await this.missing(run, [properties.subject as string]);
        if (missing) throw missingNode(missing, 'subject');
      }
      const record = { kind, id: input.id, properties: { ...properties, ...timestamps(locked.before.createdAt, audit.at) }, sources };
      const [{ after }] = await run<{ after: Stored }>(forKind(WRITE_NODE, kind), {
        id: input.id,
        properties: storedNode(record),
      });
      audit.add(
        existing ? ChangeAction.UPDATE : ChangeAction.CREATE,
        input.id,
        kind,
        existing ? nodeState(existing, locked.before) : null,
        nodeState(kind, after),
      );
      if (kind === NodeKind.Claim) {
        await this.writeClaim(run, audit, after, existing ? locked.before : null);
        await this.checkPreferredValues(run, [String(after.subject)], 'value');
      } else {
        await this.checkPreferredValues(run, [input.id], null);
      }
      await audit.save(run);
      return toNode({ ...after, kind });
    });
  }

  /** Deletes a node; with `detach` also its relationships, else refuses when it has any. Admins only. */
  deleteNode(id: string, detach: boolean, caller: Caller): Promise<ChangeShape> {
    return this.runner.transaction(async (run) => {
      const audit = new AuditTrail(caller, 'deleteNode');
      const [locked] = await run<{ kinds: string[]; before: Stored; relationships: Array<Stored & { properties: Stored }>; claims: number }>(
        LOCK_EXISTING_NODE,
        { id },
      );
      if (!locked) throw missingNode(id, 'id');
      const kind = locked.kinds[0];
      if (locked.claims > 0) {
        throw fieldError('id', `${locked.claims} claim(s) are about "${id}"; delete them first`);
      }
      const [citing] = await run<{ citing: string[]; total: number }>(CITING_RECORDS, {
        id,
        needle: `"document":${JSON.stringify(id)}`,
      });
      if (citing.total > 0) {
        throw fieldError('id', `"${id}" is the source document of ${citing.total} record(s) (${citing.citing.join(', ')}); change their sources first`);
      }
      if (locked.relationships.length > 0 && !detach) {
        throw fieldError('detach', `"${id}" has ${locked.relationships.length} relationship(s); pass detach: true to delete them with it`);
      }
      for (const rel of locked.relationships) {
        const state = relationshipState(String(rel.type), String(rel.from), String(rel.to), rel.properties);
        audit.add(ChangeAction.DELETE, String(rel.properties.id), String(rel.type), state, null);
      }
      const main = audit.add(ChangeAction.DELETE, id, kind, nodeState(kind, locked.before), null);
      await run(DELETE_NODE, { id });
      if (kind === NodeKind.Claim) await this.checkClaimFacts(run, [locked.before]);
      await this.checkPreferredValues(run, locked.relationships.map((rel) => String(rel.from)), 'detach');
      await audit.save(run);
      return main;
    });
  }

  /** Creates or replaces the relationship `input` names (by type, ends and key), between existing nodes. */
  upsertRelationship(input: RelationshipInput, caller: Caller): Promise<GraphEdgeShape> {
    const id = relationshipId(input.type, input.from, input.to, input.key);
    const sources = sourceRecords(input.sources);
    const properties = input.properties ? inputProperties(input.properties, []) : {};
    refuseBroken(relationshipProblems({ type: input.type, fromKind: null, toKind: null, properties }));
    return this.runner.transaction(async (run) => {
      const audit = new AuditTrail(caller, 'upsertRelationship');
      const kinds = await run<{ id: string; kind: NodeKind | null }>(READ_KINDS, { ids: [input.from, input.to] });
      const [fromKind, toKind] = [input.from, input.to].map((end) => kinds.find((row) => row.id === end)?.kind ?? null);
      if (fromKind === null) throw missingNode(input.from, 'from');
      if (toKind === null) throw missingNode(input.to, 'to');
      refuseBroken(relationshipProblems({ type: input.type, fromKind, toKind, properties }));
      await this.requireDocuments(run, sources, 'sources', null);
      const [locked] = await run<{ created: boolean; before: Stored }>(forType(LOCK_RELATIONSHIP, input.type), {
        id,
        from: input.from,
        to: input.to,
        now: audit.at,
      });
      const record = {
        id,
        type: input.type,
        from: input.from,
        to: input.to,
        properties: { ...properties, ...timestamps(locked.before.createdAt, audit.at) },
        sources,
      };
      const [{ after }] = await run<{ after: Stored }>(forType(WRITE_RELATIONSHIP, input.type), {
        id,
        properties: storedRelationship(record),
      });
      audit.add(
        locked.created ? ChangeAction.CREATE : ChangeAction.UPDATE,
        id,
        input.type,
        locked.created ? null : relationshipState(input.type, input.from, input.to, locked.before),
        relationshipState(input.type, input.from, input.to, after),
      );
      await this.checkPreferredValues(run, [input.from], 'properties');
      await audit.save(run);
      return { id, type: input.type, source: input.from, target: input.to, properties: ownProperties(after), sources: parseSources(after.sources) };
    });
  }

  /** Deletes one relationship by id. Admins only. */
  deleteRelationship(id: string, caller: Caller): Promise<ChangeShape> {
    const type = this.relationshipType(id);
    return this.runner.transaction(async (run) => {
      const audit = new AuditTrail(caller, 'deleteRelationship');
      const [locked] = await run<{ from: string; to: string; before: Stored }>(
        forType(LOCK_EXISTING_RELATIONSHIP, type),
        { id },
      );
      if (!locked) throw missingRelationship(id);
      await run(forType(DELETE_RELATIONSHIP, type), { id });
      await this.checkPreferredValues(run, [locked.from], 'id');
      const change = audit.add(ChangeAction.DELETE, id, type, relationshipState(type, locked.from, locked.to, locked.before), null);
      await audit.save(run);
      return change;
    });
  }

  /** Adds a source to the node or relationship `targetId` (a relationship id contains `|`). */
  addSource(targetId: string, source: SourceInput, caller: Caller): Promise<ChangeShape> {
    const [added] = sourceRecords([source]);
    return this.runner.transaction(async (run) => {
      const audit = new AuditTrail(caller, 'addSource');
      await this.requireDocuments(run, [added], 'source', targetId);
      if (targetId.includes('|')) {
        const type = this.relationshipType(targetId);
        const [locked] = await run<{ from: string; to: string; before: Stored }>(
          forType(LOCK_EXISTING_RELATIONSHIP, type),
          { id: targetId },
        );
        if (!locked) throw missingRelationship(targetId);
        const properties = { ...locked.before, ...storedSources(withSource(locked.before, added)), updatedAt: audit.at };
        const [{ after }] = await run<{ after: Stored }>(forType(WRITE_RELATIONSHIP, type), {
          id: targetId,
          properties,
        });
        const change = audit.add(
          ChangeAction.UPDATE,
          targetId,
          type,
          relationshipState(type, locked.from, locked.to, locked.before),
          relationshipState(type, locked.from, locked.to, after),
        );
        await audit.save(run);
        return change;
      }
      const [locked] = await run<{ kinds: string[]; before: Stored }>(LOCK_EXISTING_NODE, { id: targetId });
      if (!locked) throw missingNode(targetId, 'targetId');
      const kind = locked.kinds[0] as NodeKind;
      const properties = { ...locked.before, ...storedSources(withSource(locked.before, added)), updatedAt: audit.at };
      const [{ after }] = await run<{ after: Stored }>(forKind(WRITE_NODE, kind), {
        id: targetId,
        properties,
      });
      const change = audit.add(ChangeAction.UPDATE, targetId, kind, nodeState(kind, locked.before), nodeState(kind, after));
      if (kind === NodeKind.Claim) await this.writeAbout(run, after);
      await audit.save(run);
      return change;
    });
  }

  /** The audit trail, newest first: all of it since a time, or what touched one node or relationship. */
  async changes(since: string | null, id: string | null, first: number): Promise<ChangeShape[]> {
    const rows = await this.runner.read<{ change: Stored }>(READ_CHANGES, {
      since: since === null ? null : new Date(since).toISOString(),
      id,
      first: neo4j.int(first),
    });
    return rows.map(({ change }) => ({
      id: String(change.id),
      at: String(change.at),
      actor: String(change.actor),
      operation: String(change.operation),
      action: change.action as ChangeAction,
      target: String(change.target),
      targetKind: String(change.targetKind),
      before: typeof change.before === 'string' ? JSON.parse(change.before) : null,
      after: typeof change.after === 'string' ? JSON.parse(change.after) : null,
    }));
  }

  /**
   * A claim's consequences: its ABOUT relationship, the other claims about its fact no longer preferred when
   * it is, and exactly one preferred claim for its fact (and for the fact it was about before) afterwards.
   */
  private async writeClaim(run: Run, audit: AuditTrail, claim: Stored, before: Stored | null): Promise<void> {
    await this.writeAbout(run, claim);
    if (claim.preferred === true) {
      const demoted = await run<{ id: string; before: Stored; after: Stored }>(DEMOTE_CLAIMS, {
        id: claim.id,
        subject: claim.subject,
        property: claim.property,
        now: audit.at,
      });
      for (const row of demoted) {
        audit.add(ChangeAction.UPDATE, row.id, NodeKind.Claim, nodeState(NodeKind.Claim, row.before), nodeState(NodeKind.Claim, row.after));
      }
      await this.holdPreferredValue(run, audit, claim);
    }
    await this.checkClaimFacts(run, before ? [claim, before] : [claim]);
  }

  /**
   * The graph holds what it prefers: a new preferred claim about a text or date property its subject has
   * gives the subject that value (recorded as a change of the subject). Other claims are checked, not applied.
   */
  private async holdPreferredValue(run: Run, audit: AuditTrail, claim: Stored): Promise<void> {
    const [subject] = await run<{ kinds: string[]; before: Stored }>(LOCK_EXISTING_NODE, { id: claim.subject });
    const kind = subject.kinds[0] as NodeKind;
    const property = String(claim.property);
    const spec = propertyOf(kind, property);
    if (!(property in subject.before) || !spec || spec.list || (spec.type !== 'string' && spec.type !== 'date') || subject.before[property] === claim.value) return;
    const [row] = await run<{ before: Stored; after: Stored }>(SET_PROPERTY, {
      id: claim.subject,
      changes: { [property]: claim.value, updatedAt: audit.at },
    });
    audit.add(ChangeAction.UPDATE, String(claim.subject), kind, nodeState(kind, row.before), nodeState(kind, row.after));
  }

  /**
   * Refuses a write after which a preferred claim about `ids` disagrees with the graph: the rule the seed
   * loader applies (src/seed/validate.ts, checkPreferredValues), so that every dump loads again.
   * `field` names the input field at fault; null means the property the claim is about.
   */
  private async checkPreferredValues(run: Run, ids: string[], field: string | null): Promise<void> {
    if (ids.length === 0) return;
    const rows = await run<{
      claim: { id: string; property: string; value: string };
      subject: Stored;
      relationships: Array<{ type: string; to: string; properties: Stored }>;
    }>(PREFERRED_CLAIMS, { ids: [...new Set(ids)] });
    for (const { claim, subject, relationships } of rows) {
      const problem = preferredValueProblem(claim, { id: String(subject.id), properties: subject }, relationships);
      if (problem) {
        const advice = problem.aboutRelationship ? 'record a preferred claim with the new value first' : 'record a preferred claim with the new value instead';
        throw fieldError(field ?? (problem.aboutRelationship ? 'properties' : claim.property), `${problem.message} (claim ${claim.id}); ${advice}`);
      }
    }
  }

  /** Makes the claim's ABOUT relationship exactly what the seed loader would build from it. */
  private async writeAbout(run: Run, claim: Stored): Promise<void> {
    const subject = String(claim.subject);
    await run(WRITE_CLAIM_ABOUT, {
      id: claim.id,
      subject,
      properties: {
        property: claim.property,
        id: relationshipId(RelationshipType.ABOUT, String(claim.id), subject),
        sources: claim.sources,
        sourceText: claim.sourceText,
      },
    });
  }

  private async checkClaimFacts(run: Run, claims: Stored[]): Promise<void> {
    const facts = claims.map((claim) => ({ subject: claim.subject, property: claim.property }));
    const [broken] = await run<{ subject: string; property: string; preferred: number }>(CHECK_CLAIM_FACTS, { facts });
    if (broken) {
      throw fieldError(
        'preferred',
        `the claims about ${broken.property} of "${broken.subject}" would have ${broken.preferred} preferred claims; exactly one must be preferred`,
      );
    }
  }

  /** A source document that is not a URL or a UN symbol must be a node (or the record itself). */
  private async requireDocuments(run: Run, sources: SourceRecord[], field: string, selfId: string | null): Promise<void> {
    const named = sources.map((source) => source.document).filter((doc) => !isExternalDocument(doc) && doc !== selfId);
    if (named.length === 0) return;
    const missing = new Set(await this.missing(run, named));
    const index = sources.findIndex((source) => missing.has(source.document));
    if (index >= 0) {
      const path = field === 'source' ? 'source.document' : `${field}.${index}.document`;
      throw fieldError(path, `"${sources[index].document}" is neither a URL, a UN document symbol, nor the id of a node`);
    }
  }

  private async missing(run: Run, ids: string[]): Promise<string[]> {
    const [row] = await run<{ missing: string[] }>(MISSING_NODES, { ids: [...new Set(ids)] });
    return row.missing;
  }

  private relationshipType(id: string): RelationshipType {
    const type = typeOfRelationshipId(id);
    if (type === null) throw missingRelationship(id);
    if (type === RelationshipType.ABOUT) {
      throw fieldError('id', "an ABOUT relationship belongs to its claim; change or delete the claim instead");
    }
    if (DERIVED_RELATIONSHIP_TYPES.has(type)) {
      throw fieldError('id', `a ${type} relationship is derived by the loader from other records; change those instead`);
    }
    return type;
  }
}

/** A property as claims write it: a list joined with an en dash, as the UN joins symbols. */

/** The sources of a stored record with one more; refuses a duplicate and more than the maximum. */
function withSource(stored: Stored, added: SourceRecord): SourceRecord[] {
  const sources = parseSources(stored.sources) as SourceRecord[];
  if (sources.some((source) => JSON.stringify(source) === JSON.stringify(added))) {
    throw fieldError('source', 'this record already cites exactly this source');
  }
  if (sources.length >= MAX_SOURCES) throw fieldError('source', `a record holds at most ${MAX_SOURCES} sources`);
  return [...sources, added];
}
