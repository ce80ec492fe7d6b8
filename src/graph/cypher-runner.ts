import neo4j, { Driver, Record as Neo4jRecord, RoutingControl } from 'neo4j-driver';
import { nextTurn } from '../limits/turns';
import { RETRY_BUDGET_MS } from './driver';

export type Row = Record<string, unknown>;

/** Counts what one request sent to Neo4j, so that tests can hold the one-round-trip-per-field promise. */
export class QueryStats {
  roundTrips = 0;
  dbMs = 0;
}

/**
 * Hears of every transaction the runner runs, so that metrics can be kept without the repositories knowing
 * how. `begin` is called when a transaction starts; the function it returns, when it ends.
 */
export interface RunnerObserver {
  begin(mode: 'read' | 'write'): (outcome: 'ok' | 'error') => void;
}

/**
 * The only door to Neo4j for repositories: auto-commit reads and managed write transactions with a timeout, on the
 * configured database, with every round trip counted.
 */
export class CypherRunner {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    readonly stats: QueryStats = new QueryStats(),
    private readonly observer?: RunnerObserver,
  ) {}

  /** One read statement (routable to followers and read replicas). */
  read<T extends Row = Row>(query: string, params: Row = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.READ);
  }

  /** A write in a managed write transaction: all of it happens, or none. */
  write<T extends Row = Row>(query: string, params: Row = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.WRITE);
  }

  /**
   * Several writes in one managed transaction: all happen or none. `onStatement` hears of each one done.
   * Returns the summed update counters (nodesCreated, propertiesSet, ...).
   */
  async writeAll(
    statements: Array<{ query: string; params: Row }>,
    onStatement: (done: number) => void = () => undefined,
  ): Promise<Record<string, number>> {
    const session = this.session(neo4j.session.WRITE);
    const started = Date.now();
    this.stats.roundTrips += 1;
    const end = this.observer?.begin('write');
    let outcome: 'ok' | 'error' = 'error';
    try {
      const totals = await session.executeWrite(
        async (tx) => {
          const totals: Record<string, number> = {};
          let done = 0;
          for (const statement of statements) {
            const result = await tx.run(statement.query, statement.params);
            for (const [key, value] of Object.entries(result.summary.counters.updates())) {
              totals[key] = (totals[key] ?? 0) + value;
            }
            onStatement(++done);
          }
          return totals;
        },
        { timeout: this.timeoutMs * 6 },
      );
      outcome = 'ok';
      return totals;
    } finally {
      this.stats.dbMs += Date.now() - started;
      end?.(outcome);
      await session.close();
    }
  }

  /**
   * One managed write transaction whose later statements depend on what earlier ones returned. Throwing
   * from `work` rolls everything back; the driver may retry `work` on a transient error, so it must do
   * nothing but run statements.
   */
  async transaction<T>(work: (run: <R extends Row = Row>(query: string, params?: Row) => Promise<R[]>) => Promise<T>): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
    const started = Date.now();
    const end = this.observer?.begin('write');
    let outcome: 'ok' | 'error' = 'error';
    try {
      const result = await session.executeWrite(
        (tx) =>
          work(async <R extends Row = Row>(query: string, params: Row = {}) => {
            this.stats.roundTrips += 1;
            const records = await tx.run(query, params);
            return records.records.map((record) => record.toObject() as R);
          }),
        { timeout: this.timeoutMs },
      );
      outcome = 'ok';
      return result;
    } finally {
      this.stats.dbMs += Date.now() - started;
      end?.(outcome);
      await session.close();
    }
  }

  private async run<T extends Row>(query: string, params: Row, routing: RoutingControl): Promise<T[]> {
    const started = Date.now();
    this.stats.roundTrips += 1;
    const end = this.observer?.begin(routing === neo4j.routing.READ ? 'read' : 'write');
    let outcome: 'ok' | 'error' = 'error';
    let rows: T[];
    try {
      const records = routing === neo4j.routing.READ ? await this.autoCommitRead(query, params) : await this.managedWrite(query, params);
      outcome = 'ok';
      rows = records.map((record) => record.toObject() as T);
    } finally {
      this.stats.dbMs += Date.now() - started;
      end?.(outcome);
    }
    // The driver decoded the answer in one I/O callback; building the answer from it is the next long step,
    // and it takes a turn of the event loop of its own (see nextTurn; docs/reliability.md).
    await nextTurn();
    return rows;
  }

  /** Every session shares the bookmarks of `executeQuery`, so a read after any write sees it, on a cluster too. */
  private session(mode: typeof neo4j.session.READ | typeof neo4j.session.WRITE) {
    return this.driver.session({ database: this.database, defaultAccessMode: mode, bookmarkManager: this.driver.executeQueryBookmarkManager });
  }

  private async managedWrite(query: string, params: Row): Promise<Neo4jRecord[]> {
    const result = await this.driver.executeQuery(query, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
      transactionConfig: { timeout: this.timeoutMs },
    });
    return result.records;
  }

  /**
   * A read as one auto-commit statement: RUN and PULL leave in one write and come back in one round trip,
   * where a managed transaction sends BEGIN, RUN and PULL, then COMMIT, in three writes and two round trips.
   * For a lookup that is a quarter of the API's CPU and a millisecond of its latency (BENCHMARKS.md).
   * What a managed read gave is kept: reads follow the same bookmarks as writes (a read after a write sees it,
   * on a cluster too), and a transient failure is retried for the same budget. A read has no effects, so
   * running it again is safe.
   */
  private async autoCommitRead(query: string, params: Row): Promise<Neo4jRecord[]> {
    const started = Date.now();
    for (let delayMs = 100; ; delayMs *= 2) {
      const session = this.session(neo4j.session.READ);
      try {
        return (await withoutCallerStack(() => session.run(query, params, { timeout: this.timeoutMs }))).records;
      } catch (error) {
        if (!neo4j.isRetryableError(error as Error) || Date.now() - started + delayMs > RETRY_BUDGET_MS) throw error;
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/**
 * Runs `start` without the stack trace neo4j-driver captures for every statement (an Error made and its stack
 * formatted, to put on an error the statement may raise later): 3-4% of a lookup's CPU in a profile of 16
 * concurrent lookups. A read's errors are mapped to codes and logged with the request's id and the driver's
 * message; the caller's frames on them were never shown.
 */
export function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
