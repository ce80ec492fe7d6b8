import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AdmissionLimits } from '../config';

/**
 * An operation that holds its slot longer than this is a sign that the process and its database are doing more
 * at once than they can do quickly: each operation then only waits longer for the CPU, and answers that should
 * take milliseconds take seconds. A quiet process answers well within it.
 */
export const SLOW_HOLD_MS = 500;

/** How often the event loop's delay is read to adjust the slots (see `watchEventLoop`). */
export const LOOP_CHECK_MS = 100;

/** Why a request was not admitted: the queue was full when it came, or it waited the longest allowed. */
export type ShedReason = 'queue_full' | 'queue_timeout';

/** Gives the slot back; safe to call more than once. */
export type Release = () => void;

/** What an admission attempt ended in. */
export type Admitted = { admitted: true; release: Release; waitedMs: number } | { admitted: false; reason: ShedReason; waitedMs: number };

interface Waiter {
  settle(outcome: Admitted): void;
  timer: NodeJS.Timeout;
  since: number;
}

/**
 * Bounds the work of the process: at most `maxInflight` slots are held at once, at most `maxQueue` callers
 * wait for one (first come, first served), and none waits longer than `maxQueueWaitMs`. A caller beyond those
 * bounds is refused at once, so that under overload the process answers what it can quickly and refuses the
 * rest quickly instead of making everyone wait.
 *
 * `maxInflight` is the most that run at once, not always the number: each slot held longer than SLOW_HOLD_MS
 * lowers the number of slots by a tenth (down to one), each quicker one raises it by one slot over all the
 * slots (back up to `maxInflight`). On a machine slower than the one the maximum was chosen for, fewer
 * operations then run at once, each is answered in well under a second, and the rest are refused at once.
 *
 * The process's own CPU is the other bound (`watchEventLoop`): decoding, resolving and serialising a large
 * answer is synchronous work on the one event loop, and when admitted operations keep it busy, everything
 * else (health probes, refusals, the next request's first bytes, even accepting connections) waits for a
 * turn. While the loop's mean delay over the last LOOP_CHECK_MS is above `maxEventLoopDelayMs`, the slots
 * are cut by a quarter each check; quick operations win them back as above.
 */
export class Admission {
  private running = 0;
  private slots: number;
  // A Set keeps insertion order and removes a waiter that gave up in constant time.
  private readonly waiting = new Set<Waiter>();

  constructor(private readonly limits: AdmissionLimits) {
    this.slots = limits.maxInflight;
  }

  /**
   * Reads the event loop's delay every LOOP_CHECK_MS and cuts the slots while it is above the limit (see the
   * class comment). Returns the function that stops watching.
   */
  watchEventLoop(): () => void {
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const timer = setInterval(() => {
      this.observeLoopDelay(delay.mean / 1e6);
      delay.reset();
    }, LOOP_CHECK_MS);
    timer.unref();
    return () => {
      clearInterval(timer);
      delay.disable();
    };
  }

  /** One reading of the event loop's mean delay, in milliseconds. */
  observeLoopDelay(meanMs: number): void {
    if (meanMs > this.limits.maxEventLoopDelayMs) this.slots = Math.max(1, this.slots * 0.75);
  }

  /** How many may run at once now (see the class comment). */
  get capacity(): number {
    return Math.max(1, Math.floor(this.slots));
  }

  /** Slots held now. */
  get inFlight(): number {
    return this.running;
  }

  /** Callers waiting for a slot now. */
  get queued(): number {
    return this.waiting.size;
  }

  /**
   * Whether a caller coming now would be refused at once (every slot held, the queue full): what lets a
   * request be shed before any work is done for it.
   */
  get saturated(): boolean {
    return this.running >= this.capacity && this.waiting.size >= this.limits.maxQueue;
  }

  /**
   * A slot, now or after a bounded wait, or the reason there is none. `signal` withdraws a waiting caller
   * (its client went away), which then resolves as a timeout without taking a slot.
   */
  acquire(signal?: AbortSignal): Promise<Admitted> {
    if (this.running < this.capacity && this.waiting.size === 0) {
      this.running += 1;
      return Promise.resolve({ admitted: true, release: this.releaser(), waitedMs: 0 });
    }
    if (this.waiting.size >= this.limits.maxQueue) return Promise.resolve({ admitted: false, reason: 'queue_full', waitedMs: 0 });
    return new Promise<Admitted>((resolve) => {
      const since = performance.now();
      const giveUp = () => {
        if (!this.waiting.delete(waiter)) return;
        clearTimeout(waiter.timer);
        signal?.removeEventListener('abort', giveUp);
        resolve({ admitted: false, reason: 'queue_timeout', waitedMs: performance.now() - since });
      };
      const waiter: Waiter = {
        since,
        timer: setTimeout(giveUp, this.limits.maxQueueWaitMs),
        settle: (outcome) => {
          signal?.removeEventListener('abort', giveUp);
          resolve(outcome);
        },
      };
      this.waiting.add(waiter);
      signal?.addEventListener('abort', giveUp, { once: true });
    });
  }

  private releaser(): Release {
    let released = false;
    let slow = false;
    // Counted as slow while still running, so that a burst of slow operations lowers the slots before it ends.
    const timer = setTimeout(() => {
      slow = true;
      this.slots = Math.max(1, this.slots * 0.9);
    }, SLOW_HOLD_MS);
    timer.unref();
    return () => {
      if (released) return;
      released = true;
      clearTimeout(timer);
      this.running -= 1;
      if (!slow) this.slots = Math.min(this.limits.maxInflight, this.slots + 1 / this.slots);
      this.handOn();
    };
  }

  // A freed slot goes straight to the longest waiter, so that a newcomer cannot overtake the queue.
  private handOn(): void {
    while (this.running < this.capacity && this.waiting.size > 0) {
      const next = this.waiting.values().next().value as Waiter;
      this.waiting.delete(next);
      clearTimeout(next.timer);
      this.running += 1;
      next.settle({ admitted: true, release: this.releaser(), waitedMs: performance.now() - next.since });
    }
  }
}
