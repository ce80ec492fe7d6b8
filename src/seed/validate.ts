import { instanceToPlain, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { INPUT_CLASS } from '../schema/kind.input';
import { isNodeKind, NodeKind, RelationshipType } from '../model';
import { relationshipProblems } from '../rules/relationships';
import { RelationshipInput } from '../schema/relationship.input';
import { deriveLanguageAnnotations } from './annotations';
import { ChangeEntry, isIsoTimestamp } from './change-record';
import { preferredCountProblem, preferredValueProblem } from '../rules/preferred-claims';
import { unknownDocumentIndex, unknownDocumentReason } from '../rules/sources';
import { ChangeRecord, NodeRecord, Problem, relationshipId, RelationshipRecord, SourceRecord } from './records';

/** A parsed seed file: its name and its top-level `nodes`, `relationships` and (from a dump) `changes` lists. */
export interface SeedFile {
  file: string;
  content: unknown;
}

export interface ValidatedSeed {
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
  changes: ChangeRecord[];
  problems: Problem[];
}

const VALIDATION = { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true } as const;

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; reason: string }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function stripUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The API's `createdAt` / `updatedAt` of a record, which a dump writes beside the input fields: checked
 * here rather than added to the input classes, so that API clients cannot set them.
 */
function timestampsOf(raw: Record<string, unknown>, problem: (field: string, reason: string) => void): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (isIsoTimestamp(value)) found[field] = value;
    else problem(field, `${field} must be an ISO UTC timestamp such as 2024-05-01T12:00:00.000Z`);
  }
  return found;
}

/**
 * Validates every record of every file with the API's input classes and checks the graph as a whole
 * (unique ids, relationships that point at existing nodes of the kinds their type connects, claims about
 * existing nodes, one preferred claim per fact).
 * Reports every problem at once; returns records only for the caller to write when there are none.
 */
export function validateSeed(files: SeedFile[]): ValidatedSeed {
  const problems: Problem[] = [];
  const nodes: NodeRecord[] = [];
  const relationships: RelationshipRecord[] = [];
  const changes: ChangeRecord[] = [];
  const changeFile = new Map<string, string>();
  const nodeFile = new Map<string, string>();
  const nodeKind = new Map<string, NodeKind>();
  const relationshipFile = new Map<string, string>();
  const pendingRelationships: Array<{ file: string; record: RelationshipRecord; own: Record<string, unknown> }> = [];

  for (const { file, content } of files) {
    if (content === null || content === undefined) continue;
    if (!isObject(content)) {
      problems.push({ file, record: '-', field: '-', reason: 'a seed file must be a map with `nodes` and/or `relationships`' });
      continue;
    }
    for (const key of Object.keys(content)) {
      if (key !== 'nodes' && key !== 'relationships' && key !== 'changes') {
        problems.push({ file, record: '-', field: key, reason: 'unknown top-level key (expected nodes, relationships, changes)' });
      }
    }
    const rawNodes = content.nodes ?? [];
    const rawRelationships = content.relationships ?? [];
    if (!Array.isArray(rawNodes)) problems.push({ file, record: '-', field: 'nodes', reason: 'must be a list' });
    if (!Array.isArray(rawRelationships)) problems.push({ file, record: '-', field: 'relationships', reason: 'must be a list' });

    (Array.isArray(rawNodes) ? rawNodes : []).forEach((raw: unknown, index) => {
      const label = isObject(raw) && typeof raw.id === 'string' ? raw.id : `nodes[${index}]`;
      if (!isObject(raw)) {
        problems.push({ file, record: label, field: '-', reason: 'a node must be a map' });
        return;
      }
      const { kind, createdAt, updatedAt, ...fields } = raw;
      if (!isNodeKind(kind)) {
        problems.push({ file, record: label, field: 'kind', reason: `unknown kind "${String(kind)}"` });
        return;
      }
      const before = problems.length;
      const stamps = timestampsOf({ createdAt, updatedAt }, (field, reason) => problems.push({ file, record: label, field, reason }));
      const input = plainToInstance(INPUT_CLASS[kind], fields);
      const errors = flatten(validateSync(input, VALIDATION));
      for (const error of errors) problems.push({ file, record: label, ...error });
      if (problems.length > before) return;
      const previous = nodeFile.get(input.id);
      if (previous !== undefined) {
        problems.push({ file, record: label, field: 'id', reason: `duplicate id; already defined in ${previous}` });
        return;
      }
      nodeFile.set(input.id, file);
      nodeKind.set(input.id, kind);
      const { id, sources, ...properties } = instanceToPlain(input) as Record<string, unknown>;
      nodes.push({ kind, id: id as string, properties: { ...stripUndefined(properties), ...stamps }, sources: sources as SourceRecord[] });
    });

    (Array.isArray(rawRelationships) ? rawRelationships : []).forEach((raw: unknown, index) => {
      const label = isObject(raw) ? `${String(raw.from)} -[${String(raw.type)}]-> ${String(raw.to)}` : `relationships[${index}]`;
      if (!isObject(raw)) {
        problems.push({ file, record: label, field: '-', reason: 'a relationship must be a map' });
        return;
      }
      const { createdAt, updatedAt, ...fields } = raw;
      const before = problems.length;
      const stamps = timestampsOf({ createdAt, updatedAt }, (field, reason) => problems.push({ file, record: label, field, reason }));
      const input = plainToInstance(RelationshipInput, fields);
      const errors = flatten(validateSync(input, VALIDATION));
      for (const error of errors) problems.push({ file, record: label, ...error });
      if (problems.length > before) return;
      const plain = instanceToPlain(input) as RelationshipInput & { properties?: Record<string, unknown> };
      const record: RelationshipRecord = {
        id: relationshipId(input.type, input.from, input.to, input.key),
        type: input.type,
        from: input.from,
        to: input.to,
        properties: { ...stripUndefined(plain.properties ?? {}), ...stamps },
        sources: plain.sources as SourceRecord[],
      };
      pendingRelationships.push({ file, record, own: stripUndefined(plain.properties ?? {}) });
    });

    const rawChanges = content.changes ?? [];
    if (!Array.isArray(rawChanges)) problems.push({ file, record: '-', field: 'changes', reason: 'must be a list' });
    (Array.isArray(rawChanges) ? rawChanges : []).forEach((raw: unknown, index) => {
      const label = isObject(raw) && typeof raw.id === 'string' ? raw.id : `changes[${index}]`;
      if (!isObject(raw)) {
        problems.push({ file, record: label, field: '-', reason: 'a change must be a map' });
        return;
      }
      const entry = plainToInstance(ChangeEntry, raw);
      const errors = flatten(validateSync(entry, VALIDATION));
      for (const error of errors) problems.push({ file, record: label, ...error });
      if (errors.length > 0) return;
      const previous = changeFile.get(entry.id);
      if (previous !== undefined) {
        problems.push({ file, record: label, field: 'id', reason: `duplicate change id; already in ${previous}` });
        return;
      }
      changeFile.set(entry.id, file);
      changes.push({
        id: entry.id,
        at: entry.at,
        seq: entry.seq,
        actor: entry.actor,
        operation: entry.operation,
        action: entry.action,
        target: entry.target,
        targetKind: entry.targetKind,
        before: entry.before ? JSON.stringify(raw.before) : null,
        after: entry.after ? JSON.stringify(raw.after) : null,
      });
    });
  }

  for (const { file, record, own } of pendingRelationships) {
    const label = `${record.from} -[${record.type}]-> ${record.to}`;
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      if (!nodeFile.has(record[end])) {
        problems.push({ file, record: label, field: end, reason: `no node has the id "${record[end]}"` });
        ok = false;
      }
    }
    const broken = relationshipProblems({
      type: record.type,
      fromKind: nodeKind.get(record.from) ?? null,
      toKind: nodeKind.get(record.to) ?? null,
      properties: own,
    });
    for (const problem of broken) problems.push({ file, record: label, ...problem });
    if (broken.length > 0) ok = false;
    const previous = relationshipFile.get(record.id);
    if (previous !== undefined) {
      problems.push({ file, record: label, field: 'key', reason: `duplicate relationship (already in ${previous}); give one a distinct key` });
      ok = false;
    }
    if (!ok) continue;
    relationshipFile.set(record.id, file);
    relationships.push(record);
  }

  // Pillar-language links are the project's reading of the REFERENCES passages, derived here so that they
  // always follow the rules in annotations.ts and the passages as they stand.
  relationships.push(...deriveLanguageAnnotations(relationships, (id) => nodeKind.get(id)));
  problems.push(...checkClaims(nodes, nodeFile, relationships));
  problems.push(...checkPreferredValues(nodes, nodeFile, relationships));
  problems.push(...checkSourceDocuments(nodes, relationships, nodeFile));
  return { nodes, relationships, changes, problems };
}

/** Claims must be about existing nodes, and each disputed fact needs exactly one preferred claim. */
function checkClaims(nodes: NodeRecord[], nodeFile: Map<string, string>, relationships: RelationshipRecord[]): Problem[] {
  const problems: Problem[] = [];
  const preferredCount = new Map<string, number>();
  for (const node of nodes) {
    if (node.kind !== NodeKind.Claim) continue;
    const { subject, property, preferred } = node.properties as { subject: string; property: string; preferred: boolean };
    const file = nodeFile.get(node.id)!;
    if (!nodeFile.has(subject)) {
      problems.push({ file, record: node.id, field: 'subject', reason: `no node has the id "${subject}"` });
      continue;
    }
    const fact = `${subject}#${property}`;
    preferredCount.set(fact, (preferredCount.get(fact) ?? 0) + (preferred ? 1 : 0));
    relationships.push({
      id: relationshipId(RelationshipType.ABOUT, node.id, subject),
      type: RelationshipType.ABOUT,
      from: node.id,
      to: subject,
      properties: { property },
      sources: node.sources,
    });
  }
  for (const [fact, count] of preferredCount) {
    const [subject, property] = fact.split('#');
    const reason = preferredCountProblem(property, count);
    if (reason) problems.push({ file: nodeFile.get(subject)!, record: subject, field: property, reason });
  }
  return problems;
}

/** A source that names a `kind:slug` document must name a node that exists. */
function checkSourceDocuments(nodes: NodeRecord[], relationships: RelationshipRecord[], nodeFile: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, record: string, sources: SourceRecord[]) =>
    sources.forEach((source, index) => {
      if (unknownDocumentIndex([source], (id) => nodeFile.has(id), null) < 0) return;
      problems.push({ file, record, field: `sources.${index}.document`, reason: unknownDocumentReason(source.document) });
    });
  for (const node of nodes) check(nodeFile.get(node.id)!, node.id, node.sources);
  for (const rel of relationships) check(nodeFile.get(rel.from) ?? '-', `${rel.from} -[${rel.type}]-> ${rel.to}`, rel.sources);
  return problems;
}

/** Every preferred claim must be what the graph holds (the rule in preferred-claims.ts). */
function checkPreferredValues(nodes: NodeRecord[], nodeFile: Map<string, string>, relationships: RelationshipRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const claim of nodes) {
    if (claim.kind !== NodeKind.Claim) continue;
    const { subject, property, value, preferred } = claim.properties as { subject: string; property: string; value: string; preferred: boolean };
    const target = byId.get(subject);
    if (!preferred || !target) continue;
    const problem = preferredValueProblem(
      { property, value },
      target,
      relationships.filter((rel) => rel.from === subject),
    );
    if (problem) problems.push({ file: nodeFile.get(claim.id)!, record: claim.id, field: 'value', reason: problem.message });
  }
  return problems;
}
