// Label cutting: same rule as Cytoscape's 'text-wrap: ellipsis', with per-character widths measured once.
import { describe, expect, it } from 'vitest';
import { charWidthMeasure, fitLabel } from './label-fit';

describe('fitLabel', () => {
  const measured: string[] = [];
  const measure = charWidthMeasure((ch) => {
    measured.push(ch);
    return ch === 'W' ? 9 : 5;
  });

  it('keeps a label that fits and cuts a longer one to the width, ellipsis included', () => {
    expect(fitLabel('ABCD', 30, measure)).toBe('ABCD');
    // 5 px a character: 'ABCD…' is 25 px, 'ABCDE…' 30 px > 28.
    expect(fitLabel('ABCDEFGH', 28, measure)).toBe('ABCD…');
    expect(fitLabel('WWWW', 20, measure)).toBe('W…');
  });

  it('measures each character once', () => {
    fitLabel('ABABABABAB', 12, measure);
    expect(measured.filter((c) => c === 'A')).toHaveLength(1);
  });
});
