// nextTurn (server/src/store/loop-turns.ts): waiters resume in call order, each in an event-loop turn of its own, so
// the listening socket is polled between them; and a busy server keeps accepting while its work is spread that way.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { closeServerAfterEach } from './close-server.js';
import { nextTurn } from '../../server/src/store/loop-turns.js';

/** Counts event-loop turns: a setImmediate scheduled from a check-phase callback runs in the next turn. */
function turnCounter() {
  const counter = { turn: 0, stop: false };
  const tick = () => {
    counter.turn++;
    if (!counter.stop) setImmediate(tick);
  };
  setImmediate(tick);
  return counter;
}

it('resumes waiters in call order, one per event-loop turn', async () => {
  const counter = turnCounter();
  const resumed: { who: number; turn: number }[] = [];
  // Ten waiters asked in the same tick: without the spreading they would all resume in the same turn.
  await Promise.all(
    Array.from({ length: 10 }, (_, who) => nextTurn().then(() => resumed.push({ who, turn: counter.turn }))),
  );
  counter.stop = true;
  expect(resumed.map((r) => r.who)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const turns = resumed.map((r) => r.turn);
  expect(new Set(turns).size).toBe(10);
  expect(turns).toEqual([...turns].sort((a, b) => a - b));
});

const opened = closeServerAfterEach();

/** Burns the JS thread for `ms` (a stand-in for row conversion, GraphQL and JSON work). */
const burn = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

it('keeps accepting new connections while earlier requests are being worked on', async () => {
  // Each request is 20 pieces of work resumed through nextTurn. The order of events on the server is recorded:
  // libuv accepts one connection per turn, so a connection opened while the first request is worked on must be
  // accepted before that request is done; had the pieces run in one turn, the first request would finish first.
  const events: string[] = [];
  const work = async (name: string) => {
    events.push(`start ${name}`);
    for (let piece = 0; piece < 20; piece++) {
      await nextTurn();
      burn(1);
    }
    events.push(`done ${name}`);
  };
  const server = (opened.server = createServer((req, res) => {
    const name = req.url!.slice(1);
    void work(name).then(() => res.end(name));
  }));
  server.on('connection', () => events.push('accepted'));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const get = (name: string) =>
    new Promise<string>((done, fail) => {
      request({ port, path: `/${name}`, agent: false }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => done(body));
      })
        .on('error', fail)
        .end();
    });
  const first = get('first');
  // The next five connect once the first request is being worked on.
  while (!events.includes('start first')) await new Promise((r) => setTimeout(r, 1));
  const rest = ['a', 'b', 'c', 'd', 'e'].map(get);
  expect(await Promise.all([first, ...rest])).toEqual(['first', 'a', 'b', 'c', 'd', 'e']);
  const firstDone = events.indexOf('done first');
  expect(events.filter((e, i) => e === 'accepted' && i < firstDone)).toHaveLength(6);
});
