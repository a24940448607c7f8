// Question text for the ask interpreter: folding, tokens, Dutch/English stop words, a light stemmer, language guess.
import { foldText } from '@kies/schema';

export type AskLanguage = 'en' | 'nl';

export interface Token {
  /** Folded (lower-case, accent-free) as written, apostrophes kept ("ppp's"). */
  text: string;
  /** Stem for matching cue and label words (plural and verb endings off). */
  stem: string;
  /** Position in the question's token list. */
  index: number;
}

// Function words of both languages that never name an entity or an intent on their own. Short words that are also
// abbreviations in the graph (AI, OM, PP, GD, CI) are deliberately absent.
const STOP = new Set([
  // English
  'a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been',
  'does', 'do', 'did', 'which', 'what', 'whats', "what's", 'who', 'whom', 'whose', 'how', 'there', 'that', 'this', 'these',
  'those', 'it', 'its', 'me', 'my', 'i', 'you', 'we', 'our', 'they', 'their', 'from', 'about', 'into', 'as', 'all', 'any',
  'some', 'can', 'could', 'would', 'should', 'will', 'please', 'tell', 'show', 'list', 'give', 'name', 'find', 'between',
  'via', 'through', 'under', 'also', 'currently', 'still', 'exactly', 'directly', 'most', 'each', 'every', 'other', 'than',
  'then', 'so', 'if', 'not', 'no', 'have', 'has', 'had', 'one', 'ones', 'many', 'much', 'them', 'kind', 'kinds', 'type',
  'types', 'exist', 'existing', 'named', 'called', 'know', 'want', 'like', 'get',
  // Dutch
  'de', 'het', 'een', 'van', 'voor', 'op', 'aan', 'bij', 'met', 'en', 'of', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden',
  'werd', 'welke', 'welk', 'wat', 'wie', 'hoe', 'er', 'die', 'dat', 'deze', 'dit', 'door', 'naar', 'uit', 'om', 'te', 'ook',
  'nog', 'al', 'alle', 'allemaal', 'mij', 'me', 'ik', 'je', 'jij', 'u', 'we', 'wij', 'zij', 'ze', 'hun', 'hem', 'haar',
  'geef', 'toon', 'laat', 'zien', 'noem', 'kun', 'kunt', 'kan', 'kunnen', 'zou', 'zouden', 'wil', 'graag', 'a.u.b.', 'aub',
  'tussen', 'via', 'onder', 'over', 'binnen', 'momenteel', 'precies', 'direct', 'rechtstreeks', 'dan', 'als', 'heeft',
  'hebben', 'had', 'zich', 'daar', 'hier', 'waar', 'waarin', 'waarbij', 'waaraan', 'eigenlijk', 'er', 'soort', 'soorten',
  'bestaan', 'bestaat', 'vertel', 'doet', 'doen', 'up', 'genaamd', 'heet', 'heten', 'weet', 'weten', 'vind', 'vinden', 'lijst', 'overzicht', 'mee', 'aanwezig',
]);

/** Folds accents and case, turns typographic quotes into ', and keeps the characters names are made of. */
export function normalise(question: string): string {
  return foldText(question)
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as written: letters, digits and the joiners names use (Health-RI, A&F, Health~Holland, +5, ppp's). */
export function tokenise(question: string): Token[] {
  const words = normalise(question).match(/[+]?[a-z0-9][a-z0-9&~'\-./]*/g) ?? [];
  return words
    .map((w) => w.replace(/['\-./]+$/, '').replace(/'s$/, 's'))
    .filter((w) => w.length > 0)
    .map((text, index) => ({ text, stem: stem(text), index }));
}

export const isStopWord = (word: string): boolean => STOP.has(word);

/**
 * A light stemmer for both languages, enough to make plural/singular and verb forms meet ("ppps"/"ppp",
 * "ministeries"/"ministerie", "serves"/"serve", "dienen"/"dient"/"dien"). Short words and abbreviations stay as they are.
 */
export function stem(word: string): string {
  let w = word.replace(/'/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, 'ie'], // ministries -> ministrie (meets ministerie via the vocabulary), technologies -> technologie
    [/eren$/, 'er'], [/ingen$/, 'ing'], [/ssen$/, 's'], [/(.)\1en$/, '$1'], [/en$/, ''], [/es$/, 'e'], [/s$/, ''],
    [/ed$/, ''], [/ing$/, ''], [/t$/, ''],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(w) && w.replace(pattern, replacement).length >= 3) {
      w = w.replace(pattern, replacement);
      break;
    }
  }
  return w;
}

const DUTCH_MARKERS = new Set(['welke', 'welk', 'wat', 'wie', 'hoe', 'hoeveel', 'zijn', 'het', 'de', 'een', 'van', 'met', 'aan',
  'voor', 'er', 'dienen', 'werken', 'verbonden', 'waarom', 'missie', 'ministerie', 'doet', 'financiert', 'zit', 'heeft', 'toon', 'alle',
  'geef', 'noem', 'zoek', 'hebben', 'wordt', 'worden', 'niets', 'geen', 'bij', 'naar', 'tussen', 'waar', 'hiaten', 'missies',
  'ministeries', 'topsectoren', 'zorgakkoorden', 'welke', 'zijn', 'samen']);
const ENGLISH_MARKERS = new Set(['which', 'what', 'who', 'how', 'many', 'are', 'the', 'of', 'with', 'to', 'for', 'there',
  'serve', 'serves', 'work', 'works', 'connected', 'why', 'mission', 'ministry', 'does', 'fund', 'funds', 'gaps', 'address', 'show',
  'all', 'give', 'list', 'search', 'have', 'has', 'by', 'nothing', 'no', 'between', 'where', 'tell', 'about', 'me', 'missions',
  'ministries', 'topsectors', 'technologies', 'in', 'and']);

/** Dutch or English, by marker words; ties go to `fallback`. */
export function guessLanguage(tokens: readonly Token[], fallback: AskLanguage): AskLanguage {
  let nl = 0;
  let en = 0;
  for (const { text } of tokens) {
    if (DUTCH_MARKERS.has(text)) nl++;
    if (ENGLISH_MARKERS.has(text)) en++;
  }
  return nl > en ? 'nl' : en > nl ? 'en' : fallback;
}

/** Letters and digits only: "Health-RI", "health ri" and "HealthRI" compare equal. */
export const compact = (text: string): string => normalise(text).replace(/[^a-z0-9+]/g, '');
