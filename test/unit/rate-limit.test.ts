import { policyHeader, RateLimiter, stateHeader } from '../../src/limits/rate-limit';

/** A limiter on a clock the test moves. */
function limiter(burst: number, perSecond: number) {
  let now = 0;
  const rateLimiter = new RateLimiter({ burst, perSecond }, () => now);
  return { rateLimiter, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it('takes a cost while the bucket holds it, then refuses and says how long until it would', () => {
    const { rateLimiter } = limiter(100, 10);
    expect(rateLimiter.take('a', 60)).toEqual({ allowed: true, remaining: 40, resetSeconds: 6, retryAfterSeconds: 0 });
    expect(rateLimiter.take('a', 60)).toEqual({ allowed: false, remaining: 40, resetSeconds: 6, retryAfterSeconds: 2 });
  });

  it('refills at perSecond up to the burst', () => {
    const { rateLimiter, advance } = limiter(100, 10);
    rateLimiter.take('a', 100);
    advance(3_000);
    expect(rateLimiter.peek('a').remaining).toBe(30);
    advance(60_000);
    expect(rateLimiter.peek('a').remaining).toBe(100);
  });

  it('keeps one bucket per client', () => {
    const { rateLimiter } = limiter(100, 10);
    rateLimiter.take('a', 100);
    expect(rateLimiter.take('b', 100).allowed).toBe(true);
    expect(rateLimiter.take('a', 1).allowed).toBe(false);
  });

  it('lets a cost above the burst through from a full bucket only', () => {
    const { rateLimiter, advance } = limiter(100, 10);
    expect(rateLimiter.take('a', 150).allowed).toBe(true);
    advance(10_000);
    expect(rateLimiter.take('a', 150)).toMatchObject({ allowed: false, retryAfterSeconds: 5 });
  });

  it('charges work already done into debt, which the client then waits out', () => {
    const { rateLimiter, advance } = limiter(100, 10);
    rateLimiter.charge('a', 130);
    expect(rateLimiter.take('a', 1)).toMatchObject({ allowed: false, remaining: 0, retryAfterSeconds: 4 });
    advance(4_000);
    expect(rateLimiter.take('a', 1).allowed).toBe(true);
  });

  it('forgets a client whose bucket is full again', () => {
    const { rateLimiter, advance } = limiter(100, 10);
    rateLimiter.take('a', 50);
    expect(rateLimiter.tracked).toBe(1);
    advance(5_000);
    rateLimiter.peek('a');
    expect(rateLimiter.tracked).toBe(0);
  });

  it('allows everything and tracks nothing when perSecond is 0', () => {
    const { rateLimiter } = limiter(10, 0);
    expect(rateLimiter.enabled).toBe(false);
    expect(rateLimiter.take('a', 1_000).allowed).toBe(true);
    expect(rateLimiter.tracked).toBe(0);
  });

  it('writes the IETF draft headers: the policy, and the tokens left with the seconds to a full bucket', () => {
    expect(policyHeader({ burst: 50_000, perSecond: 1_000 })).toBe('"default";q=50000;w=50');
    expect(stateHeader({ allowed: true, remaining: 120, resetSeconds: 7, retryAfterSeconds: 0 })).toBe('"default";r=120;t=7');
  });
});
