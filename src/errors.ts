import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';

/** The closed set of error codes that clients can rely on. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The client spent its rate-limit budget (HTTP 429). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The process has more work than it can take; nothing ran (HTTP 503). */
  OVERLOADED = 'OVERLOADED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error whose message is written for the client and safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (argument: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { argument });
export const notFound = (id: string) => new AppError(ErrorCode.NOT_FOUND, `No node has the id "${id}".`, { id });

const PASS_THROUGH = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Apollo's own codes for a request that is not a GraphQL request we can run, folded into the closed set. */
const AS_BAD_REQUEST = new Set<string>(['OPERATION_RESOLUTION_FAILURE']);

/** True for the driver's errors that mean Neo4j cannot be reached or is not serving the database. */
export function isDriverUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable';
}

// graphql-js's own messages (the first has a typo in some releases) when ParseOptions.maxTokens stops the
// parser, and when its MaxIntrospectionDepthRule refuses cyclic introspection (fields { type { fields ...).
const TOKEN_LIMIT = /Document contains more tha[nt] (\d+) tokens/;
const INTROSPECTION_DEPTH = 'Maximum introspection depth exceeded';

/** True when Neo4j ended a transaction because it ran past the timeout the Graph gave it. */
export function isTransactionTimeout(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut');
}

interface NestedValidationError {
  property: string;
  constraints?: Record<string, string>;
  children?: NestedValidationError[];
}

/** class-validator's error tree as one entry per failing field, named by its path (`sources.0.passage`). */
function flattenValidationErrors(errors: NestedValidationError[], prefix = ''): NestedValidationError[] {
  return errors.flatMap((error) => {
    const property = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints && Object.keys(error.constraints).length > 0 ? [{ property, constraints: error.constraints }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], property)];
  });
}

/**
 * Maps every error to a stable code and a message safe for clients: no driver message, Cypher text or
 * stack trace ever leaves the server. Unexpected errors are handed to `log` with the original.
 */
export function createFormatError(log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unwrapped = unwrapResolverError(error);
    // Query limits report an AppError through GraphQL validation, which wraps it once more.
    const original = unwrapped instanceof GraphQLError && unwrapped.originalError instanceof AppError ? unwrapped.originalError : unwrapped;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flattenValidationErrors(original.extensions.validationErrors as NestedValidationError[]);
      const message = fields
        .map((f) => `${f.property}: ${Object.values(f.constraints ?? {}).join('; ') || 'invalid value'}`)
        .join('. ');
      return {
        ...base,
        message: `Invalid argument. ${message}`,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: fields.map((f) => f.property) },
      };
    }
    if (isDriverUnavailable(original)) {
      return { ...base, message: 'The database is unavailable; try again shortly.', extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (isTransactionTimeout(original)) {
      return {
        ...base,
        message: 'The query took longer than the server allows; ask for less (smaller pages, fewer hops).',
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'time' },
      };
    }
    const code = formatted.extensions?.code;
    const tokens = code === ErrorCode.GRAPHQL_PARSE_FAILED ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (formatted.extensions?.validationErrorCode === 'MAX_RECURSIVE_SELECTIONS_EXCEEDED') {
      return {
        ...base,
        message: 'The query is too complex: it asks for too many selections once its fragments are expanded.',
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'selections' },
      };
    }
    if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && formatted.message === INTROSPECTION_DEPTH) {
      return {
        ...base,
        message: 'The query is too complex (introspection limit): introspection nests fields, interfaces, possibleTypes or ofType too deep.',
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'introspection' },
      };
    }
    if (tokens) {
      return {
        ...base,
        message: `The query is too large: the token limit is ${tokens[1]}.`,
        extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens' },
      };
    }
    if (typeof code === 'string' && AS_BAD_REQUEST.has(code)) {
      return { ...base, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (typeof code === 'string' && PASS_THROUGH.has(code) && !(original instanceof Error && !(original instanceof GraphQLError))) {
      return { ...base, extensions: { code } };
    }
    log(original);
    return { ...base, message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
