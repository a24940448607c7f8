// Search on the embedded store through the in-process index (search-index.ts), kept in step with the store's writes.
import { BASE_LABEL, type NodeLabel } from '@kies/schema';
import type { CypherExecutor, Row } from './executor.js';
import { nodesByIdStatement } from './cypher/query-cypher.js';
import { searchDocumentsStatement } from './cypher/search-index-cypher.js';
import { toNode } from './row-values.js';
import { SearchIndex, type IndexedNode } from './search-index.js';
import type { QueryStore } from './query-store.js';

// Named through the store interface: the domain types are being moved between modules (issue 18).
type SearchResult = Awaited<ReturnType<QueryStore['search']>>[number];

/**
 * The index answers for the write generation it was synced at (analysis-cache.ts counts writes; this process is the
 * store's only writer). After any write (curation, import, restore, clear) the next search first reconciles the
 * index with the store: one read of every node's search texts, and only changed nodes are re-indexed. A sync
 * started before a write is labelled with the generation from before it, so it never hides that write.
 */
export class IndexedSearch {
  readonly index = new SearchIndex();
  private synced = -1;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly executor: CypherExecutor,
    private readonly generation: () => number,
  ) {}

  /** Brings the index up to date with the store (called on open, and before every search after a write). */
  sync(): Promise<void> {
    if (this.synced === this.generation()) return Promise.resolve();
    // One sync loop at a time, so an older read can never be applied after a newer one.
    this.syncing ??= this.syncLoop().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async syncLoop(): Promise<void> {
    while (this.synced !== this.generation()) {
      const generation = this.generation();
      this.index.reconcile(toIndexed(await this.executor.read(searchDocumentsStatement())));
      this.synced = generation;
    }
  }

  /** Same contract as QueryStore.search: `text` folded, ranked as the scan ranks. */
  async search(text: string, labels: NodeLabel[] | null, first: number): Promise<SearchResult[]> {
    await this.sync();
    const tokens = text.split(/\s+/).filter(Boolean);
    const hits = this.index.search(text, tokens, labels, first);
    if (hits.length === 0) return [];
    const rows = await this.executor.read(nodesByIdStatement(hits.map((h) => h.id)));
    const nodes = new Map(rows.map((r) => toNode(r.node)).map((n) => [n.id, n]));
    // A node deleted since the sync is simply left out (the next search re-syncs).
    return hits.flatMap((h) => {
      const node = nodes.get(h.id);
      return node ? [{ node, score: h.score, matchedOn: h.matchedOn }] : [];
    });
  }
}

function toIndexed(rows: Row[]): IndexedNode[] {
  return rows.map((r) => ({
    id: String(r.id),
    labels: (r.labels as string[]).filter((l) => l !== BASE_LABEL),
    searchText: typeof r.searchText === 'string' ? r.searchText : '',
    name: typeof r.name === 'string' ? r.name : null,
    target: typeof r.target === 'string' ? r.target : null,
    description: typeof r.description === 'string' ? r.description : null,
  }));
}
