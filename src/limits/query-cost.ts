import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLError,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  OperationDefinitionNode,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';
import { AppError, ErrorCode } from '../errors';
import type { ArgumentRange } from '../schema/validators';

/** How the cost of an operation is counted; see `operationCost`. */
export interface CostModel {
  /** The highest cost an operation may have. */
  maxCost: number;
  /** The page size of a paged field called without `first` or `last`. */
  defaultPageSize: number;
  /** How many items an unpaged list of objects (a node's relationships, sources, ...) is counted as. */
  unpagedListSize: number;
}

/** Thrown inside the walk to stop it as soon as the limit is passed: a hostile query costs no more to reject. */
class LimitExceeded extends Error {}

type Variables = Record<string, unknown>;

function fieldDefinition(parent: GraphQLCompositeType, node: FieldNode, schema: GraphQLSchema): GraphQLField<unknown, unknown> | undefined {
  const name = node.name.value;
  if (name === SchemaMetaFieldDef.name && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
}

/**
 * The number of items a field asks for through its own arguments: `first`, `last` or `limit` (variables and
 * schema defaults resolved), the length of an `ids` list, or the default page size of a paged field called
 * without one. Null when the field has no such argument.
 */
function requestedSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Variables, model: CostModel): number | null {
  const names = new Set(field.args.map((arg) => arg.name));
  if (!names.has('first') && !names.has('last') && !names.has('limit') && !names.has('ids')) return null;
  let args: Record<string, unknown>;
  try {
    args = getArgumentValues(field, node, variables);
  } catch {
    // Wrongly typed variables fail coercion before anything runs; count the field as the largest page.
    return model.defaultPageSize;
  }
  for (const name of ['first', 'last', 'limit']) {
    const value = args[name];
    if (typeof value !== 'number') continue;
    const range = field.args.find((arg) => arg.name === name)?.extensions?.range as ArgumentRange | undefined;
    // The argument's own check refuses an out-of-range value (BAD_USER_INPUT naming the range) before anything runs.
    if (range && (value < range.min || value > range.max)) return 1;
    return Math.max(1, value);
  }
  if (Array.isArray(args.ids)) return Math.max(1, args.ids.length);
  return names.has('first') || names.has('last') ? model.defaultPageSize : null;
}

/**
 * True for a type whose fields are all scalars (a `Source`): a list of them below another object is stored on
 * that object and read with it, so it costs nothing of its own. Counting it would refuse the largest advertised pages (a 1,000-node neighbourhood or a
 * 2,000-entry timeline) as soon as their sources are selected.
 */
function isPartOfParent(type: GraphQLCompositeType): boolean {
  // Introspection's scalar-only types (enum values) are computed, not stored, and count as usual.
  return isObjectType(type) && !type.name.startsWith('__') && Object.values(type.getFields()).every((field) => isLeafType(getNamedType(field.type)));
}

/**
 * The cost of one operation: every field that returns an object counts 1, times the number of items each
 * enclosing list asks for. A list's size is its page size (`first`/`last`/`limit`, or `ids`); the lists
 * directly inside a paged connection or subgraph take the page size of that field; any other list of objects
 * counts as `unpagedListSize`; a list of scalar-only objects below another object (sources) is part of that
 * object and counts 0.
 * Fragments are expanded and introspection is counted like any other field. Throws `QUERY_TOO_COMPLEX` as soon
 * as the cost passes `model.maxCost`.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  model: CostModel,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;

  let total = 0;
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, scale: number, pageSize: number | null, spreading: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (typed && isCompositeType(typed)) walk(selection.selectionSet, typed, scale, pageSize, spreading);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation has already refused fragment cycles; the guard keeps this walk finite regardless.
        if (!fragment || spreading.has(name)) continue;
        const typed = schema.getType(fragment.typeCondition.name.value);
        if (typed && isCompositeType(typed)) walk(fragment.selectionSet, typed, scale, pageSize, new Set(spreading).add(name));
        continue;
      }
      const field = fieldDefinition(parent, selection, schema);
      if (!field || isLeafType(getNamedType(field.type)) || !selection.selectionSet) continue;
      const isList = isListType(getNullableType(field.type));
      if (isList && parent !== root && isPartOfParent(getNamedType(field.type) as GraphQLCompositeType)) continue;
      const own = requestedSize(field, selection, variables, model);
      const items = isList ? (own ?? pageSize ?? model.unpagedListSize) : 1;
      const fieldScale = scale * items;
      total += fieldScale;
      if (total > model.maxCost) throw new LimitExceeded();
      const child = getNamedType(field.type) as GraphQLCompositeType;
      walk(selection.selectionSet, child, fieldScale, isList ? null : own, spreading);
    }
  };

  try {
    walk(operation.selectionSet, root, 1, null, new Set());
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `The query is too complex: the cost limit is ${model.maxCost} (each object counts 1, times the page size of every enclosing list). Ask for smaller pages or fewer nested lists.`,
      { limit: 'cost', maxCost: model.maxCost },
    );
  }
  return total;
}

/** Rejects, before anything runs, operations whose cost (see `operationCost`) passes the limit. */
export function costLimitPlugin(model: CostModel): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          try {
            operationCost(schema, document, operation, request.variables ?? {}, model);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            throw new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
          }
        },
      };
    },
  };
}
