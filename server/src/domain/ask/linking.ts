// Entity linking: the mention runs of a question matched to graph nodes by name, abbreviation, alias or typo, with confidence.
import { distance } from 'fastest-levenshtein';
import type { GraphNode } from '../graph-data.js';
import type { MentionRun, ParsedQuestion } from './parse.js';
import { compact, isStopWord, normalise, stem, type Token } from './text.js';
import { labelOfWord, translationOf } from './vocabulary.js';

export type MatchKind = 'name' | 'abbreviation' | 'alias' | 'full name' | 'mission number' | 'typo' | 'partial';

export interface ScoredNode {
  node: GraphNode;
  /** 0..1: 1 an exact name, code or alias; ~0.85 one typo; 0.55-0.9 a name containing the mention. */
  confidence: number;
  matchedOn: MatchKind;
  /** The name, alias or code that matched. */
  matched: string;
}

export interface EntityLink {
  /** The words of the question that named it, as written there (folded). */
  mention: string;
  tokenIndexes: number[];
  /** Best first; more than one within the ambiguity band means the mention is ambiguous. */
  candidates: ScoredNode[];
  ambiguous: boolean;
}

/** Below this a match is not taken as a reference at all. */
const MIN_CONFIDENCE = 0.6;
/** Candidates this close to the best are real alternatives (the interpreter then asks instead of guessing). */
const AMBIGUITY_BAND = 0.1;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' && v !== '' ? [v] : [];

function fieldsOf(node: GraphNode): [string, MatchKind][] {
  const p = node.properties;
  return [
    ...strings(p.name).map((v): [string, MatchKind] => [v, 'name']),
    ...strings(p.code).map((v): [string, MatchKind] => [v, 'abbreviation']),
    ...strings(p.aliases).map((v): [string, MatchKind] => [v, 'alias']),
    ...strings(p.fullName).map((v): [string, MatchKind] => [v, 'full name']),
    ...strings(p.nameEn).map((v): [string, MatchKind] => [v, 'name']),
  ];
}

const words = (text: string): string[] =>
  normalise(text)
    .split(/[^a-z0-9&~+]+/)
    .filter((w) => w.length > 0 && !isStopWord(w));

function sameWord(a: string, b: string): boolean {
  if (a === b || stem(a) === stem(b)) return true;
  return a.length >= 6 && b.length >= 6 && distance(a, b) <= 1;
}

/** How well `span` names `node`: the best of its names, code and aliases; null when below MIN_CONFIDENCE. */
export function scoreNode(span: string, node: GraphNode): ScoredNode | null {
  const cs = compact(span);
  if (cs.length === 0) return null;
  let best: ScoredNode | null = null;
  const offer = (confidence: number, matchedOn: MatchKind, matched: string) => {
    if (confidence >= MIN_CONFIDENCE && (!best || confidence > best.confidence))
      best = { node, confidence, matchedOn, matched };
  };
  const spanWords = words(span);
  for (const [value, kind] of fieldsOf(node)) {
    const cv = compact(value);
    if (cv.length === 0) continue;
    if (cs === cv) {
      offer(kind === 'full name' ? 0.97 : 1, kind, value);
      continue;
    }
    // One typo in five letters, two in eight: "Helth-RI", "dementei", "Alzheimer Nederlnad".
    const allowed = cs.length >= 8 ? 2 : cs.length >= 5 ? 1 : 0;
    const d = allowed > 0 ? distance(cs, cv) : Infinity;
    if (d <= allowed) offer(0.9 - 0.05 * d, 'typo', value);
    // The mention is part of a longer name ("Volksgezondheid" in "Ministerie van Volksgezondheid, ..."): the more of the
    // name it covers, the surer. Short fragments are too weak to stand on.
    const valueWords = words(value);
    if (cs.length >= 4 && spanWords.length > 0 && spanWords.every((w) => valueWords.some((v) => sameWord(w, v)))) {
      offer(0.55 + 0.35 * Math.min(1, cs.length / cv.length), 'partial', value);
    }
  }
  return best;
}

const byConfidence = (a: ScoredNode, b: ScoredNode) =>
  b.confidence - a.confidence || a.node.id.localeCompare(b.node.id);

/** Scores every candidate for a span; kind words next to the span ("ministerie VWS") favour nodes of that kind. */
function scoreSpan(span: string, candidates: readonly GraphNode[], hints: ReadonlySet<string>): ScoredNode[] {
  const scored: ScoredNode[] = [];
  const translated = translationOf(span);
  for (const node of candidates) {
    let best = scoreNode(span, node);
    // A translation reached through a slip ("mental helth") is as sure as a typo, not an exact name.
    let viaTranslation = translated ? scoreNode(translated.text, node) : null;
    if (viaTranslation && !translated!.exact)
      viaTranslation = { ...viaTranslation, confidence: Math.min(viaTranslation.confidence, 0.85), matchedOn: 'typo' };
    if (viaTranslation && (!best || viaTranslation.confidence > best.confidence)) best = viaTranslation;
    if (!best) continue;
    if (node.labels.some((l) => hints.has(l))) best = { ...best, confidence: Math.min(1, best.confidence + 0.08) };
    scored.push(best);
  }
  return scored.sort(byConfidence);
}

function linkOf(mention: string, tokenIndexes: number[], scored: ScoredNode[]): EntityLink {
  const top = scored[0];
  const band = scored.filter((s) => s.confidence >= top.confidence - AMBIGUITY_BAND);
  // A partial match is never certain when another node also contains the words ("Utrecht": UMC or university?).
  const partialRivals =
    top.matchedOn === 'partial' ? scored.filter((s) => s.matchedOn === 'partial' || s.matchedOn === 'typo') : [];
  const candidates = (partialRivals.length > band.length ? partialRivals : band).slice(0, 8);
  return { mention, tokenIndexes, candidates, ambiguous: candidates.length > 1 };
}

function missionLink(run: MentionRun, candidates: readonly GraphNode[]): EntityLink | null {
  const mission = candidates.find(
    (n) => n.labels.includes('Mission') && String(n.properties.code ?? '').toUpperCase() === run.missionCode,
  );
  if (!mission) return null;
  const mention = run.tokens.map((t) => t.text).join(' ');
  return {
    mention,
    tokenIndexes: run.tokens.map((t) => t.index),
    ambiguous: false,
    candidates: [
      {
        node: mission,
        confidence: 1,
        matchedOn: 'mission number',
        matched: String(mission.properties.name ?? mission.id),
      },
    ],
  };
}

/**
 * Splits each run into the spans that name nodes, best spans first (longer spans win ties: "Nationaal Groeifonds"
 * over "Groeifonds"). Kind words alone ("PPPs", "NGF projects") link only by exact name, and only when nothing else in the question did.
 */
export function linkEntities(parsed: ParsedQuestion, candidates: readonly GraphNode[]): EntityLink[] {
  const links: EntityLink[] = [];
  const pending: Token[][] = [];
  for (const run of parsed.runs) {
    if (run.missionCode) {
      const link = missionLink(run, candidates);
      if (link) links.push(link);
    } else pending.push(run.tokens);
  }
  const hintsAround = (tokens: Token[], from: number, to: number): Set<string> => {
    const near = [parsed.tokens[tokens[from].index - 1], parsed.tokens[tokens[to - 1].index + 1]];
    return new Set(near.flatMap((t) => (t && labelOfWord(t.text) ? [labelOfWord(t.text)!] : [])));
  };
  const segment = (tokens: Token[], allowLoneKind: boolean) => {
    let best: { from: number; to: number; scored: ScoredNode[]; value: number } | null = null;
    for (let from = 0; from < tokens.length; from++) {
      for (let to = from + 1; to <= tokens.length && to - from <= 8; to++) {
        const part = tokens.slice(from, to);
        if (isStopWord(part[0].text) || isStopWord(part.at(-1)!.text)) continue;
        const loneKind = part.every((t) => labelOfWord(t.text) !== null);
        const scored = scoreSpan(part.map((t) => t.text).join(' '), candidates, hintsAround(tokens, from, to)).filter(
          (s) => !loneKind || (allowLoneKind && s.confidence >= 1),
        );
        if (scored.length === 0) continue;
        const value = scored[0].confidence * (1 + 0.1 * (to - from));
        if (!best || value > best.value) best = { from, to, scored, value };
      }
    }
    if (!best) return;
    const part = tokens.slice(best.from, best.to);
    links.push(
      linkOf(
        part.map((t) => t.text).join(' '),
        part.map((t) => t.index),
        best.scored,
      ),
    );
    segment(tokens.slice(0, best.from), allowLoneKind);
    segment(tokens.slice(best.to), allowLoneKind);
  };
  for (const tokens of pending) segment(tokens, false);
  if (links.length === 0) for (const tokens of pending) segment(tokens, true);
  return links.sort((a, b) => a.tokenIndexes[0] - b.tokenIndexes[0]);
}

/** What the resolver should look up so linking sees every plausible node: whole runs, their words, word beginnings. */
export function searchTexts(parsed: ParsedQuestion): string[] {
  const texts: string[] = [];
  const add = (t: string) => {
    const folded = normalise(t)
      .replace(/[^a-z0-9&~+' -]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (folded.length >= 2 && !texts.includes(folded)) texts.push(folded);
  };
  // A run of kind words only ("PPPs") names a node only when nothing else in the question does ("het Groeifonds"):
  // otherwise it is not looked up at all (a look-up that matches nothing well is the slowest kind).
  const kindsOnly = (run: MentionRun) => run.tokens.every((t) => isStopWord(t.text) || labelOfWord(t.text) !== null);
  const named = parsed.runs.some((r) => r.missionCode || !kindsOnly(r));
  for (const run of parsed.runs) {
    if (run.missionCode) {
      add(run.missionCode === 'CM' ? 'centrale missie' : `missie ${run.missionCode.toLowerCase()}`);
      continue;
    }
    if (kindsOnly(run) && (named || parsed.cues.has('count'))) continue;
    const content = run.tokens.filter((t) => !isStopWord(t.text));
    add(run.tokens.map((t) => t.text).join(' '));
    for (const t of content) {
      const word = translationOf(t.text);
      if (word) add(word.text);
      if (!labelOfWord(t.text) || content.length === 1) add(t.text);
    }
    for (let i = 0; i + 1 < content.length; i++) {
      const pair = `${content[i].text} ${content[i + 1].text}`;
      const topic = translationOf(pair);
      if (topic) add(topic.text);
    }
    // Word beginnings find names with a typo further on ("helth-ri" -> "hel", "dementei" -> "deme").
    for (const t of content)
      if (t.text.length >= 5 && !labelOfWord(t.text)) add(t.text.slice(0, t.text.length >= 7 ? 4 : 3));
  }
  return texts.slice(0, 14);
}

/** Words of the runs that linked to nothing and could be a misspelt name (not function, kind or filler words). */
export function unlinkedWords(parsed: ParsedQuestion, links: readonly EntityLink[]): string[] {
  const linked = new Set(links.flatMap((l) => l.tokenIndexes));
  return parsed.runs
    .flatMap((r) => r.tokens)
    .filter((t) => !linked.has(t.index) && !isStopWord(t.text) && !labelOfWord(t.text) && compact(t.text).length >= 4)
    .map((t) => t.text);
}
