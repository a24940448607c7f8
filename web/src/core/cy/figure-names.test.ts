// Figure names: name where it fits, else the longest abbreviation that fits, NWA routes numbered.
import { describe, expect, it } from 'vitest';
import { node } from '../test-fixtures';
import { figureName, fitsByLength, fullTitle, missionShortName, twoLines } from './figure-names';

describe('figureName', () => {
  it('keeps a name that fits', () => {
    expect(figureName(node('ppp-aboard', 'PPP', { name: 'ABOARD' }), fitsByLength)).toBe('ABOARD');
  });
  it('takes the longest fitting code or alias for a long name', () => {
    const mjp = node('p', 'Programme', {
      name: 'MedTech verbetert uitkomsten voor patiënten',
      code: 'MJP16',
      aliases: ['MJP16', 'MJP 16'],
    });
    expect(figureName(mjp, fitsByLength)).toBe('MJP 16');
  });
  it('numbers NWA routes, and gives up (null) when nothing fits', () => {
    const route = node('r', 'NWARoute', {
      name: 'Route 17: Personalised medicine: uitgaan van het individu',
      code: '17',
      aliases: ['PM', 'Personalised medicine'],
    });
    expect(figureName(route, fitsByLength)).toBe('17 PM');
    expect(figureName(node('x', 'PPP', { name: 'Toekomstbestendige leefomgeving' }), fitsByLength)).toBeNull();
  });
  it('shortens missions to what follows the colon, and titles add the full name', () => {
    expect(missionShortName({ name: 'Missie IV: Mensen met dementie' })).toBe('Mensen met dementie');
    expect(fullTitle({ name: 'IZA', fullName: 'Integraal Zorgakkoord' })).toBe('IZA — Integraal Zorgakkoord');
    expect(fullTitle({ name: 'Exceed', fullName: 'Exceed' })).toBe('Exceed');
  });

  it('zoomed in: a long name wraps over two lines, a short one gets what the full name adds', () => {
    const fits = (t: string) => t.length <= 24;
    const cut = (t: string) => (t.length > 24 ? `${t.slice(0, 23)}…` : t);
    expect(twoLines({ name: 'Building Blocks of Life', fullName: 'Building Blocks of Life (MJP2)' }, fits, cut)).toBe(
      'Building Blocks of Life\n(MJP2)',
    );
    expect(twoLines({ name: 'ABOARD', fullName: 'A Personalized Medicine Approach' }, fits, cut)).toBe(
      'ABOARD\nA Personalized Medicine…',
    );
    expect(
      twoLines(
        {
          name: 'Vitality, Lifestyle and Ageing-in-place for people',
          fullName: 'Vitality, Lifestyle and Ageing-in-place for people (MJP87)',
        },
        fits,
        cut,
      ),
    ).toBe('Vitality, Lifestyle and\nAgeing-in-place for peo…');
    expect(twoLines({ name: 'Exceed', fullName: null }, fits, cut)).toBe('Exceed');
  });
});
