// What a question's words fill in: the kinds it asks for (kind words that are not part of a name) and which of an
// ambiguous name's candidates fits the slot it stands in.
import type { NodeLabel } from '@kies/schema';
import type { EntityLink, ScoredNode } from './linking.js';
import type { LabelWord, ParsedQuestion } from './parse.js';

const LINKING_WORDS = new Set(['of', 'van', 'the', 'de', 'het', 'der']);

/** Kind words not used as part of a name nor as a hint right next to one ("ministerie VWS"): what the question asks for. */
export function askedKinds(parsed: ParsedQuestion, links: readonly EntityLink[]): NodeLabel[] {
  const inLinks = new Set(links.flatMap((l) => l.tokenIndexes));
  // The word right before or after a name, over function words ("the ministry of Economic Affairs"), names its kind.
  const step = (from: number, by: number) => {
    let i = from + by;
    while (parsed.tokens[i] && LINKING_WORDS.has(parsed.tokens[i].text)) i += by;
    return i;
  };
  // A kind word at a name's edge is a hint only when the name is of that kind ("ministerie VWS"); "projecten van het
  // Groeifonds" asks for projects, the fund is another node.
  const edges = new Map<number, EntityLink[]>();
  for (const l of links) {
    for (const at of [step(Math.min(...l.tokenIndexes), -1), step(Math.max(...l.tokenIndexes), 1)])
      edges.set(at, [...(edges.get(at) ?? []), l]);
  }
  const hints = (word: LabelWord) =>
    word.indexes.length === 1 &&
    (edges.get(word.indexes[0]) ?? []).some((l) => l.candidates.some((c) => c.node.labels.includes(word.label)));
  const kinds: NodeLabel[] = [];
  for (const word of parsed.labels) {
    if (word.indexes.some((i) => inLinks.has(i))) continue;
    if (hints(word) && (kinds.length > 0 || parsed.labels.length === 1)) continue;
    if (!kinds.includes(word.label)) kinds.push(word.label);
  }
  return kinds;
}

/** Picks one candidate where the slot's expected kinds single it out; otherwise the link stays a choice to make. */
export function resolve(link: EntityLink, prefer: readonly NodeLabel[]): ScoredNode | null {
  if (!link.ambiguous) return link.candidates[0];
  const fitting = link.candidates.filter((c) => c.node.labels.some((l) => prefer.includes(l)));
  return fitting.length === 1 ? fitting[0] : null;
}
