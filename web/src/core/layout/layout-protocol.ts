// Messages between the page and the layout worker: request, progress (draft positions), done.
import type { Positions } from '../graph/types';

export type WorkerLayout = 'fcose' | 'dagre';

export interface LayoutRequest {
  jobId: number;
  layout: WorkerLayout;
  nodes: { id: string; x?: number; y?: number }[];
  edges: { id: string; source: string; target: string }[];
  /** Start from the given positions instead of random ones (keeps the mental map). */
  keepPositions: boolean;
}

export type LayoutMessage =
  | { jobId: number; kind: 'progress'; pct: number; stage: string; positions?: Positions }
  | { jobId: number; kind: 'done'; positions: Positions; ms: number }
  | { jobId: number; kind: 'error'; message: string };

/** Above this many nodes fcose only runs its draft pass (default quality takes minutes on 2k nodes here). */
export const FCOSE_REFINE_LIMIT = 800;
