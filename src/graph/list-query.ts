import neo4j from 'neo4j-driver';
import { AppError, badInput, ErrorCode } from '../errors';
import { SortDirection } from '../schema/filter.input';
import { DATE_PROPERTY, kindSpec, LABEL_PROPERTIES, NODE_DATE_PROPERTIES, NodeKind, propertyOf, RelationshipType } from '../model';
import { Direction } from '../schema/kinds';
import { label, relType } from './fragments';
import { allColumns, NodeColumns, projectNode } from './selection/columns';
import type { CompiledNode } from './selection/compile';

type Params = Record<string, unknown>;

/** How a filter compares a property: by its value type, or as a list. */
type PropertyType = 'string' | 'int' | 'boolean' | 'date' | 'list';

/** A list request in the terms of the schema's generated filter, order and paging arguments. */
export interface ListRequest {
  filter?: object | null;
  orderBy?: { field: string; direction: SortDirection } | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Cursor {
  field: string;
  value: string | number;
  id: string;
}

const SAFE_NAME = /^[A-Za-z]{1,40}$/;
const NULL_STRING = '';
const NULL_INT = -2147483648;
export const DEFAULT_PAGE = 20;

/** Encodes a position in a list: the sort field, its value there and the id that breaks ties. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.field, cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string, field: string, argument: string): Cursor {
  try {
    const [cursorField, value, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [string, string | number, string];
    if (cursorField === field && (typeof value === 'string' || typeof value === 'number') && typeof id === 'string') {
      return { field, value, id };
    }
  } catch {
    // Falls through to the error below: a cursor is either one this API made for this order, or invalid.
  }
  throw badInput(argument, `${argument} is not a cursor of this list in this order.`);
}

/** Builds WHERE conditions from filter arguments; names reach the text only after the kind's whitelist. */
class Conditions {
  readonly parts: string[] = [];
  readonly params: Params = {};
  private counter = 0;

  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  property(kind: NodeKind, name: string): { ref: string; type: PropertyType } {
    const spec = propertyOf(kind, name);
    const type: PropertyType | undefined = spec && (spec.list ? 'list' : spec.type);
    if (!type || !SAFE_NAME.test(name)) throw new AppError(ErrorCode.BAD_USER_INPUT, `Unknown property ${name}.`, { argument: 'filter' });
    return { ref: `n.${name}`, type };
  }

  add(kind: NodeKind, filter: Record<string, unknown>): void {
    for (const [name, condition] of Object.entries(filter)) {
      if (condition === undefined || condition === null) continue;
      if (name === 'related') {
        for (const related of condition as RelatedCondition[]) this.related(related);
      } else if (name === 'id') {
        this.compare('n.id', 'string', condition as Record<string, unknown>, false);
      } else {
        const { ref, type } = this.property(kind, name);
        this.compare(ref, type, condition as Record<string, unknown>, true);
      }
    }
  }

  private compare(ref: string, type: PropertyType, condition: Record<string, unknown>, foldCase: boolean): void {
    const text = (expr: string) => (foldCase ? `toLower(${expr})` : expr);
    for (const [op, value] of Object.entries(condition)) {
      if (value === undefined || value === null) continue;
      const p = this.param(value);
      switch (`${type}:${op}`) {
        case 'string:eq':
          this.parts.push(`${text(ref)} = ${text(p)}`);
          break;
        case 'string:in':
          this.parts.push(foldCase ? `${text(ref)} IN [v IN ${p} | toLower(v)]` : `${ref} IN ${p}`);
          break;
        case 'string:contains':
          this.parts.push(`${text(ref)} CONTAINS ${text(p)}`);
          break;
        case 'string:startsWith':
          this.parts.push(`${text(ref)} STARTS WITH ${text(p)}`);
          break;
        case 'int:eq':
        case 'boolean:eq':
          this.parts.push(`${ref} = ${p}`);
          break;
        case 'int:in':
          this.parts.push(`${ref} IN ${p}`);
          break;
        case 'int:gte':
          this.parts.push(`${ref} >= ${p}`);
          break;
        case 'int:lte':
          this.parts.push(`${ref} <= ${p}`);
          break;
        case 'date:eq':
          this.parts.push(`${ref} STARTS WITH ${p}`);
          break;
        case 'date:from':
          this.parts.push(`${ref} >= ${p}`);
          break;
        case 'date:to':
          // '~' sorts after every digit and '-', so a partial date includes all the days it covers.
          this.parts.push(`${ref} <= ${p} + '~'`);
          break;
        case 'list:includes':
          this.parts.push(`${p} IN ${ref}`);
          break;
        default:
          throw new AppError(ErrorCode.BAD_USER_INPUT, `Unknown condition ${op}.`, { argument: 'filter' });
      }
    }
  }

  private related(related: RelatedCondition): void {
    const arrow =
      related.direction === Direction.OUT
        ? ['-', '->']
        : related.direction === Direction.IN
          ? ['<-', '-']
          : ['-', '-'];
    const target = related.kind ? `m:${label(related.kind)}` : 'm:Entity';
    const inner: string[] = [];
    if (related.id) inner.push(`m.id = ${this.param(related.id)}`);
    const dateRef = related.kind && DATE_PROPERTY[related.kind] ? `m.${DATE_PROPERTY[related.kind]}` : `coalesce(${NODE_DATE_PROPERTIES.map((name) => `m.${name}`).join(', ')})`;
    if (related.date?.eq) inner.push(`${dateRef} STARTS WITH ${this.param(related.date.eq)}`);
    if (related.date?.from) inner.push(`${dateRef} >= ${this.param(related.date.from)}`);
    if (related.date?.to) inner.push(`${dateRef} <= ${this.param(related.date.to)} + '~'`);
    if (related.labelContains) {
      const labelRef = related.kind ? `m.${kindSpec(related.kind).labelProperty}` : `coalesce(${LABEL_PROPERTIES.map((name) => `m.${name}`).join(', ')})`;
      inner.push(`toLower(${labelRef}) CONTAINS toLower(${this.param(related.labelContains)})`);
    }
    this.parts.push(
      `EXISTS { MATCH (n)${arrow[0]}[:${relType(related.type)}]${arrow[1]}(${target})${inner.length ? ` WHERE ${inner.join(' AND ')}` : ''} }`,
    );
  }
}

interface RelatedCondition {
  type: RelationshipType;
  direction: Direction;
  kind?: NodeKind | null;
  id?: string | null;
  date?: { eq?: string; from?: string; to?: string } | null;
  labelContains?: string | null;
}

/**
 * What of a list page a request selected: the node columns, whether it asked for the total count, and the
 * whole selection compiled (nested fields included) when the page is read on the projected path.
 */
export interface ListShape {
  columns: NodeColumns;
  total: boolean;
  compiled?: CompiledNode;
}

/** Whether a filter holds a condition on `field`: every condition is false for a missing value. */
function filtersOn(filter: object | null | undefined, field: string): boolean {
  const condition = (filter as Record<string, Record<string, unknown> | null> | null | undefined)?.[field];
  return Boolean(condition && Object.values(condition).some((value) => value !== undefined && value !== null));
}

/**
 * The Cypher and parameters of one page of a kind's list, in one statement: the page, and the total count only
 * when it was asked for.
 */
export function buildListQuery(
  kind: NodeKind,
  request: ListRequest,
  defaultSort: string,
  shape: ListShape = { columns: allColumns([kind]), total: true },
) {
  if (request.first != null && request.last != null) throw badInput('last', 'Give first or last, not both.');
  if (request.after != null && request.before != null) throw badInput('before', 'Give after or before, not both.');
  const backwards = request.last != null || (request.before != null && request.first == null);
  const size = (backwards ? request.last : request.first) ?? DEFAULT_PAGE;

  const conditions = new Conditions();
  conditions.add(kind, (request.filter ?? {}) as Record<string, unknown>);
  const filterText = conditions.parts.join(' AND ') || 'true';

  const field = request.orderBy?.field ?? defaultSort;
  const direction = request.orderBy?.direction ?? SortDirection.ASC;
  const sortType: PropertyType = field === 'id' ? 'string' : conditions.property(kind, field).type;
  // A node without the sort property sorts as the lowest value. Where the model requires the property, or the
  // filter already excludes nodes without it, the property itself is the sort key, so that its index gives the order and the page stops at the limit.
  const plain = field === 'id' || propertyOf(kind, field)?.required === true || filtersOn(request.filter, field);
  const sortExpr = plain ? `n.${field}` : `coalesce(n.${field}, ${sortType === 'int' ? NULL_INT : `'${NULL_STRING}'`})`;
  // Going backwards reads the list in reverse order from the cursor, then the page is flipped back.
  const ascending = (direction === SortDirection.ASC) !== backwards;
  const order = ascending ? 'ASC' : 'DESC';
  const cmp = ascending ? '>' : '<';

  const cursorText = backwards ? request.before : request.after;
  let keyset = '';
  const params: Params = { ...conditions.params, limit: neo4j.int(size + 1) };
  if (cursorText) {
    const cursor = decodeCursor(cursorText, field, backwards ? 'before' : 'after');
    params.cursorValue = cursor.value;
    params.cursorId = cursor.id;
    keyset = ` AND (${sortExpr} ${cmp} $cursorValue OR (${sortExpr} = $cursorValue AND n.id ${cmp} $cursorId))`;
  }

  const match = `MATCH (n:${label(kind)})`;
  // The page streams one row per node: collecting it into one row made Neo4j build the whole nested answer as a
  // single value, which took twice as long at depth. The total, when asked for, is a row of its own.
  const page = [
    `${match} WHERE ${filterText}${keyset}`,
    `WITH n ORDER BY ${sortExpr} ${order}${field === 'id' ? '' : `, n.id ${order}`}`,
    'LIMIT $limit',
    `RETURN null AS total, ${sortExpr} AS sortKey, ${shape.compiled?.text ?? projectNode('n', shape.columns, `'${kind}'`)} AS node`,
  ];
  const query = [
    ...(shape.total ? [`${match} WHERE ${filterText} RETURN count(n) AS total, null AS sortKey, null AS node`, 'UNION ALL'] : []),
    ...page,
  ].join('\n');
  return { query, params, size, backwards, field, hasCursor: Boolean(cursorText) };
}
