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

  it('cuts where measuring each longer prefix would (fractional widths, any measure)', () => {
    const px = (ch: string) => 3.3 + (ch.codePointAt(0)! % 7) * 0.71;
    const summed = charWidthMeasure(px);
    const plain = (text: string) => Math.ceil([...text].reduce((w, ch) => w + px(ch), 0));
    for (const text of ['Regieorgaan SIA — praktijkgericht onderzoek', 'Mensen met dementie', 'ÉÉN twee drie 🙂 vier'])
      for (const width of [20, 41, 57, 80, 133])
        expect(fitLabel(text, width, summed)).toBe(fitLabel(text, width, plain));
  });
});
