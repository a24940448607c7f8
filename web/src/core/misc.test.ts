// Small pure helpers: CSV export, source spans, search scoring, i18n, placement, concentric, paths, matrix.
import { describe, expect, it } from 'vitest';
import { csvCell, nodesToCsv } from './export/csv';
import { parseSourceSpan, sourceWindow } from './provenance/source-span';
import { mergeResults, searchLocal } from './search/search';
import { initialLang, translate } from './i18n/i18n';
import { MESSAGES } from './i18n/messages';
import { buildGraph } from './graph/graph-model';
import { MINI_EDGES, MINI_NODES, node } from './test-fixtures';
import { placeNewNodes } from './layout/placement';
import { concentricByMission } from './layout/concentric';
import { pathHighlight, pathVariables } from './paths/paths';
import { coverageCells } from './matrix/coverage';

describe('csv', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(['a', 'b'])).toBe('a | b');
    expect(nodesToCsv([node('ppp-x', 'PPP', { name: 'X' })]).split('\r\n')[1]).toBe('ppp-x,PPP,X,,,,,,');
  });
});

describe('source spans', () => {
  it('parses FILE#Lstart-Lend and FILE#Ln, and rejects paths', () => {
    expect(parseSourceSpan('004_9090d7b3c6790adc.txt#L6206-L6207')).toEqual({ file: '004_9090d7b3c6790adc.txt', start: 6206, end: 6207 });
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

describe('search', () => {
  it('ranks exact abbreviations first and matches full names and aliases, ignoring accents and case', () => {
    const r = searchLocal(MINI_NODES, 'aboard');
    expect(r[0]).toMatchObject({ id: 'ppp-aboard', score: 100 });
    expect(searchLocal(MINI_NODES, 'research infra')[0]!.id).toBe('ppp-health-ri');
    expect(searchLocal(MINI_NODES, 'INTEGRAAL')[0]!.id).toBe('care-iza');
    expect(mergeResults(r, [{ id: 'ppp-aboard', name: 'ABOARD', label: 'PPP', detail: null, score: 20 }])).toHaveLength(r.length);
  });
});

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

describe('layouts', () => {
  const model = buildGraph(MINI_NODES, MINI_EDGES);
  it('places new nodes near their neighbours without moving placed ones', () => {
    const placed = { 'ppp-aboard': { x: 1000, y: 500 } };
    const out = placeNewNodes(model, placed, ['org-umc']);
    expect(Object.keys(out)).toEqual(['org-umc']);
    expect(Math.hypot(out['org-umc']!.x - 1000, out['org-umc']!.y - 500)).toBeLessThan(200);
  });
  it('concentric: missions in the middle, everything placed', () => {
    const p = concentricByMission(model);
    expect(Object.keys(p)).toHaveLength(MINI_NODES.length);
    const r = (id: string) => Math.hypot(p[id]!.x, p[id]!.y);
    expect(r('mission-iv')).toBeLessThan(r('ppp-aboard'));
    expect(r('ppp-aboard')).toBeLessThan(r('org-umc'));
  });
});

describe('paths and matrix', () => {
  it('asks for all PPPs by label, or one node', () => {
    expect(pathVariables({ from: 'mission-iv', to: 'label:PPP' })).toMatchObject({ toLabels: ['PPP'] });
    expect(pathVariables({ from: 'a', to: 'b' })).toMatchObject({ to: 'b' });
    const n = { id: 'a', labels: ['PPP' as const], name: 'A' };
    const h = pathHighlight([{ length: 1, nodes: [n, { ...n, id: 'b' }], hops: [{ direction: 'FORWARD', from: n, to: n, relationship: { id: 'r', type: 'ADDRESSES', start: 'a', end: 'b' } }] }]);
    expect([...h.nodeIds]).toEqual(['a', 'b']);
    expect([...h.edgeIds]).toEqual(['r']);
  });
  it('flattens the coverage matrix with zero cells kept', () => {
    const m = { id: 'mission-iv', labels: ['Mission'], name: 'IV' };
    const cells = coverageCells({ dimensions: ['PPP', 'MINISTRY'], rows: [{ mission: m, cells: [{ dimension: 'PPP', count: 1, members: [{ id: 'p' }] }] }] });
    expect(cells).toEqual([
      { missionId: 'mission-iv', missionName: 'IV', dimension: 'PPP', count: 1, memberIds: ['p'], row: 0, col: 0 },
      { missionId: 'mission-iv', missionName: 'IV', dimension: 'MINISTRY', count: 0, memberIds: [], row: 0, col: 1 },
    ]);
  });
});
