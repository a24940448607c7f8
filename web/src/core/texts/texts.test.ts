// Naming and sentences: colliding names told apart, templates filled with node links, selections sorted.
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { sortMembers } from './members';
import { namer } from './node-names';
import { gapSentences, plainText, reasonSentence } from './sentences';

const ket = { id: 'ket-ai', name: 'AI', labels: ['KeyTechnology' as const], fullName: 'Artificial Intelligence' };
const mjp44 = {
  id: 'programme-mjp-44',
  name: 'AI',
  labels: ['Programme' as const],
  fullName: 'AI (MJP44)',
  code: 'MJP44',
};
const mission = { id: 'mission-v', name: 'Missie V', labels: ['Mission' as const] };

describe('texts', () => {
  it('tells colliding names apart by kind and code or full name, in the chosen language', () => {
    const nl = namer([ket, mjp44, mission], 'nl');
    expect([nl(ket), nl(mjp44), nl(mission)]).toEqual([
      'AI (Sleuteltechnologie Artificial Intelligence)',
      'AI (Programma MJP44)',
      'Missie V',
    ]);
    expect(namer([ket, mjp44], 'en')(mjp44)).toBe('AI (Programme MJP44)');
  });

  it('says a gap finding in Dutch and English with the nodes as links, never their ids', () => {
    const gap = {
      message: 'MISSION_CELL_EMPTY',
      dimension: 'KEY_METHODOLOGY',
      subject: mission,
      through: null,
      affected: [],
      relationships: [],
    };
    const nl = gapSentences('nl', translator('nl'), gap);
    expect(plainText(nl.title)).toBe('Missie V: geen sleutelmethodologieën');
    expect(nl.title.filter((s) => typeof s !== 'string')).toEqual([{ node: mission }]);
    expect(plainText(gapSentences('en', translator('en'), gap).title)).toBe('Missie V: no key methodologies');
  });

  it('says partner reasons with one or many shared nodes and what was left out', () => {
    const t = translator('en');
    const me = { id: 'org-a', name: 'A', labels: ['Organisation' as const] };
    const other = { id: 'org-b', name: 'B', labels: ['Organisation' as const] };
    expect(plainText(reasonSentence(t, { kind: 'SHARED_MISSION', count: 1, via: [mission] }, other, me))).toBe(
      'Both work on Missie V',
    );
    expect(plainText(reasonSentence(t, { kind: 'SHARED_MISSION', count: 3, via: [mission, mission] }, other, me))).toBe(
      'Both work on 3 missions: Missie V, Missie V and 1 more',
    );
    expect(
      plainText(
        reasonSentence(
          translator('nl'),
          { kind: 'COMPLEMENTARY_ROLE', count: 0, role: 'business', subjectRole: 'knowledge', via: [] },
          other,
          me,
        ),
      ),
    ).toBe('B brengt een andere rol in (bedrijfsleven) naast A (kennisinstelling)');
  });

  it('sorts a selection by name or by kind then name', () => {
    const items = [
      { n: 'b', k: 'PPP' },
      { n: 'A', k: 'Programma' },
      { n: 'c', k: 'Missie' },
    ];
    expect(
      sortMembers(
        items,
        'name',
        (x) => x.n,
        (x) => x.k,
      ).map((x) => x.n),
    ).toEqual(['A', 'b', 'c']);
    expect(
      sortMembers(
        items,
        'kind',
        (x) => x.n,
        (x) => x.k,
      ).map((x) => x.n),
    ).toEqual(['c', 'b', 'A']);
  });
});
