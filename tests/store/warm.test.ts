// store.warm() (called by main.ts once the server listens) reads what the analyses keep between writes, so the
// first paths, neighbourhood and partners calls read nothing of the whole graph themselves; and the explorer's
// neighbourhood view then reads nothing from the engine at all (its rows are kept beside the adjacency).
import { expect, it } from 'vitest';
import { type CypherKiesStore } from '../../server/src/store/kies-store.js';
import {
  adjacencyIncomingStatement,
  adjacencyRelationshipGroupsStatement,
  adjacencyNodesStatement,
  adjacencyRelationshipsStatement,
  adjacencyUnsourcedStatement,
} from '../../server/src/store/cypher/adjacency-cypher.js';
import { recordedStore } from './recorded-store.js';
import { KEPT_READS } from '../../server/src/store/kept-rows.js';

const WHOLE_GRAPH = [
  adjacencyNodesStatement(),
  adjacencyRelationshipsStatement(),
  adjacencyIncomingStatement(),
  adjacencyRelationshipGroupsStatement(),
  adjacencyUnsourcedStatement(),
].map((s) => s.cypher);

const firstCalls = (store: CypherKiesStore) =>
  Promise.all([
    store.paths({
      from: 'ppp-health-ri',
      to: 'mission-iv',
      toLabels: null,
      maxLength: 3,
      via: null,
      types: null,
      limit: 5,
    }),
    store.neighbourhood('mission-iv', 2, null, null, 50, { node: ['name'], relationship: [] }),
  ]);

it('after warm(), the first paths and neighbourhood calls read no whole-graph statement', async () => {
  const { store, statements } = await recordedStore();
  try {
    await store.warm();
    expect(WHOLE_GRAPH.every((s) => statements.includes(s))).toBe(true);
    statements.length = 0;
    const [paths, neighbourhood] = await firstCalls(store);
    expect(paths.length).toBeGreaterThan(0);
    expect(neighbourhood.nodes.length).toBeGreaterThan(10);
    expect(statements.filter((s) => WHOLE_GRAPH.includes(s))).toEqual([]);
  } finally {
    await store.close();
  }
});

it("after warm(), the explorer's neighbourhood view reads nothing from the engine; other fields read the rows", async () => {
  const { store, statements } = await recordedStore();
  try {
    await store.warm();
    statements.length = 0;
    const view = await store.neighbourhood('mission-iv', 2, null, null, 200, KEPT_READS);
    expect(statements).toEqual([]);
    expect(view.nodes.length).toBeGreaterThan(50);
    expect(view.nodes.find((n) => n.id === 'mission-iv')?.properties.nameEn).toMatch(/[a-z]/);
    expect(view.relationships.every((r) => typeof r.properties.confidence === 'string')).toBe(true);
    const described = await store.neighbourhood('mission-iv', 2, null, null, 200, {
      node: ['name', 'description'],
      relationship: [],
    });
    expect(statements).toEqual(['byEngineId']);
    expect(described.nodes.map((n) => n.id)).toEqual(view.nodes.map((n) => n.id));
  } finally {
    await store.close();
  }
});

it('without it, the first of those calls reads the whole graph (what warm() moves off the first click)', async () => {
  const { store, statements } = await recordedStore();
  try {
    statements.length = 0;
    await firstCalls(store);
    expect(statements.filter((s) => WHOLE_GRAPH.includes(s)).length).toBeGreaterThan(0);
  } finally {
    await store.close();
  }
});
