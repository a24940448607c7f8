// Admission control for /graphql: at most `limit` operations run at once, the rest wait in arrival order (FIFO).
// Why (decision 022): Node accepts one new connection per event-loop turn, and with every waiting request started at
// once a turn grows to hundreds of milliseconds under load, so new clients wait seconds just to be accepted; started
// requests also share the one JS thread, so each takes as long as all of them. A few at a time keeps turns short
// and answers in arrival order. The store still runs reads side by side (up to `limit` at once).
import type { RequestHandler } from 'express';
import { nextTurn } from '../store/loop-turns.js';

export function admission(limit: number): RequestHandler {
  let running = 0;
  // Each entry starts its request and says whether it did (false: the client hung up while waiting).
  const waiting: (() => boolean)[] = [];
  // A slot passes to the next waiting request in a turn of its own (loop-turns.ts); a request whose client hung up
  // while waiting passes it on.
  const begin = (start: () => boolean) => void nextTurn().then(() => start() || release());
  const release = () => {
    const next = waiting.shift();
    if (next) begin(next);
    else running--;
  };
  return (_req, res, next) => {
    let state: 'waiting' | 'running' | 'done' = 'waiting';
    // 'close' comes once per response: after it was sent, or when the client hung up (before or during the run).
    res.once('close', () => {
      if (state === 'running') release();
      state = 'done';
    });
    const start = () => {
      if (state !== 'waiting') return false;
      state = 'running';
      next();
      return true;
    };
    if (running < limit) {
      running++;
      begin(start);
    } else waiting.push(start);
  };
}
