import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createFormatError, isTransactionTimeout } from '../../src/errors';
import { CypherRunner } from '../../src/graph/cypher-runner';
import { testDriver } from '../helpers/db';
import { testConfig } from '../helpers/test-config';

// Counts to a billion: many seconds of work, and it reads and writes nothing.
const SLOW = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n';

describe('the transaction timeout', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(() => driver.close());

  it('ends a slow read at the CypherRunner timeout, and the client sees QUERY_TOO_COMPLEX without Neo4j text', async () => {
    const graph = new CypherRunner(driver, testConfig().neo4j.database, 500);
    const started = Date.now();
    const error = await graph.read(SLOW).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(isTransactionTimeout(error)).toBe(true);

    const logged: unknown[] = [];
    const formatted = createFormatError((e) => logged.push(e))(
      { message: (error as Error).message, path: ['stats'] },
      new GraphQLError((error as Error).message, { path: ['stats'], originalError: error as Error }),
    );
    expect(formatted.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'time' });
    expect(formatted.message).not.toMatch(/Neo|transaction|UNWIND/i);
    expect(logged).toEqual([]);
  });
});
