// Texts for people over the real API: gap findings and partner reasons name nodes by name (never by id), carry the
// nodes they name as structured parts, tell colliding names apart, and cover every empty matrix cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from 'graphql-request';
import { defined, type Answer } from './answers.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';

let app: SeededApp;
let knownIds: Set<string>;
beforeAll(async () => {
  app = await startSeededApp();
  knownIds = new Set();
  let after: string | null = null;
  do {
    const page: Answer<'nodes'>['nodes'] = (
      await app.client.request<Answer<'nodes'>>(
        gql`
          query ($after: String) {
            nodes(first: 200, after: $after) {
              pageInfo {
                hasNextPage
                endCursor
              }
              edges {
                node {
                  id
                }
              }
            }
          }
        `,
        { after },
      )
    ).nodes;
    for (const e of page.edges) knownIds.add(e.node.id);
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
  } while (after);
});
afterAll(async () => app?.close());

/** The name the API's English sentences use: the English one where the sources give one, else the Dutch one. */
const english = (n: { name: string; nameEn?: string | null }) => n.nameEn?.trim() || n.name;

/** Known node ids a text shows (the id pattern of issue 19, kept only where it is a real id). */
export function idsIn(text: string, known: Set<string>): string[] {
  return [...text.matchAll(/\b[a-z]+-[a-z0-9-]+\b/g)].map((m) => m[0]).filter((w) => known.has(w));
}

const GAPS = gql`
  {
    gaps {
      id
      kind
      severity
      message
      title
      explanation
      dimension
      subject {
        id
        name
        nameEn
        label
      }
      through {
        id
        name
        nameEn
      }
      affected {
        id
        name
        nameEn
      }
      nodes {
        id
      }
      relationships {
        type
        start
        end
      }
    }
  }
`;

describe('texts for people name things by name', () => {
  it('the seed has the ids the check looks for (a check that cannot fail is no check)', () => {
    expect(knownIds.size).toBeGreaterThan(400);
    expect(idsIn('only through care-nds and mission-iv', knownIds)).toEqual(['care-nds', 'mission-iv']);
  });

  it('no gap title or explanation shows a node id; each names its subject by name', async () => {
    const { gaps } = await app.client.request<Answer<'gaps'>>(GAPS);
    expect(gaps.length).toBeGreaterThan(10);
    const leaks = gaps.flatMap((g) => idsIn(`${g.title} ${g.explanation}`, knownIds).map((id) => `${g.id}: ${id}`));
    expect(leaks).toEqual([]);
    for (const g of gaps) {
      expect(g.message).toBeTruthy();
      expect(`${g.title} ${g.explanation}`).toContain(english(defined(g.subject, `the subject of ${g.id}`)));
      if (g.through) expect(g.explanation).toContain(english(g.through));
      for (const a of g.affected) expect(g.explanation).toContain(english(a));
    }
    // English sentences name things in English where the sources do: "Better perspectives for people with
    // dementia", not "Missie IV: Mensen met dementie".
    const translated = gaps.filter((g) => g.subject?.nameEn && g.subject.nameEn !== g.subject.name);
    expect(translated.length).toBeGreaterThan(3);
    for (const g of translated) expect(`${g.title} ${g.explanation}`).not.toContain(g.subject!.name);
    // The single point of failure of the issue: PPPs that reach a mission only through a care agreement, by name.
    const cut = defined(
      gaps.find((g) => g.message === 'MISSION_REACHES_PPPS_ONLY_THROUGH'),
      'a MISSION_REACHES_PPPS_ONLY_THROUGH finding',
    );
    expect(cut.affected.length).toBeGreaterThan(0);
    expect(cut.nodes.map((n) => n.id)).toEqual([
      defined(cut.subject, 'its subject').id,
      defined(cut.through, 'what it runs through').id,
      ...cut.affected.map((a) => a.id),
    ]);
  });

  it('colliding names are told apart: the three AI programmes give three different titles', async () => {
    const { gaps } = await app.client.request<Answer<'gaps'>>(gql`
      {
        gaps(kinds: [UNSERVED_PROGRAMME, PROGRAMME_WITHOUT_MISSION]) {
          title
          subject {
            id
            name
          }
        }
      }
    `);
    const ai = gaps.filter((g) => g.subject?.name === 'AI');
    expect(ai.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ai.map((g) => g.title)).size).toBe(ai.length);
    expect(ai.map((g) => g.title).join(' ')).toMatch(/AI \(Programme MJP4\d\)/);
  });

  it('every empty cell of the coverage matrix has a finding that says so', async () => {
    const { missionCoverage } = await app.client.request<Answer<'missionCoverage'>>(gql`
      {
        missionCoverage {
          rows {
            mission {
              id
            }
            cells {
              dimension
              count
            }
          }
        }
      }
    `);
    const empty = missionCoverage.rows.flatMap((r) =>
      r.cells.filter((c) => c.count === 0).map((c) => `${r.mission.id}:${c.dimension}`),
    );
    expect(empty).toContain('mission-v:KEY_METHODOLOGY');
    const { gaps } = await app.client.request<Answer<'gaps'>>(gql`
      {
        gaps(kinds: [THIN_MISSION_CELL]) {
          message
          dimension
          subject {
            id
          }
        }
      }
    `);
    const said = new Set(
      gaps.filter((g) => g.message === 'MISSION_CELL_EMPTY').map((g) => `${g.subject?.id}:${g.dimension}`),
    );
    expect(empty.filter((cell: string) => !said.has(cell))).toEqual([]);
    expect(said.size).toBe(empty.length);
  });

  it('no partner reason shows a node id, for every organisation, PPP, NGF project, TKI and topsector', async () => {
    const subjects: string[] = [];
    let after: string | null = null;
    do {
      const page: Answer<'nodes'>['nodes'] = (
        await app.client.request<Answer<'nodes'>>(
          gql`
            query ($after: String) {
              nodes(labels: [Organisation, PPP, NGFProject, TKI, Topsector], first: 200, after: $after) {
                pageInfo {
                  hasNextPage
                  endCursor
                }
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `,
          { after },
        )
      ).nodes;
      subjects.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(subjects.length).toBeGreaterThan(250);
    const query = gql`
      query ($of: ID!) {
        partners(of: $of, limit: 10) {
          node {
            id
            name
          }
          reasons {
            kind
            explanation
            count
            via {
              id
              name
              nameEn
            }
          }
        }
      }
    `;
    const leaks: string[] = [];
    let reasons = 0;
    for (const of of subjects) {
      const { partners } = await app.client.request<Answer<'partners'>>(query, { of });
      for (const p of partners)
        for (const r of p.reasons) {
          reasons++;
          leaks.push(...idsIn(r.explanation, knownIds).map((id) => `${of} -> ${p.node.id}: ${id}`));
          for (const v of r.via) expect(r.explanation).toContain(english(v));
          if (r.kind !== 'COMPLEMENTARY_ROLE') expect(r.count).toBeGreaterThanOrEqual(r.via.length);
        }
    }
    expect(reasons).toBeGreaterThan(500);
    expect(leaks).toEqual([]);
  });

  it('Radboudumc and a TKI get reasoned partner suggestions', async () => {
    const query = gql`
      query ($of: ID!) {
        partners(of: $of) {
          node {
            id
            name
          }
          reasons {
            kind
            explanation
            via {
              name
            }
          }
        }
      }
    `;
    const radboud = (await app.client.request<Answer<'partners'>>(query, { of: 'org-radboudumc' })).partners;
    expect(radboud.map((p) => p.node.name)).toEqual(expect.arrayContaining(['Philips', 'Bristol University']));
    const philips = defined(
      radboud.find((p) => p.node.name === 'Philips'),
      'Philips among the partners',
    );
    expect(philips.reasons.map((r) => r.explanation).join(' ')).toMatch(/ziekte van Parkinson/);
    const tki = (
      await app.client.request<Answer<'nodes'>>(gql`
        {
          nodes(labels: [TKI], first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      `)
    ).nodes.edges[0].node.id;
    const tkiPartners = (await app.client.request<Answer<'partners'>>(query, { of: tki })).partners;
    expect(tkiPartners.length).toBeGreaterThan(0);
    expect(tkiPartners[0].reasons.length).toBeGreaterThan(0);
  });
});
