// The question interpreter as a pure function (no store, no server): tokens, stems, language, linking with confidence,
// ambiguity, refusals, and the question set's intents and entities with every seed node as a candidate.
import { describe, expect, it } from 'vitest';
import { foldText, LABELS, NODE_LABELS } from '@kies/schema';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { lookups, understand } from '../../server/src/domain/ask/ask.js';
import { stem, tokenise } from '../../server/src/domain/ask/text.js';
import { scoreNode } from '../../server/src/domain/ask/linking.js';
import { labelOfWord } from '../../server/src/domain/ask/vocabulary.js';
import { operationOf, queryInWords } from '../../server/src/domain/ask/words.js';
import { nameIn } from '../../server/src/domain/display-names.js';
import { QUESTIONS } from './questions.js';

const nodes = readSeedGraph().nodes;
const interpret = (q: string, lang: 'nl' | 'en' | null = null) => understand(lookups(q, lang).parsed, nodes);

describe('ask interpreter (pure)', () => {
  it('tokenises names with their joiners and folds accents', () => {
    expect(tokenise('Welke PPP’s dienen Health-RI, A&F en Health~Holland?').map((t) => t.text)).toEqual([
      'welke',
      'ppps',
      'dienen',
      'health-ri',
      'a&f',
      'en',
      'health~holland',
    ]);
    expect(tokenise('Sleuteltechnologieën').map((t) => t.text)).toEqual(['sleuteltechnologieen']);
  });

  it('stems plural and verb forms of both languages to one form', () => {
    expect(stem('ministeries')).toBe(stem('ministerie'));
    expect(stem('serves')).toBe(stem('serve'));
    expect(stem('dienen')).toBe(stem('dien'));
    expect(stem('ppps')).toBe('ppp');
  });

  it('takes its kind words from the label registry: every label has words in both languages, each word one label', () => {
    const owner = new Map<string, string>();
    for (const label of NODE_LABELS) {
      const { plural, words } = LABELS[label].ask;
      expect(plural.en && plural.nl, label).toBeTruthy();
      expect(words.en.length * words.nl.length, label).toBeGreaterThan(0);
      for (const word of [...words.en, ...words.nl].map(foldText)) {
        expect(owner.get(word) ?? label, `"${word}" in ${label} and ${owner.get(word)}`).toBe(label);
        owner.set(word, label);
        if (!word.includes(' ')) expect(labelOfWord(word), word).toBe(label);
      }
    }
    expect(labelOfWord('beleidsstukken')).toBe('Policy');
    expect(labelOfWord("thema's")).toBe('Theme');
    expect(interpret('Which key technologies address mission I?').interpretation.kinds).toEqual(['KeyTechnology']);
  });

  it('guesses the language from the words, and a given language wins', () => {
    expect(interpret("Welke PPP's dienen missie IV?").interpretation.lang).toBe('nl');
    expect(interpret('Which PPPs serve mission IV?').interpretation.lang).toBe('en');
    expect(interpret('Which PPPs serve mission IV?', 'nl').interpretation.lang).toBe('nl');
  });

  it('scores exact names 1, a typo lower, a fragment of a long name lower still', () => {
    const healthRi = nodes.find((n) => n.id === 'ppp-health-ri')!;
    const vws = nodes.find((n) => n.id === 'ministry-vws')!;
    expect(scoreNode('Health-RI', healthRi)).toMatchObject({ confidence: 1, matchedOn: 'name' });
    expect(scoreNode('health ri', healthRi)).toMatchObject({ confidence: 1 });
    expect(scoreNode('helth-ri', healthRi)?.matchedOn).toBe('typo');
    expect(scoreNode('helth-ri', healthRi)!.confidence).toBeLessThan(0.9);
    expect(scoreNode('volksgezondheid', vws)?.matchedOn).toBe('partial');
    expect(scoreNode('volksgezondheid', vws)!.confidence).toBeLessThan(0.8);
    expect(scoreNode('xyz', vws)).toBeNull();
  });

  it('an ambiguous name gives choices and no plan', () => {
    const { interpretation } = interpret('Wat is AI?');
    expect(interpretation.plan).toEqual({ op: 'none' });
    expect(interpretation.choices[0].candidates.map((c) => c.node.id)).toEqual(
      expect.arrayContaining(['ket-ai', 'programme-mjp-44']),
    );
    // How it was understood still reads as the question asked, with the mention for the name to choose.
    expect(queryInWords(interpretation, 'en')).toBe('Details of "ai", with its direct relations');
    const members = interpret('Who takes part in AI?').interpretation;
    expect(members.choices[0].candidates.map((c) => c.node.id)).toEqual(expect.arrayContaining(['ket-ai']));
    expect(queryInWords(members, 'en')).toBe('Who takes part in "ai" (partners, members, who runs it, initiators)');
  });

  it('the slot a name fills can settle it: a kind word next to the name picks the node of that kind', () => {
    const { interpretation } = interpret('What does the ministry of Economic Affairs steer?');
    expect(interpretation.entities.map((e) => e.node.id)).toEqual(['ministry-ezk']);
  });

  it('puts the typed query in words and as an API call', () => {
    const { interpretation } = interpret("Welke PPP's dienen missie IV?");
    expect(queryInWords(interpretation, 'nl')).toBe("PPP's gekoppeld aan Missie IV: Mensen met dementie");
    // In English a node is named by its English name (nameEn) where the seed gives one.
    expect(queryInWords(interpretation, 'en')).toBe('PPPs linked to Better perspectives for people with dementia');
    expect(operationOf(interpretation.plan)).toBe(
      'paths(from: "mission-iv", toLabels: [PPP], maxLength: 1, types: [ADDRESSES], limit: 200)',
    );
  });

  it("names nodes in the question's language while a choice is pending, and in suggestions; English names link back", () => {
    // "AI" waits for a choice; the mission its slot singles out is already named, in the question's language.
    const en = interpret('How is AI connected to mission IV?').interpretation;
    expect(en.choices.length).toBeGreaterThan(0);
    expect(queryInWords(en, 'en')).toBe(
      'Paths from "ai" to Better perspectives for people with dementia (up to 3 steps)',
    );
    expect(queryInWords(en, 'nl')).toBe('Paden van "ai" naar Missie IV: Mensen met dementie (tot 3 stappen)');
    // English suggestions name other nodes by their English name and a mission as "mission IV" (asked again as is).
    const suggested = interpret('Who are partners for TI-Pharma and mission IV?').suggestions.join(' | ');
    expect(suggested).toContain('Top Institute Pharma');
    expect(suggested).toContain('mission IV');
    expect(suggested).not.toContain('Missie IV');
    expect(interpret('Welke hiaten heeft missie IV?').suggestions.join(' | ')).toContain(
      'Missie IV: Mensen met dementie',
    );
    // A blank English name is no name: the (Dutch) name stands.
    const blank = { id: 'x', labels: [], properties: { name: 'Missie X', nameEn: '  ' } };
    expect([
      nameIn(blank, 'en'),
      nameIn({ ...blank, properties: { name: 'Missie X', nameEn: 'Mission X' } }, 'nl'),
    ]).toEqual(['Missie X', 'Missie X']);
    // A suggestion asks its question again: the English name it shows links to the same node.
    expect(interpret('What is Top Institute Pharma?').interpretation.entities.map((e) => e.node.id)).toEqual([
      'ppp-ti-pharma',
    ]);
    // Words two missions' English names share are a choice to make (they threw before: a null resolve).
    const shared = interpret('Which PPPs serve Better perspectives for people with dementia?').interpretation;
    expect(shared.choices[0].candidates.map((c) => c.node.id).sort()).toEqual(['mission-iii', 'mission-iv']);
  });

  it('refuses questions about something else, with suggestions naming what it did recognise', () => {
    const weather = interpret("What's the weather in Utrecht tomorrow?");
    expect(weather.interpretation.intent).toBe('NOT_UNDERSTOOD');
    expect(weather.suggestions.length).toBeGreaterThan(2);
    expect(interpret('Wat is Volksgezondheid?').suggestions.join(' ')).toContain('VWS');
  });

  it(`recognises the intent and entities of at least 95% of the ${QUESTIONS.length} questions`, () => {
    const misses = QUESTIONS.filter((c) => {
      const { interpretation: it } = interpret(c.q);
      const linked = it.entities.map((e) => e.node.id);
      return it.intent !== c.intent || linked.join() !== c.entities.join() || it.lang !== c.lang;
    });
    const accuracy = 1 - misses.length / QUESTIONS.length;
    console.log(
      `ask interpreter (pure): ${QUESTIONS.length - misses.length}/${QUESTIONS.length} = ${(accuracy * 100).toFixed(1)}%` +
        misses.map((m) => `\n  MISS "${m.q}"`).join(''),
    );
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
