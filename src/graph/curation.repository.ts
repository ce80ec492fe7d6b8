import { instanceToPlain } from 'class-transformer';
import neo4j from 'neo4j-driver';
import type { Caller } from '../api-keys';
import { AppError, ErrorCode } from '../errors';
import { ChangeAction } from '../schema/change.type';
import { DERIVED_RELATIONSHIP_TYPES, isRelationshipType, NodeKind, propertyOf, RelationshipType } from '../model';
import { relationshipProblems, RuleProblem } from '../rules/relationships';
import type { NodeInput } from '../schema/node.input';
import type { RelationshipInput } from '../schema/relationship.input';
import type { SourceInput } from '../schema/source.input';
import { preferredCountProblem, preferredValueProblem } from '../rules/preferred-claims';
import { documentsToFind, unknownDocumentIndex, unknownDocumentReason } from '../rules/sources';
import { relationshipId, SourceRecord } from '../seed/records';
import { forKind, forType } from './fragments';
import type { GraphEdgeShape } from './traversal.repository';
import { cypher } from './cypher-files';
import { AuditTrail, ChangeShape, changeFromStored, nodeState, relationshipState } from './audit-trail';
import { CypherRunner, Row } from './cypher-runner';
import { NodeShape, ownProperties, parseSources, sourceRecords, storedNode, storedRelationship, storedSources, toNode } from './storage-codec';

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
const PREFERRED_CLAIMS = cypher('curation/preferred-claims');
const READ_CHANGES = cypher('curation/read-changes');
const READ_KINDS = cypher('curation/read-kinds');
const SET_PROPERTY = cypher('curation/set-property');
const WRITE_CLAIM_ABOUT = cypher('curation/write-claim-about');
const WRITE_NODE = cypher('curation/write-node');
const WRITE_RELATIONSHIP = cypher('curation/write-relationship');

type Run = <R extends Row = Row>(query: string, params?: Row) => Promise<R[]>;
type Stored = Record<string, unknown>;

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

/** An input's own properties (not id or sources), without the optional ones left out. */
function inputProperties(input: object, omit: readonly string[]): Record<string, unknown> {
  const plain = instanceToPlain(input) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(plain).filter(([key, value]) => !omit.includes(key) && value !== undefined && value !== null));
}

const timestamps = (createdAt: unknown, updatedAt: string) => ({
  ...(typeof createdAt === 'string' ? { createdAt } : {}),
  updatedAt,
});

/** The type a relationship id names (`from|TYPE|to[#key]`), or null when it names none. */
function typeOfRelationshipId(id: string): RelationshipType | null {
  const type = id.split('|')[1];
  return isRelationshipType(type) ? type : null;
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
      const subject = kind === NodeKind.Claim ? String(properties.subject) : null;
      const view = await readKinds(run, [...(subject ? [subject] : []), ...documentsToFind(sources, input.id)]);
      requireDocuments(view, sources, 'sources', input.id);
      if (subject !== null && !view.get(subject)) throw missingNode(subject, 'subject');
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
      const view = await readKinds(run, [input.from, input.to, ...documentsToFind(sources, null)]);
      const [fromKind, toKind] = [view.get(input.from) ?? null, view.get(input.to) ?? null];
      if (fromKind === null) throw missingNode(input.from, 'from');
      if (toKind === null) throw missingNode(input.to, 'to');
      refuseBroken(relationshipProblems({ type: input.type, fromKind, toKind, properties }));
      requireDocuments(view, sources, 'sources', null);
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
      requireDocuments(await readKinds(run, documentsToFind([added], targetId)), [added], 'source', targetId);
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
    return rows.map(({ change }) => changeFromStored(change));
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
    const problem = broken && preferredCountProblem(broken.property, broken.preferred, broken.subject);
    if (problem) throw fieldError('preferred', problem);
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

/** The sources of a stored record with one more; refuses a duplicate and more than the maximum. */
function withSource(stored: Stored, added: SourceRecord): SourceRecord[] {
  const sources = parseSources(stored.sources) as SourceRecord[];
  if (sources.some((source) => JSON.stringify(source) === JSON.stringify(added))) {
    throw fieldError('source', 'this record already cites exactly this source');
  }
  if (sources.length >= MAX_SOURCES) throw fieldError('source', `a record holds at most ${MAX_SOURCES} sources`);
  return [...sources, added];
}

/**
 * The kind of each id a mutation involves (its ends, its claim's subject, its source documents), read once:
 * the small read-only view the rules are applied to. Absent ids map to null.
 */
async function readKinds(run: Run, ids: string[]): Promise<ReadonlyMap<string, NodeKind | null>> {
  if (ids.length === 0) return new Map();
  const rows = await run<{ id: string; kind: NodeKind | null }>(READ_KINDS, { ids: [...new Set(ids)] });
  return new Map(rows.map((row) => [row.id, row.kind]));
}

/** Refuses the first source whose document names no node in `view` (the record itself excepted). */
function requireDocuments(view: ReadonlyMap<string, NodeKind | null>, sources: SourceRecord[], field: string, selfId: string | null): void {
  const index = unknownDocumentIndex(sources, (id) => Boolean(view.get(id)), selfId);
  if (index < 0) return;
  const path = field === 'source' ? 'source.document' : `${field}.${index}.document`;
  throw fieldError(path, unknownDocumentReason(sources[index].document));
}
