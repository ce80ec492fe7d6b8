import type { ResolveTree } from 'graphql-parse-resolve-info';
import { kindSpec, NODE_DATE_PROPERTIES, NODE_KINDS, propertiesOf, RELATIONSHIP_DATE_PROPERTIES, relationshipField, relationshipTypeSpec } from '../../model';
import { Direction, isNodeKind, NodeKind, RelationshipType } from '../../schema/kinds';
import { label, relTypes } from '../fragments';
import { NodeShape, parseSources } from '../storage-codec';
import { nodeColumns } from './columns';
import { Selection } from './selection';

/**
 * Where a projected node keeps what its nested fields selected (relationships, claims), by response key: the
 * field resolvers return it instead of asking the batched loaders (src/graph/selection/prefetch.ts).
 */
export const PREFETCHED = Symbol('prefetched');

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

/**
 * A nested field's key in its node's map is its response key behind this mark, which no property name holds,
 * so that an alias never meets a property of the same name.
 */
const NESTED = '@';

/** What one relationship field follows: the model's declaration, or a `relationships(types, direction)` call. */
interface FieldSpec {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /** The kinds the field may lead to; one for a typed field. */
  targets: readonly NodeKind[];
  /** The kind the field is typed to, which its pattern names. */
  kind: NodeKind | null;
}

/**
 * The order the batched loader gives (cypher/node/read-relationships.cypher): by the first date found, then id.
 * Only the date properties the field's types and target kinds declare are tried: the others are never set, and
 * each one tried costs a property read per relationship.
 */
function orderBy(r: string, m: string, spec: FieldSpec): string {
  const types = spec.types && spec.types.length > 0 ? spec.types : null;
  const relationshipDates = RELATIONSHIP_DATE_PROPERTIES.filter(
    (name) => !types || types.some((type) => (relationshipTypeSpec(type).properties as readonly string[]).includes(name)),
  );
  const nodeDates = NODE_DATE_PROPERTIES.filter((name) => spec.targets.some((kind) => Object.hasOwn(propertiesOf(kind), name)));
  const dates = [...relationshipDates.map((p) => `${r}.${p}`), ...nodeDates.map((p) => `${m}.${p}`)];
  return `${dates.length > 0 ? `coalesce(${[...dates, "''"].join(', ')}), ` : ''}${m}.id, ${r}.id`;
}

/** How to read back one projected node: its kinds, and the nested fields it carries by response key. */
export interface NodePlan {
  kinds: NodeKind[];
  nested: Array<{ key: string; kind: NodeKind | null; plan: NestedPlan }>;
}

type NestedPlan = { of: 'relationships'; node: NodePlan | null } | { of: 'claims' };

/** A node projection: Cypher text (labels and types from the enums only, no values) and how to read it. */
export interface CompiledNode {
  text: string;
  plan: NodePlan;
}

/**
 * Compiles the selection of a node (a list's nodes, `node`, or a relationship's `node`) into one Cypher map
 * projection of `variable`: the selected properties, sources only when selected, and every nested
 * relationship field as a `COLLECT { }` subquery of its own, filtered, typed and ordered as the field's batched
 * loader would, projecting again only what is selected below it, to any depth.
 */
export function compileNode(variable: string, kinds: readonly NodeKind[], selection: Selection): CompiledNode {
  let counter = 0;
  const fresh = (prefix: string) => `${prefix}${++counter}`;

  function node(v: string, nodeKinds: readonly NodeKind[], sel: Selection): CompiledNode {
    const columns = nodeColumns(nodeKinds, sel);
    const parts = ['.id', ...columns.properties.map((name) => `.${name}`)];
    if (columns.sources) parts.push('.sources');
    // A node of a field typed to one kind takes its kind from the plan: every key costs Neo4j and the driver once per node.
    if (nodeKinds.length > 1) parts.push(`kind: [l IN labels(${v}) WHERE l <> 'Entity'][0]`);
    const nested: NodePlan['nested'] = [];
    const byKey = new Map<string, Array<{ kind: NodeKind | null; text: string }>>();
    for (const tree of sel.trees) {
      for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
        const condition = isNodeKind(typeName) && nodeKinds.length > 1 ? typeName : null;
        const applies = isNodeKind(typeName) ? nodeKinds.filter((kind) => kind === typeName) : nodeKinds;
        for (const field of Object.values(fields)) {
          for (const entry of nestedField(v, applies, condition, field)) {
            nested.push({ key: field.alias, kind: entry.kind, plan: entry.plan });
            byKey.set(field.alias, [...(byKey.get(field.alias) ?? []), { kind: entry.kind, text: entry.text }]);
          }
        }
      }
    }
    if (byKey.size > 0) {
      const entries = [...byKey.entries()].map(([key, cases]) => {
        const unconditional = cases.find((c) => c.kind === null);
        const text = unconditional
          ? unconditional.text
          : `CASE ${cases.map((c) => `WHEN ${v}:${label(c.kind!)} THEN ${c.text}`).join(' ')} END`;
        return `\`${NESTED}${key}\`: ${text}`;
      });
      parts.push(...entries);
    }
    return { text: `${v} { ${parts.join(', ')} }`, plan: { kinds: [...nodeKinds], nested } };
  }

  /** The nested subqueries of one selected field: one per kind it differs for, none for a scalar field. */
  function nestedField(
    v: string,
    applies: readonly NodeKind[],
    condition: NodeKind | null,
    field: ResolveTree,
  ): Array<{ kind: NodeKind | null; text: string; plan: NestedPlan }> {
    if (applies.length === 0) return [];
    if (field.name === 'claims') return [{ kind: condition, text: claims(v, new Selection([field])), plan: { of: 'claims' } }];
    if (field.name === 'relationships') {
      const args = field.args as { types?: RelationshipType[] | null; direction?: Direction };
      const spec: FieldSpec = { types: args.types ?? null, direction: args.direction ?? Direction.BOTH, targets: NODE_KINDS, kind: null };
      return [relationships(v, spec, new Selection([field]), condition)];
    }
    const specs = new Map<string, { spec: FieldSpec; kinds: NodeKind[] }>();
    for (const kind of applies) {
      const declared = relationshipField(kind, field.name);
      if (!declared) continue;
      const spec: FieldSpec = {
        types: declared.types,
        direction: declared.direction as Direction,
        targets: declared.targetKinds,
        kind: declared.typedKind,
      };
      const key = JSON.stringify(spec);
      specs.set(key, { spec, kinds: [...(specs.get(key)?.kinds ?? []), kind] });
    }
    const all = [...specs.values()];
    if (all.length === 1 && all[0].kinds.length === applies.length) return [relationships(v, all[0].spec, new Selection([field]), condition)];
    return all.flatMap(({ spec, kinds: specKinds }) => specKinds.map((kind) => relationships(v, spec, new Selection([field]), kind)));
  }

  function relationships(v: string, spec: FieldSpec, sel: Selection, kind: NodeKind | null) {
    const r = fresh('r');
    const m = fresh('m');
    const types = spec.types && spec.types.length > 0 ? `:${relTypes(spec.types)}` : '';
    const target = `${m}:${spec.kind ? label(spec.kind) : 'Entity'}`;
    const pattern =
      spec.direction === Direction.OUT
        ? `(${v})-[${r}${types}]->(${target})`
        : spec.direction === Direction.IN
          ? `(${v})<-[${r}${types}]-(${target})`
          : `(${v})-[${r}${types}]-(${target})`;
    // Only what is selected crosses the wire: a relationship's id alone is longer than most nodes' projections.
    const item: string[] = [];
    if (sel.has('id')) item.push(`id: ${r}.id`);
    if (sel.has('type')) item.push(`type: type(${r})`);
    if (sel.has('direction')) item.push(`out: startNode(${r}) = ${v}`);
    const properties = sel.at('properties').fields().map((f) => f.name).filter((name) => SAFE_NAME.test(name));
    if (sel.has('properties')) item.push(`properties: ${r} { ${[...new Set(properties)].map((name) => `.${name}`).join(', ')} }`);
    if (sel.has('sources')) item.push(`sources: ${r}.sources`);
    let nodePlan: NodePlan | null = null;
    if (sel.has('node')) {
      const compiled = node(m, spec.targets, sel.at('node'));
      item.push(`node: ${compiled.text}`);
      nodePlan = compiled.plan;
    }
    const text = `COLLECT { MATCH ${pattern} WITH ${r}, ${m} ORDER BY ${orderBy(r, m, spec)} RETURN { ${item.join(', ')} } }`;
    return { kind, text, plan: { of: 'relationships' as const, node: nodePlan } };
  }

  function claims(v: string, sel: Selection): string {
    const c = fresh('c');
    const names = [...new Set(sel.fields().map((f) => f.name).filter((name) => name !== 'sources' && SAFE_NAME.test(name)))];
    const parts = ['.id', ...names.filter((name) => name !== 'id').map((name) => `.${name}`)];
    if (sel.has('sources')) parts.push('.sources');
    return `COLLECT { MATCH (${c}:Claim)-[:ABOUT]->(${v}) WITH ${c} ORDER BY ${c}.property, ${c}.preferred DESC, ${c}.id RETURN ${c} { ${parts.join(', ')} } }`;
  }

  return node(variable, kinds, selection);
}

type Raw = Record<string, unknown>;

// Fields of a projected node that are not its own properties.
const PROJECTION_FIELDS = new Set(['id', 'kind', 'sources']);

/**
 * Reads a projected node back into the shape the schema types resolve from, nested fields prefetched. It runs
 * once per node of an answer (thousands at depth), so it copies with plain loops: spreads and entry arrays
 * made it the largest cost of a nested request.
 */
export function readNode(raw: Raw, plan: NodePlan): NodeShape {
  const kind = (raw.kind ?? plan.kinds[0]) as NodeKind;
  let values: Record<string, unknown> | undefined;
  if (plan.nested.length > 0) {
    values = {};
    for (const { key, kind: only, plan: nested } of plan.nested) {
      if (only !== null && only !== kind) continue;
      const items = (raw[NESTED + key] ?? []) as Raw[];
      const read = new Array(items.length);
      if (nested.of === 'claims') for (let i = 0; i < items.length; i++) read[i] = readClaim(items[i]);
      else for (let i = 0; i < items.length; i++) read[i] = readRelationship(items[i], nested.node);
      values[key] = read;
    }
  }
  const shape: NodeShape = { [PREFETCHED]: values, id: String(raw.id), kind, label: '', sources: parseSources(raw.sources) };
  for (const name in raw) {
    const value = raw[name];
    if (value !== null && !PROJECTION_FIELDS.has(name) && !name.startsWith(NESTED)) shape[name] = value;
  }
  shape.label = String(shape[kindSpec(kind).labelProperty] ?? raw.id);
  return shape;
}

function readRelationship(raw: Raw, nodePlan: NodePlan | null) {
  let properties: Raw | undefined;
  if (raw.properties) {
    properties = {};
    for (const [name, value] of Object.entries(raw.properties as Raw)) if (value !== null) properties[name] = value;
  }
  return {
    id: raw.id,
    type: raw.type,
    direction: raw.out === undefined ? undefined : raw.out ? Direction.OUT : Direction.IN,
    properties,
    sources: raw.sources === undefined ? undefined : parseSources(raw.sources),
    node: nodePlan ? readNode(raw.node as Raw, nodePlan) : null,
  };
}

function readClaim(raw: Raw) {
  return { ...raw, sources: parseSources(raw.sources) };
}
