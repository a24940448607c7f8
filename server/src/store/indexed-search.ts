// Search on the embedded store through the in-process index (search-index.ts), kept in step with the store's writes.
import { BASE_LABEL, type NodeLabel } from '@kies/schema';
import type { GraphNode } from '../domain/graph-data.js';
import type { CypherExecutor, Row } from './executor.js';
import { nodesByIdStatement } from './cypher/query-cypher.js';
import { searchDocumentsStatement } from './cypher/search-index-cypher.js';
import { pickProperties, toNode } from './row-values.js';
import { SearchIndex, type IndexedNode } from './search-index.js';
import type { QueryStore } from './query-store.js';

// Named through the store interface: the domain types are being moved between modules (issue 18).
type SearchResult = Awaited<ReturnType<QueryStore['search']>>[number];

/**
 * The hit nodes kept between searches, per write generation: reading 20 nodes back costs one statement (0.15-0.4 ms,
 * 10-50x the index's own look-up), and a search box asks for the same top hits keystroke after keystroke. Bounded,
 * so the heap does not hold a second copy of the graph (keeping every node in the index: +83 MB heap at 100k).
 */
const KEPT_NODES = 2000;

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
  /** Hit nodes as read at write generation `keptAt` (frozen: handed out as they are), least recently used first. */
  private kept = new Map<string, GraphNode>();
  private keptAt = -1;
  private readonly keep: number;
  private readonly light: LightNodes;

  constructor(
    private readonly executor: CypherExecutor,
    private readonly generation: () => number,
    {
      keep = KEPT_NODES,
      light = () => undefined,
    }: {
      /** How many hit nodes are kept (tests make it small to see eviction). */
      keep?: number;
      /** Hit nodes with only some properties, from what the store keeps in memory (kept-rows.ts), when it can. */
      light?: LightNodes;
    } = {},
  ) {
    this.keep = keep;
    this.light = light;
  }

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

  /** Same contract as QueryStore.search: `text` folded, ranked as the scan ranks; `properties` as there. */
  async search(
    text: string,
    labels: NodeLabel[] | null,
    first: number,
    properties: readonly string[] | null = null,
  ): Promise<SearchResult[]> {
    await this.sync();
    const tokens = text.split(/\s+/).filter(Boolean);
    const hits = this.index.search(text, tokens, labels, first);
    if (hits.length === 0) return [];
    const ids = hits.map((h) => h.id);
    const nodes =
      (properties === null ? undefined : this.light(ids, properties)) ?? cut(await this.nodes(ids), properties);
    // A node deleted since the sync is simply left out (the next search re-syncs).
    return hits.flatMap((h) => {
      const node = nodes.get(h.id);
      return node ? [{ node, score: h.score, matchedOn: h.matchedOn }] : [];
    });
  }

  /** The nodes as stored now: kept ones from this write generation, the others read in one statement and kept. */
  private async nodes(ids: string[]): Promise<Map<string, GraphNode>> {
    const generation = this.generation();
    if (this.keptAt !== generation) {
      this.kept.clear();
      this.keptAt = generation;
    }
    const found = new Map<string, GraphNode>();
    const missing: string[] = [];
    for (const id of ids) {
      const node = this.kept.get(id);
      if (!node) {
        missing.push(id);
        continue;
      }
      found.set(id, node);
      this.kept.delete(id);
      this.kept.set(id, node);
    }
    if (missing.length === 0) return found;
    const read = (await this.executor.read(nodesByIdStatement(missing))).map((r) => freeze(toNode(r.node)));
    // Kept only when no write came in during the read (the read may show the state from before or after it).
    const keep = this.keptAt === generation && this.generation() === generation;
    for (const node of read) {
      found.set(node.id, node);
      if (keep) this.kept.set(node.id, node);
    }
    for (const id of this.kept.keys()) {
      if (this.kept.size <= this.keep) break;
      this.kept.delete(id);
    }
    return found;
  }
}

/** Nodes by id with only `properties`, or undefined when they are not at hand in memory. */
export type LightNodes = (ids: readonly string[], properties: readonly string[]) => Map<string, GraphNode> | undefined;

/** Whole nodes cut to `properties` (null: whole), as the engine would read them with that projection. */
function cut(nodes: Map<string, GraphNode>, properties: readonly string[] | null): Map<string, GraphNode> {
  if (properties === null) return nodes;
  const out = new Map<string, GraphNode>();
  for (const [id, node] of nodes) {
    out.set(id, { id, labels: [...node.labels], properties: pickProperties(node.properties, properties) });
  }
  return out;
}

/** A kept node goes to every search that hits it: frozen, so no caller can change what the next one gets. */
const freeze = (node: GraphNode): GraphNode => {
  Object.freeze(node.labels);
  Object.freeze(node.properties);
  return Object.freeze(node);
};

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
