import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { ErrorCode } from '../errors';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

// The errors of a well-formed request whose GraphQL could not run: the document does not parse or is not
// valid (limits included, which are validation rules), or its variables do not fit. Malformed requests
// (BAD_REQUEST) and refusals (RATE_LIMITED, OVERLOADED) keep their status.
const REQUEST_ERRORS = new Set<unknown>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

/** The media type Apollo answers in for this Accept header (its own order of preference: JSON first). */
function answeredAs(accept: string | undefined): string | undefined {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]);
}

/**
 * GraphQL over HTTP for legacy clients: a response in `application/json` to a well-formed request answers
 * 200 even when the document does not parse, is not valid or has variables that do not fit, since such a
 * client may read only 200 answers; a client that asks for `application/graphql-response+json` keeps the 4xx.
 */
export function legacyJsonStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length || !errors.every((error) => REQUEST_ERRORS.has(error.extensions?.code))) return;
          if (answeredAs(request.http?.headers.get('accept')) !== JSON_TYPE) return;
          response.http.status = 200;
        },
      };
    },
  };
}
