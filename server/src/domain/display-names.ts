// Names for sentences: a node's name in the reader's language, told apart (kind, code or full name) where several
// nodes share it.
import { foldText, LABEL_NAMES, NODE_LABELS, type NodeLabel } from '@kies/schema';
import type { GraphNode } from './graph-data.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

const plainName = (n: GraphNode): string => str(n.properties.name) ?? n.id;

/**
 * A node's name in `lang`: in English its English name (nameEn) where the sources give one, else its (Dutch) name, as
 * the web client's displayName names it; never a made-up translation.
 */
export function nameIn(n: GraphNode, lang: 'en' | 'nl'): string {
  return (lang === 'en' ? str(n.properties.nameEn)?.trim() : null) ?? plainName(n);
}

function primary(n: GraphNode): NodeLabel | null {
  return [...n.labels].sort((a, b) => NODE_LABELS.indexOf(a) - NODE_LABELS.indexOf(b))[0] ?? null;
}

/** The name the API's English sentences use (gap findings, partner reasons): nameIn(n, 'en'). */
const englishName = (n: GraphNode): string => nameIn(n, 'en');

/** "AI (Programme MJP44)": the kind, plus the code or the full name when it says more than the name. */
function qualifiedName(n: GraphNode): string {
  const name = englishName(n);
  const label = primary(n);
  const kind = label ? LABEL_NAMES[label].en : null;
  const code = str(n.properties.code);
  const full = str(n.properties.fullName);
  const extra =
    code && foldText(code) !== foldText(name) ? code : full && foldText(full) !== foldText(name) ? full : null;
  const parts = [kind, extra].filter(Boolean).join(' ');
  return parts ? `${name} (${parts})` : name;
}

/**
 * A namer over `nodes` for English sentences: English names where the sources give one (else the Dutch name), qualified
 * where two or more of them share a name.
 */
export function distinctNamer(nodes: Iterable<GraphNode>): (n: GraphNode) => string {
  // The first id per folded name, and the names a second id shares (no set per name: ~90k nodes at 100k).
  const first = new Map<string, string>();
  const shared = new Set<string>();
  for (const n of nodes) {
    const key = foldText(englishName(n));
    const seen = first.get(key);
    if (seen === undefined) first.set(key, n.id);
    else if (seen !== n.id) shared.add(key);
  }
  // Remembered per node: a node is named in several findings (the gap analysis names ~30k nodes per call at 100k).
  const done = new Map<GraphNode, string>();
  return (n) => {
    let name = done.get(n);
    if (name === undefined) {
      name = shared.has(foldText(englishName(n))) ? qualifiedName(n) : englishName(n);
      done.set(n, name);
    }
    return name;
  };
}
