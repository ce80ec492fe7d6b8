import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import type { Context } from '../../src/context';
import { createApolloServer, requestContext } from '../../src/server';
import { testDriver } from './db';
import { testConfig } from './test-config';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  context: Context;
}

/** Runs operations through Apollo's executeOperation against the seeded test graph. */
export class TestApi {
  readonly server: ApolloServer<Context>;
  readonly logged: unknown[] = [];

  private readonly driver: Driver;
  private readonly ownsDriver: boolean;

  /** Uses `driver`, or opens its own on the test Neo4j (then call close() in afterAll). */
  constructor(driver?: Driver) {
    this.driver = driver ?? testDriver();
    this.ownsDriver = driver === undefined;
    this.server = createApolloServer({ config: testConfig(), log: (line) => this.logged.push(line) });
  }

  /** Closes the driver this TestApi opened itself. */
  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }

  /** Runs an operation; `projectSelections: false` reads nested fields through the batched loaders instead. */
  async run<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { projectSelections?: boolean } = {},
  ): Promise<GraphQLResult<T>> {
    const context = requestContext({ config: testConfig(), driver: this.driver });
    context.projectSelections = options.projectSelections ?? true;
    const response = await this.server.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { ...(response.body.singleResult as Omit<GraphQLResult<T>, 'context'>), context };
  }

  /** Runs an operation that must succeed and returns its data. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.run<T>(query, variables);
    if (result.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The error code of an operation that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.run(query, variables);
    return result.errors?.[0]?.extensions?.code as string | undefined;
  }
}
