import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, ValidationRule } from 'graphql';
import { AppError, ErrorCode } from '../errors';
import { CostModel, costLimitPlugin } from './query-cost';

/**
 * The limits every operation must stay within. Introspection is counted like any other query: the standard
 * introspection query (the one GraphiQL and Apollo Sandbox send) has depth 15 and costs about 2,700.
 */
export const QUERY_LIMITS = Object.freeze({
  /** Nesting of fields, fragments flattened. */
  maxDepth: 15,
  /** Aliased fields in one operation (`__typename` excepted). */
  maxAliases: 15,
  /** Directives in one operation. */
  maxDirectives: 20,
  /** Lexical tokens in the document: bounds the parser's work before anything else runs. */
  maxTokens: 3_000,
  /** Selections once fragments are expanded: stops fragment bombs before the other rules walk them. */
  maxRecursiveSelections: 5_000,
  /**
   * Ten thousand objects: enough for the largest documented page of every query (a 2,000-entry timeline
   * with its nodes, a 1,000-node neighbourhood) and far below what would hold the database for long.
   */
  cost: { maxCost: 10_000, defaultPageSize: 20, unpagedListSize: 5 } satisfies CostModel,
});

/** Armor's rejection, reported as a QUERY_TOO_COMPLEX validation error that names the limit. */
function reportAs(limit: string): GraphQLArmorRejectCallback {
  return (context, error) => {
    const detail = error.message.replace(/^Syntax Error: /, '');
    const appError = new AppError(ErrorCode.QUERY_TOO_COMPLEX, `The query is too complex (${limit} limit): ${detail}`, { limit });
    context?.reportError(new GraphQLError(appError.message, { originalError: appError }));
  };
}

/** The Apollo options and plugins that enforce `QUERY_LIMITS`. */
export function queryLimits(): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[]; parseOptions: { maxTokens: number }; maxRecursiveSelections: number } {
  const armor = new ApolloArmor({
    // Apollo's own hideSchemaDetailsFromClientErrors removes suggestions; the graphql-js token limit and
    // the cost rule in query-cost.ts (which multiplies by page sizes) replace armor's versions.
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: false, flattenFragments: true, propagateOnRejection: false, onReject: [reportAs('depth')] },
    maxAliases: { n: QUERY_LIMITS.maxAliases, propagateOnRejection: false, onReject: [reportAs('aliases')] },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, propagateOnRejection: false, onReject: [reportAs('directives')] },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, costLimitPlugin(QUERY_LIMITS.cost)],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    maxRecursiveSelections: QUERY_LIMITS.maxRecursiveSelections,
  };
}
