// Question text for the ask interpreter: folding, tokens, Dutch/English stop words, a light stemmer, language guess.
import { foldText } from '@kies/schema';
import { DUTCH_MARKERS, ENGLISH_MARKERS, STOP_WORDS } from './word-lists.js';

export type AskLanguage = 'en' | 'nl';

export interface Token {
  /** Folded (lower-case, accent-free) as written, apostrophes kept ("ppp's"). */
  text: string;
  /** Stem for matching cue and label words (plural and verb endings off). */
  stem: string;
  /** Position in the question's token list. */
  index: number;
}

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

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/**
 * A light stemmer for both languages, enough to make plural/singular and verb forms meet ("ppps"/"ppp",
 * "ministeries"/"ministerie", "serves"/"serve", "dienen"/"dient"/"dien"). Short words and abbreviations stay as they are.
 */
export function stem(word: string): string {
  let w = word.replace(/'/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  const rules: [RegExp, string][] = [
    [/ies$/, 'ie'], // ministries -> ministrie (meets ministerie via the vocabulary), technologies -> technologie
    [/eren$/, 'er'],
    [/ingen$/, 'ing'],
    [/ssen$/, 's'],
    [/(.)\1en$/, '$1'],
    [/en$/, ''],
    [/es$/, 'e'],
    [/s$/, ''],
    [/ed$/, ''],
    [/ing$/, ''],
    [/t$/, ''],
  ];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(w) && w.replace(pattern, replacement).length >= 3) {
      w = w.replace(pattern, replacement);
      break;
    }
  }
  return w;
}

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
