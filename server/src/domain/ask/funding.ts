// Which way a funding question reads FUNDS and ACTS_VIA: "who funds Health-RI" (into it) or "what does VWS fund"
// (out of it); Dutch word order needs the verb's number ("Welke ministeries financieren X" vs "Welke PPP's financiert X").
import { cuesOfWord } from './cues.js';
import type { EntityLink } from './linking.js';
import type { ParsedQuestion } from './parse.js';

/** Passive forms: "Health-RI is funded" receives; "funded by VWS" names the funder. */
const PASSIVE = new Set(['funded', 'financed', 'gefinancierd', 'betaald', 'gestuurd', 'steered', 'sponsored']);
const AUXILIARY = new Set(['does', 'do', 'did']);
const ARTICLES = new Set(['the', 'de', 'het', 'een', 'a', 'an']);
const RESPONSIBLE = new Set(['responsible', 'verantwoordelijk']);

/** Whether the question asks who funds or steers the linked node ("who funds Health-RI") rather than what it funds. */
export function asksFunders(parsed: ParsedQuestion, link: EntityLink): boolean {
  const t = parsed.tokens;
  const at = Math.min(...link.tokenIndexes);
  if (t.some((x) => PASSIVE.has(x.text))) {
    let before = at - 1;
    while (before >= 0 && ARTICLES.has(t[before].text)) before--;
    return !['by', 'door'].includes(t[before]?.text ?? '');
  }
  const verb = t.findIndex((x) => cuesOfWord(x.text).includes('fund'));
  // "responsible for X" / "verantwoordelijk voor X" names the policy after the word: who is responsible for it is
  // asked; "What is OCW responsible for" names the ministry before it.
  if (verb >= 0 && RESPONSIBLE.has(t[verb].text)) return at > verb;
  if (verb < 0 || verb > at) return false;
  const first = t[0]?.text ?? '';
  if (first === 'who' || first === 'wie') return true;
  if (!['what', 'which', 'wat', 'welke', 'welk'].includes(first)) return false;
  // English: "Which ministries fund X" / "What funds X", but "What does X fund". Dutch puts the subject after the
  // verb either way: a plural verb agrees with the kind asked for ("Welke ministeries financieren X"), a singular
  // one with the name ("Wat financiert het Nationaal Groeifonds", "Welke PPP's financiert VWS").
  if (parsed.lang === 'en') return !t.some((x) => AUXILIARY.has(x.text));
  return t[verb].text.endsWith('en');
}
