// Source spans: FILE#Lstart-Lend parsed (paths refused) and the cited lines shown with their context.
import { describe, expect, it } from 'vitest';
import { parseSourceSpan, sourceWindow } from './source-span';

describe('source spans', () => {
  it('parses FILE#Lstart-Lend and FILE#Ln, and rejects paths', () => {
    expect(parseSourceSpan('004_9090d7b3c6790adc.txt#L6206-L6207')).toEqual({
      file: '004_9090d7b3c6790adc.txt',
      start: 6206,
      end: 6207,
    });
    expect(parseSourceSpan('a.txt#L5')).toEqual({ file: 'a.txt', start: 5, end: 5 });
    expect(parseSourceSpan('../etc/passwd#L1')).toBeNull();
  });
  it('shows the cited lines with context, clipped to the file', () => {
    const text = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const w = sourceWindow(text, { file: 'a.txt', start: 2, end: 3 }, 2);
    expect(w.map((l) => l.number)).toEqual([1, 2, 3, 4, 5]);
    expect(w.filter((l) => l.cited).map((l) => l.text)).toEqual(['line 2', 'line 3']);
  });
});
