// Runs a layout in the Web Worker and reports draft and final positions; one job at a time, newest wins.
import type { LayoutMessage, LayoutRequest, WorkerLayout } from './layout-protocol';
import type { Positions } from '../graph/types';

export interface LayoutCallbacks {
  onProgress: (pct: number, positions?: Positions) => void;
  onDone: (positions: Positions, ms: number) => void;
  onError: (message: string) => void;
}

export class LayoutRunner {
  private worker: Worker | null = null;
  private jobId = 0;

  constructor(private readonly createWorker: () => Worker) {}

  run(layout: WorkerLayout, request: Omit<LayoutRequest, 'jobId' | 'layout'>, callbacks: LayoutCallbacks): void {
    this.worker ??= this.createWorker();
    const jobId = ++this.jobId;
    this.worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      const msg = event.data;
      if (msg.jobId !== this.jobId) return; // a newer layout was asked for
      if (msg.kind === 'progress') callbacks.onProgress(msg.pct, msg.positions);
      else if (msg.kind === 'done') callbacks.onDone(msg.positions, msg.ms);
      else callbacks.onError(msg.message);
    };
    this.worker.onerror = (event) => callbacks.onError(event.message || 'layout worker failed');
    this.worker.postMessage({ ...request, jobId, layout } satisfies LayoutRequest);
  }

  /** Stops a running layout by dropping the worker (fcose cannot be interrupted from outside). */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    this.jobId++;
  }

  dispose(): void {
    this.cancel();
  }
}
