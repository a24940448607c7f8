// Query.ask through the real GraphQL server over HTTP, on both engines: the question set's accuracy (at least 95%),
// evidence for every item and hop, choices instead of guesses, suggestions when not understood, and input limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError } from 'graphql-request';
import { startSeededApp, type SeededApp } from '../api/seeded-app.js';
import { searchTextOf } from '@kies/schema';
import { nodePageRequest } from '../../server/src/domain/node-lookups.js';
import { describeEachEngine } from '../engines.js';
import { QUESTIONS } from './questions.js';
import { problemsOf, report, type AnswerShape } from './score.js';

const ASK = `query Ask($q: String!, $lang: Language) { ask(question: $q, lang: $lang) {
  question language status summary count suggestions
  interpretation { intent query operation kinds entities { mention confidence matchedOn node { id name } } }
  items { node { id name } detail evidence { text relationship { type start end } provenance { quotes citations { file startLine quote } } } }
  paths { length nodes { id } hops { from { id } to { id } relationship { type provenance { quotes } } } }
  findings { kind subject { id } }
  choices { mention candidates { confidence node { id label } } }
} }`;

const allNodes = nodePageRequest(1);

interface Provenance {
  quotes: string[];
  citations: { file: string; startLine: number; quote: string }[];
}
/** The fields of an answer this test reads (as ASK selects them). */
interface Reply extends AnswerShape {
  summary: string;
  interpretation: AnswerShape['interpretation'] & {
    query: string;
    operation: string;
    entities: { mention: string; confidence: number; matchedOn: string; node: { id: string; name: string } }[];
  };
  items: {
    node: { id: string; name: string };
    detail: string | null;
    evidence: {
      text: string;
      relationship: { type: string; start: string; end: string } | null;
      provenance: Provenance;
    }[];
  }[];
  paths: {
    length: number;
    nodes: { id: string }[];
    hops: { relationship: { type: string; provenance: { quotes: string[] } } }[];
  }[];
  choices: { mention: string; candidates: { confidence: number; node: { id: string; label: string } }[] }[];
}

describeEachEngine('ask over HTTP', (engine) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(engine);
  });
  afterAll(async () => app?.close());
  const ask = async (q: string, lang?: string): Promise<Reply> =>
    (await app.client.request<{ ask: Reply }>(ASK, { q, lang })).ask;

  it(`understands at least 95% of the ${QUESTIONS.length} questions (intent, entities, key members)`, async () => {
    const results = [];
    for (const c of QUESTIONS) results.push({ c, problems: problemsOf(c, await ask(c.q)) });
    expect(report(`ask [${engine}]`, results)).toBeGreaterThanOrEqual(0.95);
  });

  describe('answers', () => {
    it('"Welke PPP\'s dienen missie IV?" says how it understood the question and quotes the source for every PPP', async () => {
      const a = await ask("Welke PPP's dienen missie IV?");
      expect(a.interpretation.query).toBe("PPP's gekoppeld aan Missie IV: Mensen met dementie");
      expect(a.interpretation.operation).toContain(
        'paths(from: "mission-iv", toLabels: [PPP], maxLength: 1, types: [ADDRESSES]',
      );
      expect(a.interpretation.entities[0]).toMatchObject({
        confidence: 1,
        matchedOn: 'mission number',
        node: { id: 'mission-iv' },
      });
      expect(a.items.length).toBeGreaterThan(10);
      for (const item of a.items) {
        expect(item.evidence.length).toBeGreaterThan(0);
        expect(item.evidence[0].relationship).toMatchObject({
          type: 'ADDRESSES',
          end: 'mission-iv',
          start: item.node.id,
        });
        expect(item.evidence[0].text).toContain('richt zich op Missie IV');
      }
      expect(a.items.some((i) => i.evidence.some((e) => e.provenance.quotes.length > 0))).toBe(true);
    });

    it('the same question in English gets English sentences; lang overrides the guess', async () => {
      expect((await ask('Which PPPs serve mission IV?')).interpretation.query).toBe(
        'PPPs linked to Better perspectives for people with dementia',
      );
      const forced = await ask('Which PPPs serve mission IV?', 'nl');
      expect(forced.language).toBe('nl');
      expect(forced.interpretation.query).toBe("PPP's gekoppeld aan Missie IV: Mensen met dementie");
    });

    it('in English, nodes are named by their English name (nameEn) in the interpretation, summary and evidence', async () => {
      const en = await ask('Which PPPs serve mission IV?', 'en');
      const english = 'Better perspectives for people with dementia';
      expect(en.interpretation.query).toContain(english);
      expect(en.summary).toMatch(new RegExp(`^PPPs linked to ${english}: \\d+ results\\.$`));
      for (const item of en.items) expect(item.evidence[0].text).toMatch(new RegExp(`addresses ${english}$`));
      // A node without an English name keeps its (Dutch) name: "Health-RI addresses ...".
      expect(en.items.map((i) => i.evidence[0].text)).toContain(`Health-RI addresses ${english}`);
      const details = await ask('What is mission IV?', 'en');
      expect(details.items[0]).toMatchObject({ node: { id: 'mission-iv' } });
      expect(details.items[0].evidence[0].text).toBe(`Source of ${english}`);
      expect(details.summary).toContain(`Details of ${english}`);
      for (const a of [en, details])
        expect(
          JSON.stringify([a.summary, a.interpretation.query, a.items.map((i) => i.evidence.map((e) => e.text))]),
        ).not.toContain('Missie IV');
      // The same questions in Dutch name the Dutch name.
      const nl = await ask("Welke PPP's dienen missie IV?", 'nl');
      expect(nl.summary).toMatch(/^PPP's gekoppeld aan Missie IV: Mensen met dementie: \d+ resultaten\.$/);
      expect(JSON.stringify(nl)).not.toContain(english);
      const wat = await ask('Wat is missie IV?', 'nl');
      expect(wat.items[0].evidence[0].text).toBe('Bron van Missie IV: Mensen met dementie');
      expect(wat.summary).toContain('Gegevens van Missie IV: Mensen met dementie');
    });

    it('a connection question returns paths whose every hop carries its relationship and evidence', async () => {
      const a = await ask('How is Health-RI connected to mission IV?');
      expect(a.paths.length).toBeGreaterThan(0);
      expect(a.paths[0]).toMatchObject({ length: 1, nodes: [{ id: 'ppp-health-ri' }, { id: 'mission-iv' }] });
      for (const path of a.paths) for (const hop of path.hops) expect(hop.relationship.type).toMatch(/^[A-Z_]+$/);
      expect(a.paths[0].hops[0].relationship.provenance.quotes.length).toBeGreaterThan(0);
    });

    it('"partners in X" lists who takes part in X, each with its membership and quote; "partners for X" suggests', async () => {
      const members = await ask('Who takes part in Hoofdzaken?');
      expect(members.interpretation).toMatchObject({
        intent: 'LINKED',
        query: 'Who takes part in Hoofdzaken (partners, members, who runs it, initiators)',
      });
      expect(members.items.map((i) => i.node.id)).toEqual(
        expect.arrayContaining(['org-hersenstichting', 'org-mind', 'org-nwo', 'org-zonmw', 'topsector-lsh']),
      );
      for (const item of members.items) {
        const [first] = item.evidence;
        expect(['PARTNER_IN', 'MEMBER_OF', 'RUNS', 'PART_OF', 'INITIATED_BY']).toContain(first.relationship?.type);
        // Members point at the partnership; an initiative points at whoever initiated it.
        const hub = first.relationship?.type === 'INITIATED_BY' ? first.relationship.start : first.relationship?.end;
        expect(hub).toBe('ppp-hoofdzaken');
        expect(first.provenance.quotes.length).toBeGreaterThan(0);
      }
      const none = await ask('Which organisations are partners in DEMPACT?');
      expect(none).toMatchObject({ status: 'NO_RESULT', items: [] });
      expect(none.summary).toBe(
        'Organisations taking part in DEMPACT (partner, member, runs it, initiator): nothing found in the graph.',
      );
      expect(none.suggestions.some((s) => s.includes('partners for DEMPACT'))).toBe(true);
      expect((await ask('Wie zouden partners voor DEMPACT kunnen zijn?')).interpretation.intent).toBe('PARTNERS');
    });

    it('a typo is linked with less than full confidence and says so', async () => {
      const a = await ask('What is Helth-RI?');
      expect(a.interpretation.entities[0]).toMatchObject({ node: { id: 'ppp-health-ri' }, matchedOn: 'typo' });
      expect(a.interpretation.entities[0].confidence).toBeLessThan(1);
      expect(a.items[0]).toMatchObject({ node: { id: 'ppp-health-ri' } });
      expect(a.items[0].evidence[0].provenance.citations[0].file).toMatch(/\.txt$/);
    });

    it('a typo in the first letters is found in the names search reads (store.searchNames), not by the index', async () => {
      const names = await app.store.searchNames();
      const healthRi = names.find((n) => n.id === 'ppp-health-ri');
      const [node] = await app.store.nodesById(['ppp-health-ri']);
      expect(healthRi?.names).toEqual(searchTextOf(node.properties).split(' | '));
      expect(names.length).toBe((await app.store.nodePage(allNodes)).totalCount);
      // "hleath" shares no three-letter beginning with "health": only the typo look-up over every name finds it.
      expect(await app.store.search('hle', null, 25)).toEqual([]);
      const a = await ask('Wat is Hleath-RI?');
      expect(a.interpretation.entities[0]).toMatchObject({ node: { id: 'ppp-health-ri' }, matchedOn: 'typo' });
    });

    it('an ambiguous name returns the choices, never a guess', async () => {
      const a = await ask('What is AI?');
      expect(a.status).toBe('AMBIGUOUS');
      expect(a.items).toEqual([]);
      const labels = a.choices[0].candidates.map((c) => c.node.label);
      expect(labels).toEqual(expect.arrayContaining(['KeyTechnology', 'Programme']));
      expect(a.summary).toContain('"ai"');
    });

    it('a question it does not understand is refused with suggestions in its language', async () => {
      const en = await ask('Tell me a joke');
      expect(en).toMatchObject({ status: 'NOT_UNDERSTOOD', items: [], paths: [], findings: [] });
      expect(en.suggestions.length).toBeGreaterThan(2);
      const nl = await ask('Wat is de hoofdstad van Frankrijk?');
      expect(nl.status).toBe('NOT_UNDERSTOOD');
      expect(
        nl.suggestions.some((s: string) => s.startsWith('Welke') || s.startsWith('Wat') || s.startsWith('Hoe')),
      ).toBe(true);
    });
  });

  describe('bad input', () => {
    const refused = async (q: string) => {
      const error = await app.client.request(ASK, { q }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ClientError);
      return (error as ClientError).response.errors![0];
    };
    it('a question over 300 characters is refused with a clear error', async () => {
      const e = await refused("Welke PPP's dienen missie IV? ".repeat(12));
      expect(e.message).toMatch(/question must be at most 300 characters/);
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    });
    it('a question without letters or digits is refused', async () => {
      expect((await refused('?!? ...')).message).toMatch(/at least one letter or digit/);
    });
  });
});
