// The period label of the details panel and the dossier, in Dutch and English.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { periodLabel } from './period';

const nl = translator('nl');
const en = translator('en');

describe('periodLabel', () => {
  it('writes a closed period with an en dash, and a single year once', () => {
    expect(periodLabel({ start: 2024, end: 2027, text: '2024-2027' }, nl)).toBe('2024–2027');
    expect(periodLabel({ start: 2021, end: 2025, text: 'tussen 2021 en 2025' }, en)).toBe('2021–2025');
    expect(periodLabel({ start: 2018, end: 2018, text: 'gestart op 1 januari 2018' }, en)).toBe('2018');
  });

  it('says since or until for an open period, in the interface language', () => {
    expect(periodLabel({ start: 2015, end: null, text: 'sinds 2015' }, nl)).toBe('sinds 2015');
    expect(periodLabel({ start: 2015, text: 'sinds 2015' }, en)).toBe('since 2015');
    expect(periodLabel({ end: 2030, text: 'tot en met 2030' }, nl)).toBe('tot 2030');
    expect(periodLabel({ end: 2030, text: 'tot en met 2030' }, en)).toBe('until 2030');
  });

  it('falls back to the words of the source when no year is given', () => {
    expect(periodLabel({ text: 'de komende jaren' }, en)).toBe('de komende jaren');
  });
});
