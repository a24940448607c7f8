// The layout runner with a stand-in worker: errors reach the caller, stale jobs are ignored, switching aborts nothing.
import { describe, expect, it, vi } from 'vitest';
import type { LayoutMessage, LayoutRequest } from './layout-protocol';
import { LayoutRunner } from './layout-runner';

class FakeWorker {
  onmessage: ((e: MessageEvent<LayoutMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: LayoutRequest[] = [];
  terminated = false;
  postMessage(req: LayoutRequest) {
    this.posted.push(req);
  }
  terminate() {
    this.terminated = true;
  }
  reply(msg: LayoutMessage) {
    this.onmessage?.({ data: msg } as MessageEvent<LayoutMessage>);
  }
}

const request = { nodes: [{ id: 'a' }], edges: [], keepPositions: false };
const callbacks = () => ({ onProgress: vi.fn(), onDone: vi.fn(), onError: vi.fn() });

describe('LayoutRunner', () => {
  it('passes a worker error (fcose throwing) on to the caller instead of dropping it', () => {
    const worker = new FakeWorker();
    const runner = new LayoutRunner(() => worker as unknown as Worker);
    const cb = callbacks();
    runner.run('fcose', request, cb);
    worker.reply({
      jobId: worker.posted[0]!.jobId,
      kind: 'error',
      message: "Cannot read properties of undefined (reading 'nodeIndexes')",
    });
    expect(cb.onError).toHaveBeenCalledWith(expect.stringContaining('nodeIndexes'));
    expect(cb.onDone).not.toHaveBeenCalled();
  });

  it('a switch before the worker script loaded keeps the worker (terminating it would abort its request); the old answer is ignored', () => {
    const workers: FakeWorker[] = [];
    const runner = new LayoutRunner(() => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker));
    const first = callbacks();
    runner.run('fcose', request, first);
    runner.cancel();
    const second = callbacks();
    runner.run('dagre', request, second);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(false);
    const [old, now] = workers[0]!.posted;
    workers[0]!.reply({ jobId: old!.jobId, kind: 'done', positions: { a: { x: 1, y: 1 } }, ms: 1 });
    workers[0]!.reply({ jobId: now!.jobId, kind: 'done', positions: { a: { x: 2, y: 2 } }, ms: 1 });
    expect(first.onDone).not.toHaveBeenCalled();
    expect(second.onDone).toHaveBeenCalledWith({ a: { x: 2, y: 2 } }, 1);
  });

  it('a switch while a loaded worker is busy stops it and starts a fresh one', () => {
    const workers: FakeWorker[] = [];
    const runner = new LayoutRunner(() => (workers.push(new FakeWorker()), workers.at(-1) as unknown as Worker));
    runner.run('fcose', request, callbacks());
    workers[0]!.reply({ jobId: workers[0]!.posted[0]!.jobId, kind: 'progress', pct: 10, stage: 'start' });
    runner.cancel();
    runner.run('dagre', request, callbacks());
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
  });
});
