// Pure Cypher for the embedded search index (store/indexed-search.ts): the texts every node is searched on.
import { BASE_LABEL } from '@kies/schema';
import type { Statement } from '../executor.js';

/** Every node's id, labels and the properties the ranked search compares (searchStatement), nothing else. */
export function searchDocumentsStatement(): Statement {
  return {
    cypher: `MATCH (n:${BASE_LABEL})
RETURN n.id AS id, labels(n) AS labels, n.searchText AS searchText, n.name AS name, n.target AS target, n.description AS description`,
    params: {},
  };
}
