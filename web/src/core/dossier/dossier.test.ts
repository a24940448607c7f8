// Unit tests of the dossier's pure parts: members per dimension, findings of the subject, paths, citations, figure cut.
import { describe, expect, it } from 'vitest';
import { citationIndex, lineSpan } from './dossier-citations';
import { dossierFigure, figureModel } from './dossier-figure';
import { distinctQuotes, memberGroups, pathGroups, subjectGaps } from './dossier-model';
import type {
  DossierData,
  DossierGap,
  DossierNodeRef,
  DossierPath,
  DossierProvenance,
  DossierRel,
} from './dossier-types';

const node = (
  id: string,
  label: DossierNodeRef['label'],
  name: string,
  extra: Partial<DossierNodeRef> = {},
): DossierNodeRef => ({
  id,
  labels: [label],
  label,
  name,
  nameEn: null,
  fullName: null,
  aliases: [],
  code: null,
  kind: null,
  ...extra,
});
const cite = (line: number, quote: string) => ({
  source: `004_x.txt#L${line}`,
  file: '004_x.txt',
  startLine: line,
  endLine: line,
  quote,
});
const prov = (...citations: ReturnType<typeof cite>[]): DossierProvenance => ({
  confidence: 'literal',
  note: null,
  citations,
});
const rel = (start: string, type: DossierRel['type'], end: string, p = prov()): DossierRel => ({
  id: `${start}>${type}>${end}`,
  type,
  start,
  end,
  role: null,
  provenance: p,
});

const mission = node('mission-iv', 'Mission', 'Missie IV: Mensen met dementie', { code: 'IV' });
const aboard = node('ppp-aboard', 'PPP', 'ABOARD', {
  fullName: 'A Personalized Medicine Approach for Alzheimer’s Disease',
});
const ndpi = node('ppp-ndpi', 'PPP', 'NDPI');
const nds = node('care-nds', 'CareAgreement', 'NDS');
const vws = node('ministry-vws', 'Ministry', 'VWS');
const aboardIv = rel(
  'ppp-aboard',
  'ADDRESSES',
  'mission-iv',
  prov(cite(3586, 'Daarnaast werkt ABOARD'), cite(6267, 'ELF / ABOARD'), cite(6267, 'ELF / ABOARD')),
);
const ndpiIv = rel('ppp-ndpi', 'ADDRESSES', 'mission-iv', prov(cite(3582, 'het NDPI')));
const ndsIv = rel('care-nds', 'ADDRESSES', 'mission-iv', prov(cite(834, 'Strategie (NDS) Missie IV')));
const aboardNds = rel('ppp-aboard', 'SUPPORTS', 'care-nds', prov(cite(3579, 'Binnen de NDS')));

function missionData(): DossierData {
  const withEnds = (r: DossierRel, a: DossierNodeRef, b: DossierNodeRef) => ({ ...r, startNode: a, endNode: b });
  return {
    subject: {
      ...mission,
      description: null,
      target: 'In 2030 …',
      amountText: null,
      period: null,
      url: null,
      degree: 3,
      provenance: prov(cite(729, 'IV. In 2030')),
      relationships: [
        withEnds(aboardIv, aboard, mission),
        withEnds(ndpiIv, ndpi, mission),
        withEnds(ndsIv, nds, mission),
      ],
    },
    coverage: {
      dimensions: ['PPP', 'KEY_TECHNOLOGY', 'CARE_AGREEMENT', 'MINISTRY'],
      rows: [
        {
          mission: { id: 'mission-iv' },
          cells: [
            { dimension: 'PPP', count: 2, members: [ndpi, aboard] },
            { dimension: 'KEY_TECHNOLOGY', count: 0, members: [] },
            { dimension: 'CARE_AGREEMENT', count: 1, members: [nds] },
            { dimension: 'MINISTRY', count: 1, members: [vws] },
          ],
        },
      ],
    },
    gaps: [],
    paths: [],
    figure: null,
  };
}

const path = (nodes: DossierNodeRef[], rels: DossierRel[]): DossierPath => ({
  length: rels.length,
  nodes,
  hops: rels.map((relationship) => ({ direction: 'FORWARD', relationship })),
});

describe('dossier members', () => {
  it('a mission: its coverage row in column order, members by name, empty cells kept, with the ADDRESSES relationship', () => {
    const groups = memberGroups(missionData(), (g) => `${g.dimension}/${g.label}`);
    expect(groups.map((g) => [g.title, g.members.map((m) => m.node.name)])).toEqual([
      ['PPP/PPP', ['ABOARD', 'NDPI']],
      ['KEY_TECHNOLOGY/KeyTechnology', []],
      ['CARE_AGREEMENT/CareAgreement', ['NDS']],
      ['MINISTRY/Ministry', ['VWS']],
    ]);
    expect(groups[0]!.members[0]!.rels.map((r) => r.id)).toEqual([aboardIv.id]);
    // VWS addresses the mission in the matrix but the subject's page of relations did not hold it: no citation.
    expect(groups[3]!.members[0]!.rels).toEqual([]);
  });

  it('another node: related nodes by kind, missions first, then the matrix kinds, then the rest', () => {
    const org = node('org-neurocast', 'Organisation', 'Neurocast');
    const data = missionData();
    const withEnds = (r: DossierRel, a: DossierNodeRef, b: DossierNodeRef) => ({ ...r, startNode: a, endNode: b });
    data.coverage = null;
    data.subject = {
      ...aboard,
      description: null,
      target: null,
      amountText: null,
      period: null,
      url: null,
      degree: 3,
      provenance: prov(),
      relationships: [
        withEnds(rel('org-neurocast', 'PARTNER_IN', 'ppp-aboard'), org, aboard),
        withEnds(aboardNds, aboard, nds),
        withEnds(aboardIv, aboard, mission),
      ],
    };
    expect(memberGroups(data, (g) => g.label).map((g) => [g.title, g.members.map((m) => m.node.name)])).toEqual([
      ['Mission', ['Missie IV: Mensen met dementie']],
      ['CareAgreement', ['NDS']],
      ['Organisation', ['Neurocast']],
    ]);
  });
});

describe('dossier findings and paths', () => {
  const gap = (id: string, parts: Partial<DossierGap>): DossierGap => ({
    id,
    kind: 'THIN_MISSION_CELL',
    severity: 'LOW',
    message: 'MISSION_CELL_ONE',
    dimension: null,
    subject: null,
    through: null,
    affected: [],
    nodes: [],
    relationships: [],
    ...parts,
  });

  it('keeps the findings that name the subject in any part', () => {
    const gaps = [
      gap('a', { subject: mission }),
      gap('b', { affected: [aboard] }),
      gap('c', { through: nds }),
      gap('d', { nodes: [{ id: 'ppp-aboard' }] }),
    ];
    expect(subjectGaps(gaps, 'ppp-aboard').map((g) => g.id)).toEqual(['b', 'd']);
    expect(subjectGaps(gaps, 'mission-iv').map((g) => g.id)).toEqual(['a']);
  });

  it('groups paths by the node they reach, direct ones first, the same chain once', () => {
    const direct = path([mission, aboard], [aboardIv]);
    const viaNds = path([mission, nds, aboard], [ndsIv, aboardNds]);
    const groups = pathGroups([viaNds, path([mission, ndpi], [ndpiIv]), direct, direct]);
    expect(groups.map((g) => [g.end.name, g.paths.map((p) => p.length)])).toEqual([
      ['ABOARD', [1, 2]],
      ['NDPI', [1]],
    ]);
    expect(distinctQuotes(aboardIv)).toEqual(['Daarnaast werkt ABOARD', 'ELF / ABOARD']);
  });
});

describe('dossier citations', () => {
  it('numbers each span and quote once, by document and line, and refers to them by number', () => {
    const other = { source: '001_y.txt#L12-L14', file: '001_y.txt', startLine: 12, endLine: 14, quote: 'About Us' };
    const index = citationIndex([aboardIv.provenance, ndpiIv.provenance, prov(other), aboardIv.provenance]);
    expect(index.list.map((c) => [c.n, c.file, c.startLine, c.quote])).toEqual([
      [1, '001_y.txt', 12, 'About Us'],
      [2, '004_x.txt', 3582, 'het NDPI'],
      [3, '004_x.txt', 3586, 'Daarnaast werkt ABOARD'],
      [4, '004_x.txt', 6267, 'ELF / ABOARD'],
    ]);
    expect(index.byFile.map((f) => [f.file, f.entries.length])).toEqual([
      ['001_y.txt', 1],
      ['004_x.txt', 3],
    ]);
    expect(index.numbers(aboardIv.provenance)).toEqual([3, 4]);
    expect(lineSpan(other)).toBe('L12–14');
    expect(lineSpan(cite(5, 'x'))).toBe('L5');
  });
});

describe('dossier figure', () => {
  it('a mission: itself and its members in its row, each named, the subject marked', () => {
    const data = missionData();
    const model = figureModel(data);
    expect([...model.nodes.keys()].sort()).toEqual([
      'care-nds',
      'ministry-vws',
      'mission-iv',
      'ppp-aboard',
      'ppp-ndpi',
    ]);
    const figure = dossierFigure(model, 'mission-iv', (key) => `t:${key}`, null);
    const row = figure.boxes.find((b) => b.id === 'decor-mission-iv')!;
    expect(row.title).toEqual(['IV']);
    for (const n of figure.names) {
      expect(n.y, n.id).toBeGreaterThan(row.y);
      expect(n.y, n.id).toBeLessThan(row.y + row.h);
    }
    expect(figure.names.find((n) => n.id === 'ppp-aboard')).toMatchObject({
      lines: ['ABOARD'],
      full: 'ABOARD — A Personalized Medicine Approach for Alzheimer’s Disease',
      subject: false,
    });
    expect(figure.names.find((n) => n.id === 'mission-iv')).toMatchObject({
      lines: ['Mensen met', 'dementie'],
      subject: true,
    });
    expect(figure.boxes.filter((b) => b.kind === 'lane').map((b) => b.title.join(' '))).toContain('t:lane.ppp');
    expect(figure.links).toEqual([]);
    // The viewBox holds every name.
    expect(
      figure.names.every(
        (n) => n.x >= figure.x && n.x <= figure.x + figure.w && n.y >= figure.y && n.y <= figure.y + figure.h,
      ),
    ).toBe(true);
  });

  it('a PPP: its neighbours in the figure, each in the row of a mission it addresses, its own relations drawn', () => {
    const data = missionData();
    data.coverage = null;
    data.figure = {
      truncated: false,
      nodes: [aboard, nds, mission],
      relationships: [aboardIv, aboardNds, ndsIv].map((r) => ({
        id: r.id,
        type: r.type,
        start: r.start,
        end: r.end,
        provenance: { confidence: 'literal' },
      })),
    };
    data.subject = { ...data.subject, ...aboard, relationships: [] };
    const figure = dossierFigure(figureModel(data), 'ppp-aboard', (key) => key, null);
    const row = figure.boxes.find((b) => b.id === 'decor-mission-iv')!;
    expect(
      figure.names
        .filter((n) => n.y > row.y && n.y < row.y + row.h)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['care-nds', 'mission-iv', 'ppp-aboard']);
    expect(figure.names.find((n) => n.subject)!.id).toBe('ppp-aboard');
    expect(figure.links.map((l) => l.id).sort()).toEqual([aboardNds.id, aboardIv.id].sort());
  });
});
