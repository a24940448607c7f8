// Loader of the search box's server hits: the operation, its variables and the hits as search results.
import type { SearchQuery } from '../api/generated/operations';
import type { Lang } from '../i18n/i18n';
import { searchResult, type SearchResult } from './search';

export { SearchDocument } from '../api/generated/operations';

/** How many hits the box lists (local and server hits merged). */
export const SEARCH_HITS = 12;

/** Nothing to ask for blank text. */
export const searchVariables = (text: string) => (text.trim() ? { text, first: SEARCH_HITS } : null);

export function remoteResults(data: SearchQuery, lang: Lang = 'nl'): SearchResult[] {
  return data.search.map((h) =>
    searchResult({ ...h.node, label: h.node.label ?? h.node.labels[0] ?? '' }, h.score, lang),
  );
}
