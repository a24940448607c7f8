// English names: the display name per language, the Dutch name kept findable, the figure's names in English.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph-model';
import { namedIn } from '../cy/figure-names';
import { searchLocal } from '../search/search';
import { node } from '../test-fixtures';
import { displayName, dutchNameBeside, namer } from './node-names';

const missionI = node('mission-i', 'Mission', {
  name: 'Missie I: Leefstijl en leefomgeving',
  nameEn: 'Lifestyle and living environment',
  code: 'I',
});
const ctmm = node('ppp-ctmm', 'PPP', { name: 'CTMM', nameEn: 'Center for Translational Molecular Medicine' });
const aboard = node('ppp-aboard', 'PPP', { name: 'ABOARD' });

describe('displayName', () => {
  it('gives the English name in English where the sources give one, else the Dutch name', () => {
    expect(displayName(missionI, 'en')).toBe('Lifestyle and living environment');
    expect(displayName(missionI, 'nl')).toBe('Missie I: Leefstijl en leefomgeving');
    expect(displayName(aboard, 'en')).toBe('ABOARD');
    // Blank English names (a curator cleared one) fall back to the Dutch name.
    expect(displayName({ name: 'IZA', nameEn: '  ' }, 'en')).toBe('IZA');
    expect(displayName({ name: 'IZA' }, 'en')).toBe('IZA');
  });

  it('keeps the Dutch name beside an English one, and only then', () => {
    expect(dutchNameBeside(missionI, 'en')).toBe('Missie I: Leefstijl en leefomgeving');
    expect(dutchNameBeside(missionI, 'nl')).toBeNull();
    expect(dutchNameBeside(aboard, 'en')).toBeNull();
  });

  it('names nodes in the language in every list a namer serves', () => {
    expect(namer([missionI, aboard], 'en')(missionI)).toBe('Lifestyle and living environment');
    expect(namer([missionI, aboard], 'nl')(missionI)).toBe('Missie I: Leefstijl en leefomgeving');
    // Two nodes that share the English name are told apart, as shared Dutch names are.
    const other = node('x', 'Policy', { name: 'Leefstijl', nameEn: 'Lifestyle and living environment' });
    expect(namer([missionI, other], 'en')(other)).toBe('Lifestyle and living environment (Policy)');
    expect(namer([missionI, other], 'nl')(other)).toBe('Leefstijl');
  });
});

describe('English names in the figure and search', () => {
  it('renames the figure model in English only, the Dutch name becoming an abbreviation', () => {
    const model = buildGraph([missionI, ctmm, aboard], []);
    expect(namedIn(model, 'nl')).toBe(model);
    const en = namedIn(model, 'en');
    expect(en.nodes.get('mission-i')!.name).toBe('Lifestyle and living environment');
    expect(en.nodes.get('ppp-ctmm')!.aliases).toEqual(['CTMM']);
    expect(en.nodes.get('ppp-aboard')).toBe(model.nodes.get('ppp-aboard'));
    expect(model.nodes.get('mission-i')!.name).toBe('Missie I: Leefstijl en leefomgeving');
  });

  it('finds a node by its Dutch and its English name, listed with the display name', () => {
    const nodes = [missionI, aboard];
    const byDutch = searchLocal(nodes, 'leefstijl', 10, 'en');
    expect(byDutch.map((r) => [r.name, r.detail])).toEqual([
      ['Lifestyle and living environment', 'Missie I: Leefstijl en leefomgeving'],
    ]);
    expect(searchLocal(nodes, 'lifestyle', 10, 'nl').map((r) => r.name)).toEqual([
      'Missie I: Leefstijl en leefomgeving',
    ]);
  });
});
