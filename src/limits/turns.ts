/**
 * Turns of the event loop for the long synchronous steps of a read (building the answer from the driver's
 * records, serialising it), one step per turn.
 *
 * Under a flood every turn of the loop handles all the sockets that became readable (each request parsed,
 * most refused at once) and then every callback queued for its check phase. When every finished read could
 * run its next step in the same turn, a turn took as long as all of them together, and a `/health` probe or
 * a request that only needs a 503 waited for the whole turn. Taking one step per turn bounds a turn by one
 * step plus the I/O that came in, so what is cheap stays quick; a loop that is not busy turns at once, so a
 * read waits only behind the steps already waiting.
 */
const waiting: Array<() => void> = [];

function takeTurn(): void {
  const resume = waiting.shift();
  // Queued from a check-phase callback, this runs on the next turn, after that turn's I/O.
  if (waiting.length > 0) setImmediate(takeTurn);
  resume?.();
}

/** Resolves at the start of a turn of its own, after the I/O that arrived before it. */
export function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (waiting.length === 1) setImmediate(takeTurn);
  });
}
