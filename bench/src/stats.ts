// Statistics for benchmark samples: percentiles, summaries, throughput and ratios against a floor.

/** Nearest-rank percentile (p in 0..100) of unsorted samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  /** Requests per second of a sequential loop: n / total time (one client, no overlap). */
  rps: number;
}

export function summarize(samplesMs: readonly number[]): Summary {
  const total = samplesMs.reduce((a, b) => a + b, 0);
  return {
    n: samplesMs.length,
    p50: percentile(samplesMs, 50),
    p99: percentile(samplesMs, 99),
    mean: samplesMs.length ? total / samplesMs.length : NaN,
    min: samplesMs.length ? Math.min(...samplesMs) : NaN,
    max: samplesMs.length ? Math.max(...samplesMs) : NaN,
    rps: total > 0 ? (samplesMs.length * 1000) / total : NaN,
  };
}

/** measured / floor, NaN when either is missing, so a missing floor never reads as a good ratio. */
export function ratio(measured: number | undefined, floor: number | undefined): number {
  if (
    measured === undefined ||
    floor === undefined ||
    !Number.isFinite(measured) ||
    !Number.isFinite(floor) ||
    floor <= 0
  )
    return NaN;
  return measured / floor;
}

export interface LoopOptions {
  /** Calls before measuring (JIT, plan caches, connection reuse). */
  warmup: number;
  /** Stop after this many measured calls... */
  maxIterations: number;
  /** ...or once this much time has been spent measuring, whichever comes first (at least minIterations). */
  maxMs: number;
  minIterations?: number;
}

/** Runs `call(i)` sequentially and returns the duration of each measured call in ms. */
export async function timeLoop(call: (i: number) => Promise<unknown>, options: LoopOptions): Promise<number[]> {
  for (let i = 0; i < options.warmup; i++) await call(i);
  const samples: number[] = [];
  const started = performance.now();
  const min = options.minIterations ?? 5;
  for (let i = 0; i < options.maxIterations; i++) {
    if (samples.length >= min && performance.now() - started > options.maxMs) break;
    const t = performance.now();
    await call(options.warmup + i);
    samples.push(performance.now() - t);
  }
  return samples;
}

/** Rounds for display: 3 significant digits below 100, whole numbers above. */
export function fmt(value: number | undefined, unit = ''): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const text =
    Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : Number(value.toPrecision(3)).toString();
  return `${text}${unit}`;
}

export const fmtRatio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '–');
