// CSV export: cells quoted where needed, formulas defused, arrays joined.
import { describe, expect, it } from 'vitest';
import { csvCell, nodesToCsv } from './csv';
import { node } from '../test-fixtures';

describe('csv', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(['a', 'b'])).toBe('a | b');
    expect(nodesToCsv([node('ppp-x', 'PPP', { name: 'X' })]).split('\r\n')[1]).toBe('ppp-x,PPP,X,,,,,,');
  });
});
