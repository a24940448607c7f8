// First step of the ask interpreter: a question becomes cues (how it asks), kinds of nodes, and mention runs to link.
import type { NodeLabel } from '@kies/schema';
import { distance } from 'fastest-levenshtein';
import { guessLanguage, isStopWord, stem, tokenise, type AskLanguage, type Token } from './text.js';
import { CUE_PAIRS, cuesOfWord, type IntentCue } from './cues.js';
import { FILLER, LABEL_PHRASES, labelOfWord, MISSION_NUMBERS } from './vocabulary.js';

/** A stretch of the question that may name one or more graph nodes. */
export interface MentionRun {
  tokens: Token[];
  /** Set for a recognised mission reference ("missie 4", "mission IV", "M4"): its code. */
  missionCode: string | null;
}

export interface LabelWord {
  label: NodeLabel;
  /** Token positions the kind was named with. */
  indexes: number[];
}

export interface ParsedQuestion {
  question: string;
  lang: AskLanguage;
  tokens: Token[];
  cues: Set<IntentCue>;
  labels: LabelWord[];
  runs: MentionRun[];
}

const MISSION_TOKEN = /^(?:missie|mission|m)[-]?(i{1,3}|iv|v|[1-5])$/;
const MISSION_WORDS = ['missie', 'mission', 'missies', 'missions'];
/** "missie", "mision", "misie", "missoin": one slip away from a mission word. */
const isMissionWord = (w: string) =>
  MISSION_WORDS.includes(w) || (w.length >= 5 && MISSION_WORDS.some((m) => distance(w, m) <= 1));

/** Tokens, cues, kinds and mention runs of a question; `lang` null means: guess from the words. */
export function parseQuestion(question: string, lang: AskLanguage | null): ParsedQuestion {
  const tokens = tokenise(question);
  const used = new Set<number>();
  const cues = new Set<IntentCue>();
  const labels: LabelWord[] = [];
  const runs: MentionRun[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i].text;
    const b = tokens[i + 1]?.text ?? '';
    for (const [x, y, cue] of CUE_PAIRS) {
      if (a === x && (y === '' || b === y || (y === 'about' && tokens.slice(i + 1).some((t) => t.text === 'about'))))
        cues.add(cue);
    }
  }

  // "hangt samen met" is how things relate, not who works together.
  if (tokens.some((t) => t.text === 'hangt' || t.text === 'hangen')) {
    cues.delete('partner');
    cues.add('connect');
  }

  // Missions first: "missie IV", "mission 4", "de vierde missie", "M4", "centrale missie" are references, not kinds.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = MISSION_TOKEN.exec(t.text);
    if (joined) {
      runs.push({ tokens: [t], missionCode: MISSION_NUMBERS[joined[1]] });
      used.add(i);
      continue;
    }
    if (!isMissionWord(t.text)) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const code =
      (next && MISSION_NUMBERS[next.text.replace(/[.:]$/, '')]) ??
      (prev && /(e|de|st|nd|rd|th|centrale|central)$/.test(prev.text) ? MISSION_NUMBERS[prev.text] : undefined);
    if (!code) continue;
    const at = next && MISSION_NUMBERS[next.text.replace(/[.:]$/, '')] ? i + 1 : i - 1;
    runs.push({ tokens: [t, tokens[at]].sort((x, y) => x.index - y.index), missionCode: code });
    used.add(i).add(at);
  }
  if (tokens.some((t, i) => t.text === '+5' && !used.has(i))) {
    const i = tokens.findIndex((t) => t.text === '+5');
    runs.push({ tokens: [tokens[i]], missionCode: 'CM' });
    used.add(i);
    const after = tokens[i + 1];
    if (after && /^-?30$/.test(after.text)) used.add(i + 1);
  }

  // Two-word kinds, then cue words (a word can be both a kind and part of a name: kinds stay in the runs below).
  for (let i = 0; i < tokens.length - 1; i++) {
    if (used.has(i) || used.has(i + 1)) continue;
    const phrase = LABEL_PHRASES.find(([[x, y]]) => stem(tokens[i].text) === x && stem(tokens[i + 1].text) === y);
    if (!phrase) continue;
    labels.push({ label: phrase[1], indexes: [i, i + 1] });
    used.add(i).add(i + 1);
  }
  const cueAt = new Set<number>();
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    const found = cuesOfWord(t.text);
    for (const cue of found) cues.add(cue);
    if (found.length > 0 && !labelOfWord(t.text)) cueAt.add(i);
  });
  tokens.forEach((t, i) => {
    if (used.has(i)) return;
    const label = labelOfWord(t.text);
    if (label) labels.push({ label, indexes: [i] });
  });

  // Mention runs: stretches of words that are neither function words nor cue words (kind words stay: "Nationaal
  // Groeifonds" is an instrument's name; the linker decides whether a kind word was part of a name).
  let current: Token[] = [];
  const flush = () => {
    if (current.length > 0) runs.push({ tokens: current, missionCode: null });
    current = [];
  };
  tokens.forEach((t, i) => {
    const joiner =
      (t.text === '&' || t.text === 'en' || t.text === 'and' || t.text === 'van' || t.text === 'of') &&
      current.length > 0;
    if (used.has(i) || cueAt.has(i) || (isStopWord(t.text) && !joiner)) return flush();
    current.push(t);
  });
  flush();
  // A trailing joiner ("Health-RI en") is no part of a name.
  for (const run of runs) while (run.tokens.length > 1 && isStopWord(run.tokens.at(-1)!.text)) run.tokens.pop();
  runs.sort((x, y) => x.tokens[0].index - y.tokens[0].index);
  // Kinds in the order the question names them ("which missions lack key methodologies": missions first).
  labels.sort((x, y) => x.indexes[0] - y.indexes[0]);
  return { question, lang: lang ?? guessLanguage(tokens, 'en'), tokens, cues, labels, runs };
}

/** Content words: those that are not function words (they should all be explained by cues, kinds or entities). */
export const contentTokens = (parsed: ParsedQuestion): Token[] =>
  parsed.tokens.filter((t) => !isStopWord(t.text) && !FILLER.has(t.text));
