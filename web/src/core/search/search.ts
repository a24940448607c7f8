// Local autocomplete over the loaded graph (instant), merged with the server's search results.
import { foldText, type NodeLabel } from '@kies/schema';
import type { KNode } from '../graph/types';
import type { Lang } from '../i18n/i18n';
import { displayName, dutchNameBeside } from '../texts/node-names';

export interface SearchResult {
  id: string;
  name: string;
  label: NodeLabel;
  detail: string | null;
  score: number;
}

/** Scores a node for a query: exact name/alias 100, prefix 80, contains 60, all words 40, none 0. Both the Dutch
 * and the English name match, whatever the interface language (as the server's searchText does). */
function scoreNode(node: Pick<KNode, 'name' | 'nameEn' | 'fullName' | 'aliases' | 'code'>, query: string): number {
  const q = foldText(query.trim());
  if (!q) return 0;
  const names = [node.name, node.nameEn, node.fullName, node.code, ...node.aliases]
    .filter((s): s is string => !!s)
    .map(foldText);
  if (names.some((n) => n === q)) return 100;
  if (names.some((n) => n.startsWith(q))) return 80;
  if (names.some((n) => n.includes(q))) return 60;
  const words = q.split(/\s+/);
  const all = names.join(' ');
  return words.every((w) => all.includes(w)) ? 40 : 0;
}

/** A hit as the list shows it: the display name, and below it the Dutch name where that is another one. */
export function searchResult(
  n: Pick<KNode, 'id' | 'name' | 'nameEn' | 'fullName'> & { label: NodeLabel },
  score: number,
  lang: Lang,
): SearchResult {
  return {
    id: n.id,
    name: displayName(n, lang),
    label: n.label,
    detail: dutchNameBeside(n, lang) ?? n.fullName,
    score,
  };
}

export function searchLocal(nodes: Iterable<KNode>, query: string, limit = 10, lang: Lang = 'nl'): SearchResult[] {
  const out: SearchResult[] = [];
  for (const n of nodes) {
    const score = scoreNode(n, query);
    if (score > 0) out.push(searchResult({ ...n, label: n.labels[0]! }, score, lang));
  }
  return out
    .sort((a, b) => b.score - a.score || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** Union by id, best score kept, best first. */
export function mergeResults(a: SearchResult[], b: SearchResult[], limit = 10): SearchResult[] {
  const byId = new Map<string, SearchResult>();
  for (const r of [...a, ...b]) {
    const prev = byId.get(r.id);
    if (!prev || r.score > prev.score) byId.set(r.id, r);
  }
  return [...byId.values()].sort((x, y) => y.score - x.score || x.name.localeCompare(y.name)).slice(0, limit);
}
