// Short names for the KIES figure: the name where it fits its column, else an abbreviation, else the name cut.
import type { GraphModel, KNode } from '../graph/types';
import { displayName } from '../texts/node-names';
import type { Lang } from '../i18n/i18n';

export type Fits = (text: string) => boolean;

/**
 * The model as a figure in `lang` names it: each node's name is its display name (texts/node-names.ts). Where
 * that is the English name, the Dutch name joins the abbreviations, so "CTMM" still stands where "Center for
 * Translational Molecular Medicine" does not fit. The same model when nothing is renamed (Dutch, or no nameEn).
 */
export function namedIn(model: GraphModel, lang: Lang): GraphModel {
  let renamed = false;
  const nodes = new Map<string, KNode>();
  for (const [id, n] of model.nodes) {
    const name = displayName(n, lang);
    if (name === n.name) nodes.set(id, n);
    else {
      renamed = true;
      nodes.set(id, { ...n, name, aliases: [n.name, ...n.aliases] });
    }
  }
  return renamed ? { nodes, edges: model.edges } : model;
}

/** Without a canvas (unit tests): about 14 characters fit a column. */
export const fitsByLength: Fits = (text) => text.length <= 14;

/** "Missie IV: Mensen met dementie" -> "Mensen met dementie": the row title already says IV. */
export function missionShortName(node: Pick<KNode, 'name'>): string {
  const at = node.name.indexOf(': ');
  return at > 0 ? node.name.slice(at + 2) : node.name;
}

/**
 * The figure name of a node, or null when neither the name nor an abbreviation fits (the caller cuts the name).
 * Abbreviations are the node's code and aliases; the longest that fits says the most. NWA routes keep their
 * number in front ("17 PM"), as Figuur 5 numbers them.
 */
export function figureName(node: Pick<KNode, 'name' | 'code' | 'aliases' | 'labels'>, fits: Fits): string | null {
  const name = node.name.trim();
  if (fits(name)) return name;
  const shorter = [node.code ?? '', ...node.aliases]
    .map((a) => a.trim())
    .filter((a) => a.length >= 2 && a.length < name.length && !/^\d+$/.test(a));
  const route = node.labels[0] === 'NWARoute' && node.code && /^\d+$/.test(node.code) ? node.code : null;
  const candidates = route ? shorter.map((a) => `${route} ${a}`) : shorter;
  // Ordinal order on a tie: "Omgevingen" before "omgevingen".
  const fitting = candidates.filter(fits).sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return fitting[0] ?? (route && fits(`NWA ${route}`) ? `NWA ${route}` : null);
}

/** The full name for hover and zoomed-in labels: the name, and the full name where it says more. */
export function fullTitle(node: Pick<KNode, 'name' | 'fullName'>): string {
  const full = node.fullName?.trim();
  return full && full !== node.name && !node.name.includes(full) ? `${node.name} — ${full}` : node.name;
}

/**
 * Two lines for the zoomed-in figure: a long name wrapped over both at a word, else the name and what the full
 * name adds ("Building Blocks of Life" + "(MJP2)", "ABOARD" + "A Personalized Medicine…"). `cut` shortens one line.
 */
export function twoLines(node: Pick<KNode, 'name' | 'fullName'>, fits: Fits, cut: (text: string) => string): string {
  const name = node.name.trim();
  const full = node.fullName?.trim() ?? '';
  if (fits(name)) {
    const extra = full && full !== name ? (full.startsWith(name) ? full.slice(name.length).trim() : full) : '';
    return extra ? `${name}\n${cut(extra)}` : name;
  }
  const words = name.split(/\s+/);
  let first = words.shift()!;
  while (words.length && fits(`${first} ${words[0]}`)) first += ` ${words.shift()}`;
  return words.length ? `${cut(first)}\n${cut(words.join(' '))}` : cut(first);
}
