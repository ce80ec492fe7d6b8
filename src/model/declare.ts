/**
 * The vocabulary the graph model is declared in (src/model/kinds.ts, src/model/relationship-types.ts).
 * Everything else (GraphQL types and inputs, list filters and sort rules, constraints and indexes, the seed
 * validator, the curation rules, the `model` query, seed/README.md's tables) is derived from declarations made
 * with these builders.
 */

/** How a property's values are stored, compared and sorted; a list holds values of this type. */
export type ValueType = 'string' | 'int' | 'boolean' | 'date';

/** Which way a typed field follows relationships from the node it belongs to. */
export type FieldDirection = 'OUT' | 'IN' | 'BOTH';

/** One property of a node kind or a relationship type. */
export interface PropertySpec {
  readonly type: ValueType;
  readonly list: boolean;
  readonly required: boolean;
  /** The GraphQL object field's description. */
  readonly description?: string;
  /** The input field's description, where it says more (or less) than the object field's. */
  readonly inputDescription?: string;
  /** Longest text, or longest item of a text list. */
  readonly maxLength?: number;
  /** Bounds of a whole number. */
  readonly min?: number;
  readonly max?: number;
  readonly minItems?: number;
  /** The closed list of values a text property takes. */
  readonly choices?: readonly string[];
  /** A list can be ordered by it (long texts, lists and yes/no properties cannot). */
  readonly sortable: boolean;
  /** The full-text index covers it. */
  readonly searchable: boolean;
  /** A range index on its kind serves filters and sorts on it. */
  readonly indexed: boolean;
}

interface Flags {
  required?: boolean;
  description?: string;
  input?: string;
  searchable?: boolean;
  indexed?: boolean;
  /** A long text: searched, never sorted. */
  long?: boolean;
}

function property(type: ValueType, list: boolean, flags: Flags, extra: Partial<PropertySpec> = {}): PropertySpec {
  return {
    type,
    list,
    required: flags.required ?? false,
    ...(flags.description !== undefined ? { description: flags.description } : {}),
    ...(flags.input !== undefined ? { inputDescription: flags.input } : {}),
    sortable: !list && type !== 'boolean' && !flags.long,
    searchable: flags.searchable ?? false,
    indexed: flags.indexed ?? false,
    ...extra,
  };
}

/** A text of at most `maxLength` characters. */
export const text = (maxLength: number, flags: Flags = {}) => property('string', false, flags, { maxLength });
/** A text taking one of `choices`. */
export const choice = (choices: readonly string[], flags: Flags = {}) => property('string', false, flags, { choices });
/** An ISO date: YYYY-MM-DD, or YYYY-MM / YYYY where only that is known. */
export const date = (flags: Flags = {}) => property('date', false, flags);
/** A whole number from `min` to `max`. */
export const int = (min: number, max: number, flags: Flags = {}) => property('int', false, flags, { min, max });
/** Yes or no. */
export const bool = (flags: Flags = {}) => property('boolean', false, flags);
/** A list of texts, each of at most `maxLength` characters. */
export const texts = (maxLength: number, flags: Flags & { minItems?: number } = {}) =>
  property('string', true, flags, { maxLength, ...(flags.minItems ? { minItems: flags.minItems } : {}) });
/** A list of ISO dates. */
export const dates = (flags: Flags = {}) => property('date', true, flags);

/**
 * A typed GraphQL field on a node kind: the relationships of `types` in `direction`, leading to nodes of `kind`
 * (any kind when it is absent, and the field's items are then the generic `Relation`).
 */
export interface FieldSpec<Kind extends string = string, Type extends string = string> {
  readonly types: readonly Type[];
  readonly direction: FieldDirection;
  readonly kind?: Kind;
  readonly description: string;
}

/** One node kind: also the node's Neo4j label and its GraphQL object type. */
export interface KindSpec<Kind extends string = string, Type extends string = string> {
  readonly description: string;
  /** `prefix` of `prefix:slug` ids; null when the id is always a UN document symbol. */
  readonly idPrefix: string | null;
  /** Its id may be a UN document symbol (`A/63/677`). */
  readonly symbolIds: boolean;
  readonly labelProperty: string;
  /** The property that places it in time (timeline, related-node date filters, default order). */
  readonly dateProperty?: string;
  /** The property its list is ordered by when the client gives none; by default its date, number or ordinal, else its id. */
  readonly orderBy?: string;
  /** The name of its list query (`reports`). */
  readonly listQuery: string;
  /** Its colour in the explorer's drawing and legend. */
  readonly colour: string;
  /** A document that can be cited: it is exported with a citation and may be the `document` of a source. */
  readonly citable: boolean;
  readonly properties: Readonly<Record<string, PropertySpec>>;
  readonly fields: Readonly<Record<string, FieldSpec<Kind, Type>>>;
}

/** One relationship type: the kinds it may connect, the properties it may carry. */
export interface RelationshipTypeSpec<Kind extends string = string> {
  readonly from: readonly Kind[];
  /** 'any' for a relationship that may lead to a node of every kind. */
  readonly to: readonly Kind[] | 'any';
  /** Names of its properties, declared once in RELATIONSHIP_PROPERTIES (every hand-written type may add `note`). */
  readonly properties: readonly string[];
  readonly dateProperty?: string;
  /** Made by the seed loader from other records; never written by hand or through the API. */
  readonly derived: boolean;
  /** What tells two relationships of this type between the same nodes apart, for the `key` of a record. */
  readonly key?: string;
}
