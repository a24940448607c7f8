// Wrapping long dagre ranks: order kept, ranks still left to right, no two nodes on one spot.
import { describe, expect, it } from 'vitest';
import { wrapRanks } from './wrap-ranks';

describe('wrapRanks', () => {
  const positions = {
    root: { x: 0, y: 500 },
    ...Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`leaf-${i}`, { x: 200, y: i * 30 }])),
    after: { x: 400, y: 10 },
  };
  const out = wrapRanks(positions, { perColumn: 40, columnGap: 150 });

  it('wraps a rank of 100 into three columns of at most 40, keeping its top-to-bottom order', () => {
    const xs = new Set(Array.from({ length: 100 }, (_, i) => out[`leaf-${i}`]!.x));
    expect([...xs].sort((a, b) => a - b)).toEqual([200, 350, 500]);
    expect(out['leaf-0']!.y).toBeLessThan(out['leaf-39']!.y);
    expect(out['leaf-40']!.x).toBeGreaterThan(out['leaf-39']!.x);
    expect(
      Math.max(...Object.values(out).map((p) => p.y)) - Math.min(...Object.values(out).map((p) => p.y)),
    ).toBeLessThanOrEqual(39 * 30);
  });

  it('keeps ranks left to right, short ranks centred on the block instead of far down a column', () => {
    expect(out.root!.x).toBe(0);
    expect(out.root!.y).toBeCloseTo((out['leaf-0']!.y + out['leaf-39']!.y) / 2, 0);
    expect(out.after!.x).toBeGreaterThan(out['leaf-99']!.x);
    const spots = Object.values(out).map((p) => `${p.x},${p.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });
});
