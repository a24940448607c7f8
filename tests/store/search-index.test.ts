// The embedded store's search index (server/src/store/search-index.ts) gives exactly the scan's answers on the seed,
// over hundreds of queries, and stays in step with curation, import, restore and clear.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldText, type NodeLabel } from '@kies/schema';
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore as CypherStore } from '../../server/src/store/kies-store.js';
import type { GraphData } from '../../server/src/domain/graph-data.js';
import { searchDocumentsStatement } from '../../server/src/store/cypher/search-index-cypher.js';
import { IndexedSearch } from '../../server/src/store/indexed-search.js';

const alice = { name: 'alice', role: 'editor' as const };
const note = { note: 'asserted by the search index test' };
const fold = (text: string) => foldText(text).replace(/\s+/g, ' ').trim();

/** Queries the seed itself suggests: whole names, prefixes, infixes, words of names and descriptions, pairs of words. */
function seedQueries(graph: GraphData): string[] {
  const out = new Set<string>([
    'zorg',
    'gezondheid',
    'geintegreerde',
    'g&z',
    'ai',
    'e',
    'x',
    'a b',
    '|',
    '-',
    "'s",
    '+5',
    'missie iv',
    'health-ri',
  ]);
  graph.nodes.forEach((node, i) => {
    const name = String(node.properties.name ?? '');
    const description = String(node.properties.description ?? '');
    if (i % 3 === 0) out.add(name);
    if (i % 5 === 1) out.add(name.slice(0, 4));
    if (i % 7 === 2 && name.length > 6) out.add(name.slice(2, 6));
    const words = description.split(/\s+/).filter((w) => w.length > 3);
    if (i % 4 === 3 && words[1]) out.add(words[1]);
    if (i % 11 === 5 && words[3]) out.add(`${words[2]} ${words[3]}`);
    if (i % 13 === 6 && typeof node.properties.target === 'string')
      out.add(node.properties.target.split(' ').slice(1, 3).join(' '));
  });
  return [...out].map(fold).filter((q) => q.length > 0);
}

const view = (hits: Awaited<ReturnType<CypherStore['search']>>) =>
  hits.map((h) => `${h.node.id}:${h.score}:${h.matchedOn}`);

describe('embedded search index', () => {
  let indexed: CypherStore;
  let scan: CypherStore;
  const seed = readSeedGraph();
  beforeAll(async () => {
    indexed = new CypherStore(GrafeoExecutor.open(null));
    scan = new CypherStore(GrafeoExecutor.open(null), { searchIndex: false });
    for (const store of [indexed, scan]) {
      await store.ensureSchema();
      await store.importGraph(seed);
    }
  });
  afterAll(async () => {
    await indexed?.close();
    await scan?.close();
  });

  const compare = async (queries: string[], labelSets: (NodeLabel[] | null)[], first: number) => {
    let hits = 0;
    for (const q of queries) {
      for (const labels of labelSets) {
        const [a, b] = await Promise.all([indexed.search(q, labels, first), scan.search(q, labels, first)]);
        expect(view(a), `search "${q}" ${labels ?? ''}`).toEqual(view(b));
        hits += a.length;
      }
    }
    return hits;
  };

  it('ranks exactly as the scan over hundreds of queries from the seed (scores, reasons, order, label filters, page sizes)', async () => {
    const queries = seedQueries(seed);
    expect(queries.length).toBeGreaterThan(300);
    const hits = await compare(queries, [null, ['PPP'], ['Organisation', 'Programme']], 50);
    expect(hits).toBeGreaterThan(2000);
    // Small pages cut inside ties: the tie-break (shorter name, then id) must match too.
    expect(await compare(queries.slice(0, 120), [null], 3)).toBeGreaterThan(150);
  });

  it('reads the texts it indexes with one fixed statement (snapshot)', () => {
    expect(searchDocumentsStatement()).toEqual({
      cypher: `MATCH (n:Entity)
RETURN n.id AS id, labels(n) AS labels, n.searchText AS searchText, n.name AS name, n.target AS target, n.description AS description`,
      params: {},
    });
  });

  it('answers with the whole node as stored, kept or read, for every hit of hundreds of queries', async () => {
    // More hits than the nodes kept between searches (2,000): kept, read and evicted nodes all answer as stored.
    for (const q of [...seedQueries(seed), ...seedQueries(seed).slice(0, 80)]) {
      const hits = await indexed.search(q, null, 50);
      const stored = new Map((await indexed.nodesById(hits.map((h) => h.node.id))).map((n) => [n.id, n]));
      for (const hit of hits) expect(hit.node, `search "${q}"`).toEqual(stored.get(hit.node.id));
    }
  });

  it('answers as stored when the kept hit nodes are evicted (a 40-node cache over hundreds of queries)', async () => {
    const executor = GrafeoExecutor.open(null);
    const store = new CypherStore(executor);
    await store.ensureSchema();
    await store.importGraph(seed);
    const small = new IndexedSearch(executor, () => 0, { keep: 40 });
    let compared = 0;
    for (const q of seedQueries(seed).slice(0, 150)) {
      const hits = await small.search(q, null, 30);
      expect(view(hits), `search "${q}"`).toEqual(view(await indexed.search(q, null, 30)));
      const stored = new Map((await store.nodesById(hits.map((h) => h.node.id))).map((n) => [n.id, n]));
      for (const hit of hits) expect(hit.node).toEqual(stored.get(hit.node.id));
      compared += hits.length;
    }
    expect(compared).toBeGreaterThan(1000);
    await store.close();
  });

  it('hands out frozen nodes: a caller cannot change what the index answers', async () => {
    const [hit] = await indexed.search('health-ri', null, 1);
    expect(() => {
      hit!.node.properties.name = 'changed by a caller';
    }).toThrow(TypeError);
    expect(() => hit!.node.labels.push('Team')).toThrow(TypeError);
    const [again] = await indexed.search('health-ri', null, 1);
    expect(again!.node).toEqual((await indexed.nodesById([hit!.node.id]))[0]);
  });

  it('shows a write to properties search does not match on (kind, url, provenance) at once', async () => {
    const [hit] = await indexed.search('health-ri', null, 1);
    const id = hit!.node.id;
    await indexed.curation.updateNode(
      id,
      { fields: { url: 'https://zoekindex.example/nieuw' }, provenance: { note: 'zoekindex: url only' } },
      alice,
    );
    const [after] = await indexed.search('health-ri', null, 1);
    expect(after!.node.properties.url).toBe('https://zoekindex.example/nieuw');
    expect(after!.node).toEqual((await indexed.nodesById([id]))[0]);
  });

  it('follows curation writes: create, update, delete and undo are searchable at once', async () => {
    const search = async (q: string) => (await indexed.search(q, null, 10)).map((h) => h.node.id);
    await indexed.curation.createNode(
      {
        id: 'org-zoekindex-a',
        labels: ['Organisation'],
        fields: { name: 'Zoekindexhuis Één', aliases: ['ZIH'] },
        provenance: note,
      },
      alice,
    );
    expect(await search('zoekindexhuis een')).toEqual(['org-zoekindex-a']);
    expect(await search('zih')).toContain('org-zoekindex-a');
    await indexed.curation.updateNode(
      'org-zoekindex-a',
      { fields: { name: 'Vindplaats Twee', aliases: null }, provenance: note },
      alice,
    );
    expect(await search('zoekindexhuis')).toEqual([]);
    expect(await search('vindplaats')).toEqual(['org-zoekindex-a']);
    await indexed.curation.updateNode('org-zoekindex-a', { labels: ['Team'], fields: {}, provenance: note }, alice);
    expect((await indexed.search('vindplaats', ['Organisation'], 10)).length).toBe(0);
    expect((await indexed.search('vindplaats', ['Team'], 10)).map((h) => h.node.id)).toEqual(['org-zoekindex-a']);
    const deleted = await indexed.curation.deleteNode('org-zoekindex-a', note, alice);
    expect(await search('vindplaats')).toEqual([]);
    await indexed.curation.undo(deleted.audit.id, alice);
    expect(await search('vindplaats')).toEqual(['org-zoekindex-a']);
  });

  it('never answers from before a write that finished: searches racing writes, then every write is found', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `org-wedloop-${i}`);
    const racing = ids.map(async (id, i) => {
      const searching = indexed.search('wedloop', null, 20);
      await indexed.curation.createNode(
        { id, labels: ['Organisation'], fields: { name: `Wedloop ${i}` }, provenance: note },
        alice,
      );
      await searching;
      // This write has finished: a search started now must see it.
      expect((await indexed.search(`wedloop ${i}`, null, 5)).map((h) => h.node.id)).toEqual([id]);
    });
    await Promise.all(racing);
    expect((await indexed.search('wedloop', null, 20)).map((h) => h.node.id).sort()).toEqual(ids);
    for (const id of ids) await indexed.curation.deleteNode(id, note, alice);
    expect(await indexed.search('wedloop', null, 20)).toEqual([]);
  });

  it('follows imports, a restore (replace) and clear', async () => {
    const extra: GraphData = {
      nodes: [
        {
          id: 'org-importzoek',
          labels: ['Organisation'],
          properties: {
            name: 'Importzoek BV',
            description: 'Werkt aan slimme thuiszorg',
            sources: ['x.txt#L1'],
            quotes: ['q'],
            confidence: 'literal',
          },
        },
      ],
      relationships: [],
    };
    await indexed.importGraph(extra);
    expect((await indexed.search('thuiszorg', null, 50)).find((h) => h.node.id === 'org-importzoek')?.matchedOn).toBe(
      'DESCRIPTION',
    );
    await indexed.importGraph(extra, { replace: true });
    expect((await indexed.search('health', null, 5)).length).toBe(0);
    expect((await indexed.search('importzoek', null, 5)).map((h) => h.node.id)).toEqual(['org-importzoek']);
    await indexed.clear();
    expect(await indexed.search('importzoek', null, 5)).toEqual([]);
    await indexed.importGraph(seed, { replace: true });
    await indexed.curation.deleteNode('org-zoekindex-a', note, alice).catch(() => undefined);
    expect(await compare(seedQueries(seed).slice(0, 60), [null], 20)).toBeGreaterThan(100);
  });

  it('is rebuilt when a store file is opened again', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'kies-search-index-'));
    try {
      const first = new CypherStore(GrafeoExecutor.open(join(dir, 'db.grafeo')));
      await first.ensureSchema();
      await first.importGraph(seed);
      await first.close();
      const reopened = new CypherStore(GrafeoExecutor.open(join(dir, 'db.grafeo')));
      await reopened.ensureSchema();
      expect(view(await reopened.search('zorg', null, 50))).toEqual(view(await scan.search('zorg', null, 50)));
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
