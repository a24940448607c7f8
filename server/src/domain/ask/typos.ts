// Names with typos the search index cannot find ("Helth-RI"): every node's names, as the store's search reads them
// (NodeNames: the stored searchText), in compact form, and the nodes one or two typos away from a question's words.
import { distance } from 'fastest-levenshtein';
import { stringInterner } from '../interning.js';
import type { NodeNames } from '../node-lookups.js';
import { compact } from './text.js';

/** A node's names in compact form (whole names and their words), prepared once for typo look-ups. */
export interface LexiconEntry {
  id: string;
  forms: string[];
}

export function lexiconEntries(nodes: readonly NodeNames[]): LexiconEntry[] {
  // Name words recur across thousands of nodes ("universiteit", "organisation"): one string per distinct form is
  // kept (the lexicon lives for minutes beside the store; at 100k nodes the copies were most of it).
  const shared = stringInterner();
  return nodes.map(({ id, names }) => ({
    id,
    forms: [
      ...new Set(
        names.flatMap((name) => [compact(name), ...name.split(/\s+/).map(compact)]).filter((f) => f.length >= 3),
      ),
    ].map(shared),
  }));
}

/** Ids of the nodes with a name or name word one or two typos away from one of `words`: what a typo may mean. */
export function typoCandidates(words: readonly string[], lexicon: readonly LexiconEntry[]): string[] {
  const targets = words.map(compact).filter((w) => w.length >= 4);
  if (targets.length === 0) return [];
  // Lengths first: most names are too long or too short to be one or two typos away, and that costs nothing to see.
  return lexicon
    .filter(({ forms }) =>
      forms.some((f) =>
        targets.some((w) => {
          const allowed = w.length >= 8 ? 2 : 1;
          return Math.abs(f.length - w.length) <= allowed && distance(f, w) <= allowed;
        }),
      ),
    )
    .map((e) => e.id);
}
