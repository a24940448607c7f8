// Spreads the server's JS work over event-loop turns, one piece per turn, so that new connections keep being accepted.
// Why: libuv (1.46, in Node 20) accepts one new connection per loop turn (libuv #3696). A turn runs every callback
// that became ready during it, so under load one turn held the continuations of every read that had finished
// (each a few ms of row conversion, GraphQL and JSON), and clients still connecting waited seconds for their
// accept (issue 15 item 5, bench/results/issue-15-concurrency.md). Work resumed through `nextTurn` runs one piece
// per turn: the turn stays as short as one request's step, and the listening socket is polled in between.

const waiting: (() => void)[] = [];
let scheduled = false;

// A check-phase callback that schedules setImmediate lands in the next turn, so each run of `step` is its own turn.
function step(): void {
  const resume = waiting.shift();
  if (waiting.length > 0) setImmediate(step);
  else scheduled = false;
  resume?.();
}

/** Resolves in a later event-loop turn, in call order, at most one waiter per turn. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(step);
    }
  });
}
