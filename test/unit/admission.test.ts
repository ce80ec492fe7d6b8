import { Admission } from '../../src/limits/admission';

const limits = { maxInflight: 2, maxQueue: 2, maxQueueWaitMs: 200, maxEventLoopDelayMs: 20 };

describe('Admission', () => {
  it('gives slots at once up to maxInflight, then queues, then refuses with queue_full', async () => {
    const admission = new Admission(limits);
    const a = await admission.acquire();
    const b = await admission.acquire();
    expect([a.admitted, b.admitted]).toEqual([true, true]);
    const queued = [admission.acquire(), admission.acquire()];
    expect(admission.queued).toBe(2);
    expect(await admission.acquire()).toEqual({ admitted: false, reason: 'queue_full', waitedMs: 0 });
    if (a.admitted) a.release();
    if (b.admitted) b.release();
    const [c, d] = await Promise.all(queued);
    expect([c.admitted, d.admitted]).toEqual([true, true]);
    expect(admission.inFlight).toBe(2);
  });

  it('hands a freed slot to the longest waiter, first come first served', async () => {
    const admission = new Admission({ ...limits, maxInflight: 1 });
    const first = await admission.acquire();
    const order: string[] = [];
    const second = admission.acquire().then((outcome) => (order.push('second'), outcome));
    const third = admission.acquire().then((outcome) => (order.push('third'), outcome));
    if (first.admitted) first.release();
    const got = await second;
    if (got.admitted) got.release();
    await third;
    expect(order).toEqual(['second', 'third']);
  });

  it('refuses a waiter with queue_timeout after maxQueueWaitMs, and frees its place', async () => {
    const admission = new Admission({ ...limits, maxInflight: 1 });
    await admission.acquire();
    const started = Date.now();
    const outcome = await admission.acquire();
    expect(outcome).toMatchObject({ admitted: false, reason: 'queue_timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(admission.queued).toBe(0);
  });

  it('withdraws a waiter whose client went away without taking a slot', async () => {
    const admission = new Admission({ ...limits, maxInflight: 1 });
    const held = await admission.acquire();
    const gone = new AbortController();
    const waiting = admission.acquire(gone.signal);
    gone.abort();
    expect((await waiting).admitted).toBe(false);
    if (held.admitted) held.release();
    expect(admission.inFlight).toBe(0);
  });

  it('counts a release once, however often it is called', async () => {
    const admission = new Admission(limits);
    const slot = await admission.acquire();
    await admission.acquire();
    if (slot.admitted) {
      slot.release();
      slot.release();
    }
    expect(admission.inFlight).toBe(1);
  });

  it('runs fewer at once while the event loop lags, never fewer than one, and wins slots back with quick operations', async () => {
    const admission = new Admission({ ...limits, maxInflight: 8 });
    admission.observeLoopDelay(20);
    expect(admission.capacity).toBe(8);
    admission.observeLoopDelay(21);
    expect(admission.capacity).toBe(6);
    for (let i = 0; i < 20; i += 1) admission.observeLoopDelay(500);
    expect(admission.capacity).toBe(1);
    for (let i = 0; i < 4; i += 1) {
      const slot = await admission.acquire();
      if (slot.admitted) slot.release();
    }
    expect(admission.capacity).toBeGreaterThan(1);
  });
});
