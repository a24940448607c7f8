// Figure names: name where it fits, else the longest abbreviation that fits, NWA routes numbered.
import { describe, expect, it } from 'vitest';
import { node } from '../test-fixtures';
import { figureName, fitsByLength, fullTitle, missionShortName } from './figure-names';

describe('figureName', () => {
  it('keeps a name that fits', () => {
    expect(figureName(node('ppp-aboard', 'PPP', { name: 'ABOARD' }), fitsByLength)).toBe('ABOARD');
  });
  it('takes the longest fitting code or alias for a long name', () => {
    const mjp = node('p', 'Programme', { name: 'MedTech verbetert uitkomsten voor patiënten', code: 'MJP16', aliases: ['MJP16', 'MJP 16'] });
    expect(figureName(mjp, fitsByLength)).toBe('MJP 16');
  });
  it('numbers NWA routes, and gives up (null) when nothing fits', () => {
    const route = node('r', 'NWARoute', { name: 'Route 17: Personalised medicine: uitgaan van het individu', code: '17', aliases: ['PM', 'Personalised medicine'] });
    expect(figureName(route, fitsByLength)).toBe('17 PM');
    expect(figureName(node('x', 'PPP', { name: 'Toekomstbestendige leefomgeving' }), fitsByLength)).toBeNull();
  });
  it('shortens missions to what follows the colon, and titles add the full name', () => {
    expect(missionShortName({ name: 'Missie IV: Mensen met dementie' })).toBe('Mensen met dementie');
    expect(fullTitle({ name: 'IZA', fullName: 'Integraal Zorgakkoord' })).toBe('IZA — Integraal Zorgakkoord');
    expect(fullTitle({ name: 'Exceed', fullName: 'Exceed' })).toBe('Exceed');
  });
});
