// Page-side data for the browser benchmarks: a synthetic subgraph with fixed positions, and the frame counter.
import { seededRandom, syntheticGraph } from '../../src/synthetic-graph';

export const params = new URLSearchParams(location.search);
export const renderer = params.get('renderer') === 'webgl' ? 'webgl' : 'canvas';

export interface BenchState {
  /** ms from "start drawing" to the first frame on screen (after the browser painted it). */
  renderMs?: number;
  error?: string;
  /** Starts counting animation frames; `stopFrames` returns frames per second since the start. */
  startFrames?: () => void;
  stopFrames?: () => number;
  [key: string]: unknown;
}
export const bench = ((window as unknown as { __bench: BenchState }).__bench = {});
window.addEventListener('error', (event) => (bench.error = event.message));

/** `n` nodes, ~3n relationships (the edge density of the notes' measurements), positions on a seeded scatter. */
export function subgraph(n: number) {
  const graph = syntheticGraph({ nodes: n, relationships: 3 * n, seed: 11 });
  const random = seededRandom(5);
  const side = Math.sqrt(n) * 60;
  const positions: Record<string, { x: number; y: number }> = {};
  for (const node of graph.nodes)
    positions[node.id] = { x: Math.round(random() * side), y: Math.round(random() * side) };
  return { graph, positions };
}

/** Elements drawn by the KIES-view floor: captured from the explorer after it was ready (see browser-bench.ts). */
export async function capturedElements(): Promise<unknown[]> {
  const response = await fetch(`./captured/${params.get('captured')}.json`);
  return response.json();
}

let frames = 0;
let counting = false;
let since = 0;
const tick = () => {
  if (!counting) return;
  frames++;
  requestAnimationFrame(tick);
};
bench.startFrames = () => {
  frames = 0;
  counting = true;
  since = performance.now();
  requestAnimationFrame(tick);
};
bench.stopFrames = () => {
  counting = false;
  return (frames * 1000) / (performance.now() - since);
};

/** Resolves after the next painted frame: rAF runs before paint, the timeout after it. */
export const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
