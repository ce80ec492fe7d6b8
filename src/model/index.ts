import type { FieldDirection, FieldSpec, KindSpec, PropertySpec, RelationshipTypeSpec, ValueType } from './declare';
import { KINDS, KindName } from './kinds';
import { RELATIONSHIP_PROPERTIES, RELATIONSHIP_TYPES, RelationshipPropertyName, RelationshipTypeName } from './relationship-types';

export type { FieldDirection, FieldSpec, KindSpec, PropertySpec, RelationshipTypeSpec, ValueType };
export type { KindName, RelationshipPropertyName, RelationshipTypeName };

/** Every node kind, by name: the values of the GraphQL `NodeKind` enum and the Neo4j labels. */
export const NodeKind = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, kind])) as { readonly [K in KindName]: K };
export type NodeKind = KindName;

/** Every relationship type, by name: the values of the GraphQL `RelationshipType` enum and the Neo4j types. */
export const RelationshipType = Object.fromEntries(Object.keys(RELATIONSHIP_TYPES).map((type) => [type, type])) as {
  readonly [T in RelationshipTypeName]: T;
};
export type RelationshipType = RelationshipTypeName;

export const NODE_KINDS = Object.keys(KINDS) as readonly NodeKind[];
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as readonly RelationshipType[];

export const isNodeKind = (value: unknown): value is NodeKind => typeof value === 'string' && Object.hasOwn(KINDS, value);
export const isRelationshipType = (value: unknown): value is RelationshipType =>
  typeof value === 'string' && Object.hasOwn(RELATIONSHIP_TYPES, value);

/** The declaration of a node kind. */
export function kindSpec(kind: NodeKind): KindSpec<NodeKind, RelationshipType> {
  return KINDS[kind] as KindSpec<NodeKind, RelationshipType>;
}

/** A node kind's own properties (not id, kind or sources), in the order they are declared. */
export function propertiesOf(kind: NodeKind): Readonly<Record<string, PropertySpec>> {
  return kindSpec(kind).properties;
}

/** One property of a kind, or undefined when the kind has none of that name. */
export function propertyOf(kind: NodeKind, name: string): PropertySpec | undefined {
  const properties = propertiesOf(kind);
  return Object.hasOwn(properties, name) ? properties[name] : undefined;
}

/** A relationship type as declared, with `to` spelt out and `note` added to every hand-written type. */
export interface RelationshipTypeModel {
  type: RelationshipType;
  from: readonly NodeKind[];
  to: readonly NodeKind[];
  properties: readonly RelationshipPropertyName[];
  dateProperty?: string;
  derived: boolean;
  key?: string;
}

const RELATIONSHIP_MODEL: Readonly<Record<RelationshipType, RelationshipTypeModel>> = Object.fromEntries(
  RELATIONSHIP_TYPE_NAMES.map((type) => {
    const spec = RELATIONSHIP_TYPES[type] as RelationshipTypeSpec<NodeKind> & { properties: readonly RelationshipPropertyName[] };
    const properties = spec.derived ? spec.properties : [...spec.properties, 'note' as const];
    return [type, { ...spec, type, to: spec.to === 'any' ? NODE_KINDS : spec.to, properties }];
  }),
) as Record<RelationshipType, RelationshipTypeModel>;

/** A relationship type's endpoints, properties and flags. */
export function relationshipTypeSpec(type: RelationshipType): RelationshipTypeModel {
  return RELATIONSHIP_MODEL[type];
}

/** The declaration of a relationship property, shared by every type that carries it. */
export function relationshipProperty(name: RelationshipPropertyName): PropertySpec {
  return RELATIONSHIP_PROPERTIES[name];
}

export const RELATIONSHIP_PROPERTY_NAMES = Object.keys(RELATIONSHIP_PROPERTIES) as readonly RelationshipPropertyName[];

/** Properties hand-written relationships may carry: what the relationship input offers. */
export const WRITABLE_RELATIONSHIP_PROPERTIES: readonly RelationshipPropertyName[] = RELATIONSHIP_PROPERTY_NAMES.filter((name) =>
  RELATIONSHIP_TYPE_NAMES.some((type) => !RELATIONSHIP_MODEL[type].derived && RELATIONSHIP_MODEL[type].properties.includes(name)),
);

/** Types the loader derives from other records; refused from seed files and the curation API. */
export const DERIVED_RELATIONSHIP_TYPES: ReadonlySet<RelationshipType> = new Set(RELATIONSHIP_TYPE_NAMES.filter((type) => RELATIONSHIP_MODEL[type].derived));

/**
 * What the read path needs to resolve one typed relationship field of an object type: the relationship types
 * it follows, which way, the kinds it may lead to (the one kind it is typed to, or every kind those types allow
 * at the other end) and the properties those relationships may carry. Null when the kind has no such field.
 */
export interface RelationshipField {
  kind: NodeKind;
  field: string;
  types: readonly RelationshipType[];
  direction: FieldDirection;
  /** The kind the field is typed to (`ReportLink`), or null for a field of generic `Relation` items. */
  typedKind: NodeKind | null;
  targetKinds: readonly NodeKind[];
  properties: readonly RelationshipPropertyName[];
  description: string;
}

export function relationshipField(kind: NodeKind, field: string): RelationshipField | null {
  const fields = kindSpec(kind).fields;
  if (!Object.hasOwn(fields, field)) return null;
  const spec = fields[field];
  const targets = new Set<NodeKind>();
  const properties = new Set<RelationshipPropertyName>();
  for (const type of spec.types) {
    const rel = RELATIONSHIP_MODEL[type];
    const ends: Array<[readonly NodeKind[], readonly NodeKind[]]> = [];
    if (spec.direction !== 'IN') ends.push([rel.from, rel.to]);
    if (spec.direction !== 'OUT') ends.push([rel.to, rel.from]);
    for (const [own, other] of ends) if (own.includes(kind)) for (const target of other) targets.add(target);
    for (const name of rel.properties) properties.add(name);
  }
  const typedKind = spec.kind ?? null;
  return {
    kind,
    field,
    types: spec.types,
    direction: spec.direction,
    typedKind,
    targetKinds: typedKind ? [typedKind] : NODE_KINDS.filter((target) => targets.has(target)),
    properties: RELATIONSHIP_PROPERTY_NAMES.filter((name) => properties.has(name)),
    description: spec.description,
  };
}

/** The typed relationship fields of a kind, in the order they are declared. */
export function relationshipFieldsOf(kind: NodeKind): RelationshipField[] {
  return Object.keys(kindSpec(kind).fields).map((field) => relationshipField(kind, field)!);
}

/**
 * Why a relationship of `type` may not connect a `from` node to a `to` node, or null when it may. The message
 * names the type, the kinds found and the kinds allowed.
 */
export function endpointProblem(type: RelationshipType, from: NodeKind, to: NodeKind): string | null {
  const rel = RELATIONSHIP_MODEL[type];
  if (rel.from.includes(from) && rel.to.includes(to)) return null;
  const allowedTo = rel.to.length === NODE_KINDS.length ? 'any kind' : rel.to.join(' | ');
  return `${type} may not connect a ${from} to a ${to}: it connects ${rel.from.join(' | ')} to ${allowedTo}`;
}

/** Why `properties` do not fit a relationship of `type` (one it does not carry), or null when they do. */
export function relationshipPropertiesProblem(type: RelationshipType, properties: Record<string, unknown>): { property: string; message: string } | null {
  const allowed = RELATIONSHIP_MODEL[type].properties as readonly string[];
  const property = Object.keys(properties).find((name) => properties[name] !== undefined && properties[name] !== null && !allowed.includes(name));
  if (property === undefined) return null;
  return { property, message: `${type} carries no property "${property}"; it carries ${allowed.length ? allowed.join(', ') : 'none'}` };
}

/** Kinds whose properties place them in time, and the property that does. */
export const DATE_PROPERTY: Readonly<Partial<Record<NodeKind, string>>> = Object.fromEntries(
  NODE_KINDS.flatMap((kind) => {
    const dateProperty = kindSpec(kind).dateProperty;
    return dateProperty ? [[kind, dateProperty]] : [];
  }),
);

/** Every property that dates a node of some kind, each once (the timeline's node dates). */
export const NODE_DATE_PROPERTIES: readonly string[] = [...new Set(Object.values(DATE_PROPERTY) as string[])];

/** Every date property relationships carry (the timeline's relationship dates). */
export const RELATIONSHIP_DATE_PROPERTIES: readonly string[] = RELATIONSHIP_PROPERTY_NAMES.filter(
  (name) => RELATIONSHIP_PROPERTIES[name].type === 'date',
);

/** Every property that labels a node of some kind, each once. */
export const LABEL_PROPERTIES: readonly string[] = [...new Set(NODE_KINDS.map((kind) => kindSpec(kind).labelProperty))];

/** Properties of any kind that hold whole numbers, so that they reach Neo4j as integers rather than floats. */
export function isIntegerProperty(kind: NodeKind | null, name: string): boolean {
  if (kind !== null) return propertyOf(kind, name)?.type === 'int';
  return Object.hasOwn(RELATIONSHIP_PROPERTIES, name) && RELATIONSHIP_PROPERTIES[name as RelationshipPropertyName].type === 'int';
}

/** The properties the full-text index covers, besides the source passages. */
export const SEARCHABLE_PROPERTIES: readonly string[] = [
  ...new Set(NODE_KINDS.flatMap((kind) => Object.entries(propertiesOf(kind)).filter(([, spec]) => spec.searchable).map(([name]) => name))),
];

/** The property a kind's list is ordered by when the client gives none. */
export function defaultSort(kind: NodeKind): string {
  const spec = kindSpec(kind);
  return spec.orderBy ?? spec.dateProperty ?? ['number', 'ordinal'].find((name) => propertyOf(kind, name)) ?? 'id';
}

const SAFE_NAME = /^[A-Za-z]{1,40}$/;

/**
 * The errors in the model's own declarations: a field naming an unknown kind or type, a field no relationship
 * can reach, a name unfit for Cypher text. The module refuses to load with any, and a unit test lists them.
 */
export function modelProblems(): string[] {
  const problems: string[] = [];
  for (const kind of NODE_KINDS) {
    const spec = kindSpec(kind);
    for (const name of Object.keys(spec.properties)) if (!SAFE_NAME.test(name)) problems.push(`${kind}: property name ${name} is unfit for Cypher`);
    if (!propertyOf(kind, spec.labelProperty)) problems.push(`${kind}: label property ${spec.labelProperty} is not declared`);
    if (spec.dateProperty && propertyOf(kind, spec.dateProperty)?.type !== 'date') problems.push(`${kind}: date property ${spec.dateProperty} is not a date`);
    for (const [field, fieldSpec] of Object.entries(spec.fields)) {
      if (fieldSpec.kind && !isNodeKind(fieldSpec.kind)) problems.push(`${kind}.${field}: unknown kind ${fieldSpec.kind}`);
      for (const type of fieldSpec.types) {
        if (!isRelationshipType(type)) problems.push(`${kind}.${field}: unknown relationship type ${type}`);
      }
      const resolved = relationshipField(kind, field)!;
      const reachable = fieldSpec.types.some((type) => {
        const rel = RELATIONSHIP_MODEL[type];
        return (fieldSpec.direction !== 'IN' && rel.from.includes(kind)) || (fieldSpec.direction !== 'OUT' && rel.to.includes(kind));
      });
      if (!reachable) problems.push(`${kind}.${field}: none of ${fieldSpec.types.join(', ')} may start or end at a ${kind} that way`);
      if (resolved.typedKind && !resolved.types.some((type) => [...RELATIONSHIP_MODEL[type].from, ...RELATIONSHIP_MODEL[type].to].includes(resolved.typedKind!))) {
        problems.push(`${kind}.${field}: no relationship it follows may lead to a ${resolved.typedKind}`);
      }
    }
  }
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const rel = RELATIONSHIP_MODEL[type];
    for (const end of [...rel.from, ...rel.to]) if (!isNodeKind(end)) problems.push(`${type}: unknown kind ${end}`);
    if (rel.dateProperty && !(rel.properties as readonly string[]).includes(rel.dateProperty)) problems.push(`${type}: date property ${rel.dateProperty} is not one of its properties`);
  }
  return problems;
}

const problems = modelProblems();
if (problems.length > 0) throw new Error(`The graph model is inconsistent:\n${problems.join('\n')}`);
