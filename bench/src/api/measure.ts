// Shapes shared by the API host child and the parent, and the guarded measuring loop both use.
import type { Probes } from '../datasets.js';
import { timeLoop, type LoopOptions } from '../stats.js';

/** A case whose single call takes longer than this is measured once, not looped (keeps the run within budget). */
const SLOW_CALL_MS = 4000;

/** `firstMs`: the first call after loading, before any warm-up (cold caches: what the first visitor waits). */
/** `coldMs` (Neo4j only): the call before `firstMs`, which plans and compiles the case's statements. */
export type Measured = { samples: number[]; firstMs: number; coldMs?: number } | { skipped: string };

export interface HostReady {
  ready: true;
  port: number;
  /** The same database served without the analysis cache (ApiCase.store 'uncached'). */
  uncachedPort: number;
  /** The same database with the gap facts recomputed per call from the kept adjacency (ApiCase.store 'per-call'). */
  perCallPort: number;
  /** Bare node:http answering primed bytes: the transport floor (http-floor.ts). */
  floorPort: number;
  probes: Probes;
  loadMs: number;
  /** Embedded only: the first search after the load, which builds the search index (store/indexed-search.ts). */
  indexMs?: number;
  rssEmptyMb: number;
  rssLoadedMb: number;
  /** store.warm() as main.ts calls it after listening (undefined on Neo4j), and the RSS after it. */
  warmMs?: number;
  rssWarmMb: number;
  direct: Record<string, Measured>;
  /** Embedded only: a stock MiniSearch's query time over the same texts and probe searches (search-floor.ts). */
  searchFloor?: Measured;
}

/** One call first (two when the first is slow): a pathological case (seconds per call) is reported, not looped for minutes. */
export async function measureCase(call: (i: number) => Promise<unknown>, loop: LoopOptions): Promise<Measured> {
  const t = performance.now();
  try {
    await call(0);
  } catch (error) {
    return {
      skipped: `failed after ${Math.round(performance.now() - t)} ms: ${(error as Error).message.split('\n')[0]!.slice(0, 160)}`,
    };
  }
  const first = performance.now() - t;
  let judged = first;
  if (first > SLOW_CALL_MS) {
    // The first call may build what the store then keeps between writes (the adjacency: seconds at 100k, more under
    // load), which is what firstMs reports: the next call decides whether the case is looped.
    const again = performance.now();
    try {
      await call(1);
    } catch (error) {
      return { skipped: `failed on the second call: ${(error as Error).message.split('\n')[0]!.slice(0, 160)}` };
    }
    judged = performance.now() - again;
    if (judged > SLOW_CALL_MS)
      return { skipped: `one call took ${Math.round(first)} ms, the next ${Math.round(judged)} ms` };
  }
  return {
    firstMs: first,
    samples: await timeLoop(
      call,
      judged > 200 ? { ...loop, warmup: 1, maxIterations: Math.min(loop.maxIterations, 10) } : loop,
    ),
  };
}
