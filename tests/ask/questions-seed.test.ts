// The question set against the seed itself: every id it names exists, and each key member is linked to the question's
// entity the way the intent says (so the expected answers are the data's, not the interpreter's).
import { describe, expect, it } from 'vitest';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { QUESTIONS } from './questions.js';

const graph = readSeedGraph();
const ids = new Set(graph.nodes.map((n) => n.id));
const related = (a: string, b: string, types?: string[], forward = false) =>
  graph.relationships.some(
    (r) =>
      (!types || types.includes(r.type)) &&
      ((r.start === a && r.end === b) || (!forward && r.start === b && r.end === a)),
  );

describe('ask question set matches the seed', () => {
  it('is large enough: 80+ questions, half Dutch, 15+ typos or abbreviations, 10+ refusals', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(QUESTIONS.filter((c) => c.lang === 'nl').length).toBe(QUESTIONS.filter((c) => c.lang === 'en').length);
    expect(QUESTIONS.filter((c) => c.typo).length).toBeGreaterThanOrEqual(15);
    expect(QUESTIONS.filter((c) => c.intent === 'NOT_UNDERSTOOD').length).toBeGreaterThanOrEqual(10);
  });

  it('names only nodes of the seed', () => {
    for (const c of QUESTIONS)
      for (const id of [...c.entities, ...(c.members ?? [])]) expect(ids, `${c.q}: ${id}`).toContain(id);
  });

  it('each key member is linked to the entity as the intent says', () => {
    for (const c of QUESTIONS) {
      const [e] = c.entities;
      for (const m of c.members ?? []) {
        const why = `${c.q}: ${m}`;
        if (c.intent === 'SERVES_MISSION')
          expect(related(m, e, ['ADDRESSES', 'INPUT_FOR', 'FRAMES'], true), why).toBe(true);
        // What Y funds (Y -> m) or who funds Y (m -> Y): a FUNDS, ACTS_VIA or RESPONSIBLE_FOR between them either way.
        if (c.intent === 'FUNDS_STEERS')
          expect(related(e, m, ['FUNDS', 'ACTS_VIA', 'RESPONSIBLE_FOR']), why).toBe(true);
        if (c.intent === 'LINKED' || c.intent === 'NEIGHBOURHOOD') expect(related(e, m), why).toBe(true);
        if (c.intent === 'GAPS' && c.entities.length === 0 && m.startsWith('care-')) {
          const supporters = graph.relationships
            .filter((r) => r.type === 'SUPPORTS' && r.end === m)
            .map((r) => graph.nodes.find((n) => n.id === r.start)!);
          expect(
            supporters.filter((n) => n.labels.includes('PPP') || n.labels.includes('NGFProject')),
            why,
          ).toEqual([]);
        }
        if (c.intent === 'GAPS' && m.startsWith('ppp-')) {
          expect(
            graph.relationships.some((r) => r.type === 'ADDRESSES' && r.start === m),
            why,
          ).toBe(false);
        }
      }
    }
  });

  it("the counts are the seed's", () => {
    const count = (label: string) => graph.nodes.filter((n) => n.labels.includes(label as never)).length;
    const serving = (mission: string, label: string) =>
      graph.nodes.filter((n) => n.labels.includes(label as never) && related(n.id, mission, ['ADDRESSES'], true))
        .length;
    const byQuestion = Object.fromEntries(QUESTIONS.filter((c) => c.count !== undefined).map((c) => [c.q, c.count]));
    expect(byQuestion['How many PPPs are there?']).toBe(count('PPP'));
    expect(byQuestion['Hoeveel ministeries zijn er?']).toBe(count('Ministry'));
    expect(byQuestion['How many missions are there?']).toBe(count('Mission'));
    expect(byQuestion['How many PPPs serve mission IV?']).toBe(serving('mission-iv', 'PPP'));
    expect(byQuestion['Hoeveel NGF-projecten werken aan missie vier?']).toBe(serving('mission-iv', 'NGFProject'));
  });
});
