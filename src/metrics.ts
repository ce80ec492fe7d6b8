import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { RunnerObserver } from './graph/cypher-runner';
import type { Admission, ShedReason } from './limits/admission';
import type { RateLimiter } from './limits/rate-limit';

/** The routes whose work is admitted and rate-limited. */
export type Route = 'graphql' | 'export';

const MAX_OPERATION_LABELS = 200;

/** What one finished GraphQL request tells the metrics. */
export interface RequestOutcome {
  operation: string;
  code: string;
  seconds: number;
}

/**
 * The process's Prometheus metrics, in a registry of its own (so that tests can build several apps):
 * GraphQL requests by operation and outcome code, their latency, Neo4j transaction latency, transactions in
 * flight (each holds one pooled connection, so this is pool use), and readiness.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'code'>;
  private readonly requestSeconds: Histogram<'operation' | 'code'>;
  private readonly neo4jSeconds: Histogram<'mode' | 'outcome'>;
  private readonly neo4jInFlight: Gauge<'mode'>;
  private readonly shed: Counter<'route' | 'reason'>;
  private readonly rateLimited: Counter<'route'>;
  private readonly queued: Counter<'route'>;
  private readonly queueWait: Histogram<'route' | 'outcome'>;

  /** `checkReady` is asked at every scrape, so the gauge says what /ready would say now. */
  constructor(checkReady: () => Promise<boolean>) {
    collectDefaultMetrics({ register: this.registry, prefix: 'r2p_' });
    this.requests = new Counter({
      name: 'r2p_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome code (OK when there was no error).',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.requestSeconds = new Histogram({
      name: 'r2p_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its response, by operation and outcome code.',
      labelNames: ['operation', 'code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.neo4jSeconds = new Histogram({
      name: 'r2p_neo4j_transaction_duration_seconds',
      help: 'Neo4j managed transactions (retries included) by access mode and outcome.',
      labelNames: ['mode', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.neo4jInFlight = new Gauge({
      name: 'r2p_neo4j_transactions_in_flight',
      help: 'Neo4j transactions running now; each holds one connection of the driver pool (at most 50).',
      labelNames: ['mode'],
      registers: [this.registry],
    });
    this.shed = new Counter({
      name: 'r2p_http_shed_total',
      help: 'Requests refused with 503 OVERLOADED, by route and reason (queue_full: the queue was full; queue_timeout: waited MAX_QUEUE_WAIT_MS).',
      labelNames: ['route', 'reason'],
      registers: [this.registry],
    });
    this.rateLimited = new Counter({
      name: 'r2p_http_rate_limited_total',
      help: "Requests refused with 429 RATE_LIMITED because their client's budget was spent, by route.",
      labelNames: ['route'],
      registers: [this.registry],
    });
    this.queued = new Counter({
      name: 'r2p_http_queued_total',
      help: 'Requests that had to wait for a slot (MAX_INFLIGHT were running), by route.',
      labelNames: ['route'],
      registers: [this.registry],
    });
    this.queueWait = new Histogram({
      name: 'r2p_http_queue_wait_seconds',
      help: 'Time requests waited for a slot, by route and outcome (admitted or shed); 0 for those admitted at once.',
      labelNames: ['route', 'outcome'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    new Gauge({
      name: 'r2p_ready',
      help: '1 when the API is ready (the database reachable, the schema applied, the data loaded), else 0.',
      registers: [this.registry],
      async collect() {
        this.set((await checkReady()) ? 1 : 0);
      },
    });
  }

  /** Reports the admission's slots in use and waiters, and the rate limiter's tracked clients, at every scrape. */
  track(admission: Admission, limiter: RateLimiter): void {
    const gauges: Array<[name: string, help: string, read: () => number]> = [
      ['r2p_http_in_flight', 'GraphQL operations and exports running now (at most MAX_INFLIGHT).', () => admission.inFlight],
      ['r2p_http_queue_length', 'Requests waiting for a slot now (at most MAX_QUEUE).', () => admission.queued],
      ['r2p_rate_limit_clients', 'Clients whose rate-limit bucket is not full (the others take no memory).', () => limiter.tracked],
    ];
    for (const [name, help, read] of gauges) {
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    }
  }

  /** Counts a request refused with 503 OVERLOADED. */
  observeShed(route: Route, reason: ShedReason, waitedMs: number): void {
    this.shed.inc({ route, reason });
    this.queueWait.observe({ route, outcome: 'shed' }, waitedMs / 1000);
  }

  /** Counts a request given a slot, and how long it waited for it. */
  observeAdmitted(route: Route, waitedMs: number): void {
    if (waitedMs > 0) this.queued.inc({ route });
    this.queueWait.observe({ route, outcome: 'admitted' }, waitedMs / 1000);
  }

  /** Counts a request refused with 429 RATE_LIMITED. */
  observeRateLimited(route: Route): void {
    this.rateLimited.inc({ route });
  }

  /** Counts one finished GraphQL request. */
  observeRequest(outcome: RequestOutcome): void {
    const labels = { operation: this.operationLabel(outcome.operation), code: outcome.code };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, outcome.seconds);
  }

  private readonly operations = new Set<string>();

  // Clients choose operation names: past a fixed number of distinct names the rest share one label, so that
  // a client cannot grow the registry without bound.
  private operationLabel(name: string): string {
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
    this.operations.add(name);
    return name;
  }

  /** The observer to give every CypherRunner, so that each transaction is timed and counted while it runs. */
  readonly graphObserver: RunnerObserver = {
    begin: (mode) => {
      const stop = this.neo4jSeconds.startTimer({ mode });
      this.neo4jInFlight.inc({ mode });
      return (outcome) => {
        this.neo4jInFlight.dec({ mode });
        stop({ outcome });
      };
    },
  };
}
