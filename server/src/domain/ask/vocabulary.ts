// The words the ask interpreter knows besides cues: kinds of nodes (from the label registry), mission numbers, English
// topics the Dutch graph names in Dutch, and filler words.
import { foldText, LABELS, NODE_LABELS, type NodeLabel } from '@kies/schema';
import { distance } from 'fastest-levenshtein';
import { stem } from './text.js';

// Kind words come from the label registry (LabelSpec.ask.words): a new label makes tsc ask for its words there.
const byStem = new Map<string, NodeLabel>();
const byWord = new Map<string, NodeLabel>();
/** Two-word kinds by the stems of their words ("key technologies", "growth fund", "care agreements"). */
export const LABEL_PHRASES: [string[], NodeLabel][] = [];
for (const label of NODE_LABELS) {
  const { en, nl } = LABELS[label].ask.words;
  for (const word of [...en, ...nl].map(foldText)) {
    const parts = word.split(' ');
    if (parts.length > 1) LABEL_PHRASES.push([parts.map(stem), label]);
    else {
      byWord.set(word, label);
      byStem.set(stem(word), label);
    }
  }
}

/** The kind of node a word names ("ppp's", "ministeries", "growth-fund"), or null. */
export function labelOfWord(word: string): NodeLabel | null {
  return byWord.get(word) ?? byStem.get(stem(word)) ?? null;
}

/** Roman and spelled-out mission numbers; "centrale"/"central" and "+5" name the central mission. */
export const MISSION_NUMBERS: Record<string, string> = {
  i: 'I',
  '1': 'I',
  een: 'I',
  one: 'I',
  eerste: 'I',
  first: 'I',
  ii: 'II',
  '2': 'II',
  twee: 'II',
  two: 'II',
  tweede: 'II',
  second: 'II',
  iii: 'III',
  '3': 'III',
  drie: 'III',
  three: 'III',
  derde: 'III',
  third: 'III',
  iv: 'IV',
  '4': 'IV',
  vier: 'IV',
  four: 'IV',
  vierde: 'IV',
  fourth: 'IV',
  v: 'V',
  '5': 'V',
  vijf: 'V',
  five: 'V',
  vijfde: 'V',
  fifth: 'V',
  centrale: 'CM',
  central: 'CM',
  cm: 'CM',
  '+5': 'CM',
};

/** English topic words the Dutch graph writes in Dutch: looked up as well as the word itself. */
const TOPIC_TRANSLATIONS: Record<string, string> = {
  dementia: 'dementie',
  prevention: 'preventie',
  lifestyle: 'leefstijl',
  'health threats': 'gezondheidsdreigingen',
  'chronic diseases': 'chronische ziekten',
  'chronic disease': 'chronische ziekten',
  chronic: 'chronische',
  threats: 'gezondheidsdreigingen',
  'right place': 'juiste plek',
  'health ministry': 'vws',
  'health data': 'gezondheidsdata',
  'artificial intelligence': 'artificial intelligence',
  'cyber security': 'cybersecurity',
  'pandemic preparedness': 'pandemische paraatheid',
  'national growth fund': 'nationaal groeifonds',
  'economic affairs': 'economische zaken',
  'mental health': 'mentale gezondheid',
  mental: 'mentale',
  'brain health': 'hersengezondheid',
  'healthy ageing': 'gezond ouder worden',
  infrastructure: 'infrastructuur',
  education: 'onderwijs',
  agriculture: 'landbouw',
};

/**
 * The Dutch for an English topic, also when written with a slip ("mental helth"): one edit in a topic of five
 * letters, two in one of ten.
 */
export function translationOf(text: string): { text: string; exact: boolean } | undefined {
  const exact = TOPIC_TRANSLATIONS[text];
  if (exact) return { text: exact, exact: true };
  if (text.length < 5) return undefined;
  const allowed = text.length >= 10 ? 2 : 1;
  const near = Object.keys(TOPIC_TRANSLATIONS).find(
    (k) => Math.abs(k.length - text.length) <= allowed && distance(k, text) <= allowed,
  );
  return near ? { text: TOPIC_TRANSLATIONS[near], exact: false } : undefined;
}

/** Words that carry no entity and no intent but are common in questions ("research", "onderzoek"): they are not "unknown". */
export const FILLER = new Set([
  'research',
  'onderzoek',
  'projects',
  'innovation',
  'innovatie',
  'health',
  'zorg',
  'care',
  'currently',
  'actually',
  'kind',
  'around',
  'rond',
  'rondom',
  'domain',
  'domein',
  'field',
  'gebied',
  'area',
  'ecosystem',
  'ecosysteem',
  'kies',
  'graph',
  'graaf',
  'data',
  'together',
  'samen',
  'directly',
  'indirectly',
  'indirect',
]);
