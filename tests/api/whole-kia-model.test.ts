// Issue 12 over the real API on both engines: the names the issue searched for find a node of their own with quotes
// found in the cited source lines, the new relationship types answer, and the two new gap kinds list exactly the
// missions no policy frames and the programmes nobody runs (expected sets computed from the seed files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { normaliseWhitespace } from '@kies/graph-seed/validation';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { describeEachEngine, openFreshStore } from '../engines.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';

interface HitNode {
  id: string;
  label: string;
  labels: string[];
  kind: string | null;
  provenance: { sources: string[]; quotes: string[] };
}

const SOURCES = join(import.meta.dirname, '../../graph-seed/sources');
const sourceLines = new Map<string, string[]>();
/** The text of a `FILE#Lstart-Lend` span, whitespace normalised (as the validator compares quotes). */
function spanText(span: string): string {
  const m = /^([^#]+)#L(\d+)(?:-L(\d+))?$/.exec(span);
  if (!m) throw new Error(`bad source span ${span}`);
  const [, file, start, end] = m;
  if (!sourceLines.has(file!)) sourceLines.set(file!, readFileSync(join(SOURCES, file!), 'utf8').split('\n'));
  const lines = sourceLines.get(file!)!.slice(Number(start) - 1, Number(end ?? start));
  return normaliseWhitespace(lines.join(' '));
}

// The searches of issue 12, each with the node that must come first.
const SEARCHES: [string, string, string][] = [
  ['Quantum Technologies', 'ket-quantum-technologies', 'KeyTechnology'],
  ['Optical Systems & Integrated Photonics', 'ket-optical-systems-integrated-photonics', 'KeyTechnology'],
  ['AI & Data', 'ket-ai-data', 'KeyTechnology'],
  ['Imaging Technologies', 'ket-imaging-technologies', 'KeyTechnology'],
  ['Wegiz', 'policy-wegiz', 'Policy'],
  ['EHDS', 'policy-ehds', 'Policy'],
  ['Medical Device Regulation', 'policy-mdr', 'Policy'],
  ['Nationale Technologiestrategie', 'policy-nts', 'Policy'],
  ['Missiegedreven Topsectoren- en Innovatiebeleid', 'policy-mtib', 'Policy'],
  ['Leven Lang Ontwikkelen', 'policy-llo', 'Policy'],
  ['Themateam', 'team-themateam', 'Team'],
  ['Kernteam', 'team-kernteam', 'Team'],
  ['KIA Digitalisering', 'policy-kia-digitalisering', 'Policy'],
  ['KIA Circulaire Economie', 'policy-kia-ce', 'Policy'],
];

const NODE_FIELDS = `id label labels kind provenance { sources quotes }`;

describeEachEngine('the whole KIA model over HTTP (issue 12)', (engine) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(engine);
  });
  afterAll(async () => app?.close());

  it.each(SEARCHES)('search "%s" finds %s first, with quotes found in its source lines', async (text, id, label) => {
    const { search } = await app.client.request<{ search: { node: HitNode }[] }>(
      gql`query ($text: String!) { search(text: $text, first: 5) { node { ${NODE_FIELDS} } } }`,
      { text },
    );
    const node = search[0]!.node;
    expect(node.id).toBe(id);
    expect(node.label).toBe(label);
    expect(node.provenance.quotes.length).toBeGreaterThan(0);
    node.provenance.sources.forEach((span, i) =>
      expect(spanText(span)).toContain(normaliseWhitespace(node.provenance.quotes[i]!)),
    );
  });

  it('policies carry a kind from the closed list; the Figuur 5 government policies are care agreements and policies', async () => {
    const { nodes } = await app.client.request<{ nodes: { edges: { node: HitNode }[] } }>(
      gql`{ nodes(labels: [Policy], first: 200) { edges { node { ${NODE_FIELDS} } } } }`,
    );
    const policies = nodes.edges.map((e) => e.node);
    const kinds = ['law', 'regulation', 'strategy', 'agenda', 'action-plan', 'kia', 'policy-programme'];
    expect(policies.length).toBeGreaterThanOrEqual(20);
    for (const p of policies) expect(kinds, p.id).toContain(p.kind);
    const nds = policies.find((p) => p.id === 'care-nds')!;
    expect(nds.labels).toEqual(['CareAgreement', 'Policy']);
    expect(nds.label).toBe('CareAgreement');
  });

  it('the new relationship types answer from both ends, with their quotes', async () => {
    type Rel = { type: string; start: string; end: string; provenance: { sources: string[]; quotes: string[] } };
    const rels = async (id: string, types: string, direction: string) =>
      (
        await app.client.request<{ node: { relationships: Rel[] } }>(
          gql`{ node(id: "${id}") { relationships(types: [${types}], direction: ${direction}, first: 200) {
            type start end provenance { sources quotes } } } }`,
        )
      ).node.relationships;
    const responsible = await rels('policy-llo', 'RESPONSIBLE_FOR', 'IN');
    expect(responsible.map((r) => r.start)).toEqual(['ministry-ocw']);
    expect(responsible[0]!.provenance.quotes).toEqual(['het beleid van OCW omtrent LLO']);
    const members = await rels('ket-nts-sleuteltechnologieen', 'PART_OF', 'IN');
    expect(members).toHaveLength(9);
    const framed = await rels('ket-nts-sleuteltechnologieen', 'FRAMES', 'IN');
    expect(framed.map((r) => r.start)).toEqual(['policy-nts']);
    const input = await rels('ket-cs4nl', 'INPUT_FOR', 'OUT');
    expect(input.map((r) => r.end).sort()).toEqual(['mission-ii', 'mission-iv']);
    const governance = await rels('team-governance-mt-gz', 'PART_OF', 'IN');
    expect(governance.map((r) => r.start)).toEqual(expect.arrayContaining(['team-themateam', 'team-kernteam']));
    for (const r of [...responsible, ...members, ...framed, ...input, ...governance])
      r.provenance.sources.forEach((span, i) =>
        expect(spanText(span)).toContain(normaliseWhitespace(r.provenance.quotes[i]!)),
      );
  });

  it('a key technology that is input for a mission counts in its key technology column (seed)', async () => {
    const { missionCoverage } = await app.client.request<{
      missionCoverage: { rows: { mission: { id: string }; cells: { members: { id: string }[] }[] }[] };
    }>(gql`
      {
        missionCoverage(dimension: KEY_TECHNOLOGY) {
          rows {
            mission {
              id
            }
            cells {
              members {
                id
              }
            }
          }
        }
      }
    `);
    const row = missionCoverage.rows.find((r) => r.mission.id === 'mission-ii')!;
    expect(row.cells[0]!.members.map((m) => m.id)).toContain('ket-cs4nl');
  });

  it('gaps list exactly the missions no policy frames and the programmes nobody runs', async () => {
    const seed = readSeedGraph();
    const policies = new Set(seed.nodes.filter((n) => n.labels.includes('Policy')).map((n) => n.id));
    const framed = new Set(
      seed.relationships
        .filter((r) => (r.type === 'FRAMES' || r.type === 'ADDRESSES') && policies.has(r.start))
        .map((r) => r.end),
    );
    const run = new Set(seed.relationships.filter((r) => r.type === 'RUNS').map((r) => r.end));
    const ids = (label: string, keep: (id: string) => boolean) =>
      seed.nodes
        .filter((n) => n.labels.includes(label as never) && keep(n.id))
        .map((n) => n.id)
        .sort();
    const { gaps } = await app.client.request<{
      gaps: { kind: string; message: string; severity: string; subject: { id: string }; title: string }[];
    }>(gql`
      {
        gaps(kinds: [MISSION_WITHOUT_POLICY, PROGRAMME_NOT_RUN]) {
          kind
          message
          severity
          title
          subject {
            id
          }
        }
      }
    `);
    const of = (kind: string) =>
      gaps
        .filter((g) => g.kind === kind)
        .map((g) => g.subject.id)
        .sort();
    expect(of('MISSION_WITHOUT_POLICY')).toEqual(ids('Mission', (id) => !framed.has(id)));
    expect(of('PROGRAMME_NOT_RUN')).toEqual(ids('Programme', (id) => !run.has(id)));
    // The seed frames some missions and leaves others open, so both kinds say something on it.
    expect(of('MISSION_WITHOUT_POLICY').length).toBeGreaterThan(0);
    expect(ids('Mission', (id) => framed.has(id)).length).toBeGreaterThan(0);
    const ii = gaps.find((g) => g.kind === 'MISSION_WITHOUT_POLICY')!;
    expect(ii.message).toBe('MISSION_WITHOUT_POLICY');
    expect(ii.severity).toBe('MEDIUM');
    expect(ii.title).toMatch(/^No policy frames /);
  });
});

// On Neo4j a fresh store wipes the worker's database, so this runs after the seeded app above has closed.
describeEachEngine('coverage counts INPUT_FOR (issue 12)', (engine) => {
  it('a key technology only INPUT_FOR a mission (no ADDRESSES) counts in its key technology column', async () => {
    const store = await openFreshStore(engine);
    try {
      const provenance = { sources: ['doc.txt#L1'], quotes: ['x'], confidence: 'literal' };
      await store.importGraph({
        nodes: [
          { id: 'mission-ii', labels: ['Mission'], properties: { name: 'Missie II', ...provenance } },
          { id: 'ket-x', labels: ['KeyTechnology'], properties: { name: 'X', ...provenance } },
        ],
        relationships: [{ type: 'INPUT_FOR', start: 'ket-x', end: 'mission-ii', properties: provenance }],
      });
      const { entries } = await store.coverage(['KeyTechnology']);
      expect(entries.map((e) => [e.missionId, e.members.map((m) => m.id)])).toEqual([['mission-ii', ['ket-x']]]);
    } finally {
      await store.close();
    }
  });
});
