import { nextTurn } from '../../src/limits/turns';

/** Counts turns of the event loop: a self-rescheduling immediate runs once per turn. */
function turnCounter(): { now: () => number; stop: () => void } {
  let turn = 0;
  let timer = setImmediate(function tick() {
    turn += 1;
    timer = setImmediate(tick);
  });
  return { now: () => turn, stop: () => clearImmediate(timer) };
}

describe('nextTurn', () => {
  it('resumes the steps waiting together one per turn of the event loop, in the order they came', async () => {
    const turns = turnCounter();
    const resumed: Array<{ step: number; turn: number }> = [];
    await Promise.all([0, 1, 2, 3].map((step) => nextTurn().then(() => resumed.push({ step, turn: turns.now() }))));
    turns.stop();
    expect(resumed.map((r) => r.step)).toEqual([0, 1, 2, 3]);
    for (let i = 1; i < resumed.length; i += 1) expect(resumed[i].turn).toBeGreaterThan(resumed[i - 1].turn);
  });

  it('lets I/O that arrived meanwhile run between two waiting steps', async () => {
    const order: string[] = [];
    const first = nextTurn().then(() => {
      order.push('first');
      // Something that becomes ready while the first step runs, as a probe's request would.
      setTimeout(() => order.push('io'), 0);
      const until = Date.now() + 5;
      while (Date.now() < until);
    });
    const second = nextTurn().then(() => order.push('second'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'io', 'second']);
  });

});
