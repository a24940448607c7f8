// Admission control (server/src/http/admission.ts): at most `limit` requests run at once, the others start in
// arrival order as slots free up, and a client that hangs up while waiting neither runs nor keeps a slot.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { expect, it } from 'vitest';
import { closeServerAfterEach } from './close-server.js';
import { admission } from '../../server/src/http/admission.js';

const opened = closeServerAfterEach();

/** An app whose handler holds each request until the test lets it go, recording what started and how many ran. */
async function heldApp(limit: number) {
  const arrived: string[] = [];
  const closed = new Set<string>();
  const started: string[] = [];
  const held = new Map<string, () => void>();
  let running = 0;
  let most = 0;
  const app = express();
  // Before admission: what reached the server, in order, and which clients hung up.
  app.use('/op/:name', (req, res, next) => {
    const name = req.params.name; // express clears req.params once the request leaves this layer
    arrived.push(name);
    res.once('close', () => closed.add(name));
    next();
  });
  app.use('/op', admission(limit));
  app.get('/op/:name', (req, res) => {
    running++;
    most = Math.max(most, running);
    started.push(req.params.name);
    held.set(req.params.name, () => {
      running--;
      res.send(req.params.name);
    });
  });
  const server = (opened.server = app.listen(0, '127.0.0.1'));
  await new Promise((done) => server.once('listening', done));
  const port = (server.address() as AddressInfo).port;
  const call = (name: string) => {
    const req = request({ host: '127.0.0.1', port, path: `/op/${name}`, agent: false });
    const answer = new Promise<string>((done, fail) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => done(text));
      });
      req.on('error', fail);
    });
    req.end();
    return { answer, abort: () => req.destroy() };
  };
  return { arrived, closed, started, held, call, most: () => most };
}

/** Resolves once `check` holds, polling the event loop (no timing: it only waits for the server to get there). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}

it('runs at most `limit` requests at once and starts the waiting ones in arrival order', async () => {
  const app = await heldApp(2);
  const names = ['a', 'b', 'c', 'd', 'e'];
  const calls = names.map((name) => app.call(name));
  // A request is started (or queued) in the same turn it arrives in.
  await until(() => app.arrived.length === names.length);
  expect(app.started).toEqual(app.arrived.slice(0, 2));
  // Release whatever runs, one at a time: each release lets exactly the next one in arrival order start.
  for (let released = 0; released < names.length; released++) {
    const name = app.started[released]!;
    await until(() => app.held.has(name));
    app.held.get(name)!();
    if (released + 2 < names.length) {
      await until(() => app.started.length > released + 2);
      expect(app.started).toEqual(app.arrived.slice(0, released + 3));
    }
  }
  expect((await Promise.all(calls.map((c) => c.answer))).sort()).toEqual(names);
  expect(app.started).toEqual(app.arrived);
  expect(app.most()).toBe(2);
});

it('a client that hangs up while waiting never runs and frees its place', async () => {
  const app = await heldApp(1);
  const first = app.call('first');
  await until(() => app.started.length === 1);
  const gone = app.call('gone');
  gone.answer.catch(() => undefined);
  await until(() => app.arrived.includes('gone'));
  gone.abort();
  const last = app.call('last');
  // The server has seen the hang-up and the next arrival before the running request finishes.
  await until(() => app.closed.has('gone') && app.arrived.includes('last'));
  app.held.get('first')!();
  expect(await first.answer).toBe('first');
  await until(() => app.started.length > 1);
  expect(app.started).toEqual(['first', 'last']);
  app.held.get('last')!();
  expect(await last.answer).toBe('last');
  // The slot 'gone' would have held is free: one more request runs.
  const again = app.call('again');
  await until(() => app.held.has('again'));
  app.held.get('again')!();
  expect(await again.answer).toBe('again');
});
