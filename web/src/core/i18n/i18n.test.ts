// Interface language: both message tables complete, placeholders filled, the language chosen and remembered.
import { describe, expect, it } from 'vitest';
import { initialLang, translate } from './i18n';
import { MESSAGES } from './messages';

describe('i18n', () => {
  it('has every Dutch key in English and fills placeholders', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
    expect(translate('en', 'table.caption', { count: 3 })).toBe('Visible nodes (3)');
    expect(translate('nl', 'view.kies')).toBe('KIES-figuur');
  });
  it('remembers the choice, else follows the browser, else Dutch', () => {
    const store = new Map<string, string>();
    const s = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(initialLang(s, 'de-DE')).toBe('nl');
    expect(initialLang(s, 'en-GB')).toBe('en');
    s.setItem('kies.lang', 'nl');
    expect(initialLang(s, 'en-GB')).toBe('nl');
  });
});
