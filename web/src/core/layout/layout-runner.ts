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
  /** The worker has answered once, so its script is loaded: stopping it now aborts no request. */
  private loaded = false;
  private busy = false;
  private jobId = 0;

  constructor(private readonly createWorker: () => Worker) {}

  run(layout: WorkerLayout, request: Omit<LayoutRequest, 'jobId' | 'layout'>, callbacks: LayoutCallbacks): void {
    if (!this.worker) {
      this.worker = this.createWorker();
      this.loaded = false;
    }
    const worker = this.worker;
    const jobId = ++this.jobId;
    this.busy = true;
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      this.loaded = true;
      const msg = event.data;
      if (msg.jobId !== this.jobId) return; // an older job still reporting; the newer one is queued behind it
      if (msg.kind === 'progress') return callbacks.onProgress(msg.pct, msg.positions);
      this.busy = false;
      if (msg.kind === 'done') callbacks.onDone(msg.positions, msg.ms);
      else callbacks.onError(msg.message);
    };
    worker.onerror = (event) => {
      this.busy = false;
      callbacks.onError(event.message || 'layout worker failed');
    };
    worker.postMessage({ ...request, jobId, layout } satisfies LayoutRequest);
  }

  /**
   * Drops the running job. A loaded worker that is busy is stopped (fcose cannot be interrupted from outside); one
   * still loading its script is left to finish loading, since stopping it would abort that request, and its stale
   * answer is ignored.
   */
  cancel(): void {
    this.jobId++;
    if (!this.worker || !this.busy) return;
    if (this.loaded) {
      this.worker.terminate();
      this.worker = null;
    } else {
      const worker = this.worker;
      worker.onmessage = () => undefined;
      worker.onerror = () => undefined;
    }
    this.busy = false;
  }

  dispose(): void {
    this.jobId++;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    if (this.loaded) worker.terminate();
    else worker.onmessage = () => worker.terminate(); // stop it once loaded, without aborting its script request
  }
}
