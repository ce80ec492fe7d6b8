import { graphql, GraphQLError } from 'graphql';
import { createFormatError } from '../../src/errors';
import { buildSchema } from '../../src/schema/build';

const format = createFormatError(() => undefined);

/** Runs `query` against the schema with no database: argument checks answer before any resolver reads. */
async function firstError(query: string) {
  const result = await graphql({ schema: buildSchema(), source: query, contextValue: {} });
  expect(result.errors).toHaveLength(1);
  const error = result.errors![0];
  return format(error, error as GraphQLError);
}

describe('argument checks', () => {
  it('refuses a related-node date that is no date, as the same value at the top level is refused', async () => {
    const related = await firstError('{ reports(filter: { related: [{ type: DISCUSSED_AT, date: { eq: "July 2012" } }] }) { totalCount } }');
    expect(related.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.related.0.date.eq'] });
    const top = await firstError('{ reports(filter: { date: { eq: "July 2012" } }) { totalCount } }');
    expect(top.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: ['filter.date.eq'] });
  });

  it('answers an out-of-range neighbourhood limit with BAD_USER_INPUT naming the argument and its range', async () => {
    const error = await firstError('{ neighbourhood(id: "A/63/677", limit: 100000) { nodes { id } } }');
    expect(error).toMatchObject({ message: 'Invalid argument. limit: limit must be between 1 and 1000', extensions: { code: 'BAD_USER_INPUT', fields: ['limit'] } });
  });
});

describe('formatError', () => {
  it('folds an unresolvable operation into BAD_REQUEST, inside the closed set of codes', () => {
    const error = new GraphQLError('Unknown operation named "B".', { extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
    expect(format({ message: error.message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }, error)).toEqual({
      message: 'Unknown operation named "B".',
      locations: undefined,
      path: undefined,
      extensions: { code: 'BAD_REQUEST' },
    });
  });
});
