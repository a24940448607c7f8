// The adjacency read (store/path-reads.ts) on both engines: the compact arrays built from the rows as read (no copy
// per relationship, shared label lists, issue 15's memory cut) hold exactly the graph that was imported.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/src/synthetic-graph.js';
import type { CypherExecutor } from '../../server/src/store/executor.js';
import type { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { readAdjacency } from '../../server/src/store/adjacency-read.js';
import { describeEachEngine, openFresh } from '../engines.js';

const graph = syntheticGraph({ nodes: 1500, relationships: 6000, seed: 11 });
// One relationship without sources, so the unsourced list is not trivially empty.
graph.relationships[17] = { ...graph.relationships[17]!, properties: {} };

describeEachEngine('adjacency read', (engine) => {
  let store: CypherKiesStore;
  let executor: CypherExecutor;
  beforeAll(async () => {
    ({ store, executor } = await openFresh(engine));
    await store.importGraph(graph);
  });
  afterAll(() => store.close());

  it('holds every imported relationship once per end, with its type and direction', async () => {
    const { adjacency: a, unsourcedRelationships } = await readAdjacency(executor);
    expect([...a.ids].sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    const read: string[] = [];
    for (let i = 0; i < a.ids.length; i++) {
      for (let k = a.offsets[i]!; k < a.offsets[i + 1]!; k++) {
        const [start, end] = a.outward[k] ? [a.ids[i]!, a.ids[a.others[k]!]!] : [a.ids[a.others[k]!]!, a.ids[i]!];
        read.push(`${start}|${a.typeNames[a.types[k]!]}|${end}|${a.outward[k]}`);
      }
    }
    const expected = graph.relationships.flatMap((r) => [
      `${r.start}|${r.type}|${r.end}|1`,
      `${r.start}|${r.type}|${r.end}|0`,
    ]);
    expect(read.sort()).toEqual(expected.sort());
    const bare = graph.relationships[17]!;
    expect(unsourcedRelationships.map((k) => `${k.start}|${k.type}|${k.end}`)).toEqual([
      `${bare.start}|${bare.type}|${bare.end}`,
    ]);
  });

  it('gives each node its labels, one shared list per label set', async () => {
    const { adjacency: a } = await readAdjacency(executor);
    const labelsOf = new Map(graph.nodes.map((n) => [n.id, n.labels]));
    a.ids.forEach((id, i) => expect([...a.labels[i]!].sort()).toEqual([...labelsOf.get(id)!].sort()));
    const distinct = new Set(a.labels);
    expect(distinct.size).toBe(new Set(graph.nodes.map((n) => [...n.labels].sort().join(':'))).size);
  });
});
