import type { RateLimitPolicy } from '../config';

/** What a client's bucket says after a request: whether it may run, and the figures the response headers carry. */
export interface BucketReading {
  allowed: boolean;
  /** Whole tokens left (never negative). */
  remaining: number;
  /** Seconds until the bucket is full again. */
  resetSeconds: number;
  /** Seconds until the bucket holds what was asked; 0 when it was allowed. */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** The most clients whose buckets are kept; past it, full buckets (which hold nothing) are dropped first. */
const MAX_CLIENTS = 100_000;

/**
 * Per-client token buckets: each client may spend `burst` tokens at once and earns `perSecond` back. An
 * operation takes its cost before it runs; work whose size is known only afterwards (an export's bytes) is
 * charged when done and may leave the bucket in debt, which the client then waits out. State lives in this
 * process only.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly policy: RateLimitPolicy,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** False when RATE_LIMIT_PER_SECOND is 0: every request is allowed and nothing is tracked. */
  get enabled(): boolean {
    return this.policy.perSecond > 0;
  }

  /** Clients with a bucket that is not full. */
  get tracked(): number {
    return this.buckets.size;
  }

  /**
   * Takes `cost` tokens when the bucket holds them (or, for a cost above the burst, when it is full), else
   * takes nothing and says how long to wait.
   */
  take(client: string, cost: number): BucketReading {
    if (!this.enabled) return { allowed: true, remaining: this.policy.burst, resetSeconds: 0, retryAfterSeconds: 0 };
    const bucket = this.refilled(client);
    const needed = Math.min(cost, this.policy.burst);
    if (bucket.tokens < needed) return this.reading(client, bucket, false, needed);
    bucket.tokens -= cost;
    return this.reading(client, bucket, true, 0);
  }

  /** Charges work already done; the bucket may go below zero. */
  charge(client: string, cost: number): void {
    if (!this.enabled || cost <= 0) return;
    const bucket = this.refilled(client);
    bucket.tokens -= cost;
    this.store(client, bucket);
  }

  /** The bucket as it stands, without taking anything. */
  peek(client: string): BucketReading {
    if (!this.enabled) return this.take(client, 0);
    return this.reading(client, this.refilled(client), true, 0);
  }

  private refilled(client: string): Bucket {
    const now = this.now();
    const bucket = this.buckets.get(client);
    if (!bucket) return { tokens: this.policy.burst, at: now };
    bucket.tokens = Math.min(this.policy.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.policy.perSecond);
    bucket.at = now;
    return bucket;
  }

  private reading(client: string, bucket: Bucket, allowed: boolean, needed: number): BucketReading {
    this.store(client, bucket);
    const { perSecond, burst } = this.policy;
    return {
      allowed,
      remaining: Math.max(0, Math.floor(bucket.tokens)),
      resetSeconds: Math.ceil((burst - bucket.tokens) / perSecond),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((needed - bucket.tokens) / perSecond)),
    };
  }

  // A full bucket is the same as none, so it is not kept; the map holds only clients who spent something.
  private store(client: string, bucket: Bucket): void {
    if (bucket.tokens >= this.policy.burst) {
      this.buckets.delete(client);
      return;
    }
    if (!this.buckets.has(client) && this.buckets.size >= MAX_CLIENTS) this.evict();
    this.buckets.set(client, bucket);
  }

  // Drops the buckets that have refilled since they were last seen, then, if every one is still in use, the
  // oldest: bounded memory matters more than the budget of the client seen longest ago.
  private evict(): void {
    for (const client of this.buckets.keys()) {
      if (this.refilled(client).tokens >= this.policy.burst) this.buckets.delete(client);
    }
    while (this.buckets.size >= MAX_CLIENTS) this.buckets.delete(this.buckets.keys().next().value as string);
  }
}

/** The policy in the IETF draft's `RateLimit-Policy` form: the quota and the seconds it takes to earn it back. */
export function policyHeader(policy: RateLimitPolicy): string {
  return `"default";q=${policy.burst};w=${Math.ceil(policy.burst / policy.perSecond)}`;
}

/** A reading in the IETF draft's `RateLimit` form: tokens remaining and seconds until the bucket is full. */
export function stateHeader(reading: BucketReading): string {
  return `"default";r=${reading.remaining};t=${reading.resetSeconds}`;
}
