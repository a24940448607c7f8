// The neighbourhood walked on the compact adjacency (embedded store between writes) answers exactly as the Cypher
// rings and relationship plan do on the same database: the same nodes and relationships (with their properties) in
// the same order, counts and flags, around hubs, at depths 1-3, with label and type filters; and after a write. With
// the explorer's projection the walk's rows come from memory (store/kept-rows.ts): the same comparison covers them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { Projection, Subgraph } from '../../server/src/domain/subgraphs.js';
import { KEPT_READS } from '../../server/src/store/kept-rows.js';
import type { Statement } from '../../server/src/store/executor.js';
import { GrafeoExecutor } from '../../server/src/store/grafeo-executor.js';
import { CypherKiesStore } from '../../server/src/store/kies-store.js';
import { seededRandom, syntheticGraph } from '../../bench/src/synthetic-graph.js';
import { hubGraph } from '../contract/cases/neighbourhood-ops.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';

const alice = { name: 'alice', role: 'editor' as const };

const answer = (s: Subgraph) => ({
  nodes: s.nodes,
  relationships: s.relationships,
  truncated: s.truncated,
  totalNodes: s.totalNodes,
  totalNodesExact: s.totalNodesExact,
});

describe('neighbourhood from the compact adjacency on the embedded store', () => {
  // Hub-heavy: the lowest-numbered organisations and PPPs carry hundreds of relationships.
  const graph = syntheticGraph({ nodes: 3000, relationships: 20000, seed: 7 });
  let walked: CypherKiesStore;
  let cypher: CypherKiesStore;
  // The walked store's statements: once its adjacency is read, no ring statement may run.
  const statements: string[] = [];
  // Until the adjacency of the current generation is read, the Cypher rings answer; a paths call waits for it.
  const settle = () =>
    walked.paths({ from: 'activity-c', to: 'org-hub', toLabels: null, maxLength: 1, via: null, types: null, limit: 1 });
  beforeAll(async () => {
    const executor = GrafeoExecutor.open(null);
    const recorded = Object.assign(Object.create(executor) as GrafeoExecutor, {
      read: (statement: Statement) => {
        statements.push(statement.cypher);
        return executor.read(statement);
      },
    });
    walked = new CypherKiesStore(recorded);
    // The same database and the same cached hub degrees: only the rings and relationships are read by Cypher.
    cypher = new CypherKiesStore(executor, { walkNeighbourhood: false });
    await walked.ensureSchema();
    await walked.bulkImport(graph);
    await walked.importGraph(hubGraph());
    await settle();
    statements.length = 0;
  }, 120_000);
  afterAll(() => walked?.close());

  const same = async (
    id: string,
    depth: number,
    labels: NodeLabel[] | null,
    types: RelationshipType[] | null,
    limit: number,
    projection?: Projection,
  ) => {
    const [a, b] = await Promise.all([
      walked.neighbourhood(id, depth, labels, types, limit, projection),
      cypher.neighbourhood(id, depth, labels, types, limit, projection),
    ]);
    expect(answer(a), `${id} depth ${depth} ${labels} ${types} limit ${limit} ${projection?.node}`).toEqual(answer(b));
    return a;
  };

  it('gives the same answers around hubs and random nodes, depths 1-3, with and without filters', async () => {
    const random = seededRandom(3);
    const ids = graph.nodes.map((n) => n.id);
    const centres = [
      'activity-c',
      'ppp-hub',
      'org-hub',
      'org-leaf-3',
      ...ids.filter((id) => /^(organisation|ppp|programme)-\d$/.test(id)),
      ...ids.slice(0, 6),
      ...Array.from({ length: 20 }, () => ids[Math.floor(random() * ids.length)]!),
    ];
    const filters: [NodeLabel[] | null, RelationshipType[] | null][] = [
      [null, null],
      [['Organisation', 'PPP'], null],
      [null, ['PARTNER_IN', 'ADDRESSES']],
      [
        ['PPP', 'Mission'],
        ['PARTNER_IN', 'ADDRESSES', 'PART_OF'],
      ],
    ];
    let truncated = 0;
    let rels = 0;
    for (const id of centres) {
      for (const depth of [1, 2, 3]) {
        for (const [labels, types] of filters) {
          for (const limit of [12, 200]) {
            const a = await same(id, depth, labels, types, limit);
            if (a.truncated) truncated++;
            rels += a.relationships.length;
            // The explorer's view (rows kept in memory) and a part of it.
            await same(id, depth, labels, types, limit, KEPT_READS);
            if (depth === 2) await same(id, depth, labels, types, limit, { node: ['name'], relationship: [] });
          }
        }
      }
    }
    // The comparison covers cut rings and selections, not only whole neighbourhoods.
    expect(truncated).toBeGreaterThan(100);
    expect(rels).toBeGreaterThan(10_000);
    for (const [id, limit] of [
      ['nobody', 10],
      ['activity-c', 0],
    ] as const)
      await same(id, 2, null, null, limit);
  }, 300_000);

  it('sees a write at once: a new relationship and its undo', async () => {
    const [start, end] = ['org-leaf-7', 'ppp-leaf-3'];
    const before = await same(start, 1, null, null, 50);
    expect(before.nodes.map((n) => n.id)).not.toContain(end);
    const change = await walked.curation.createRelationship(
      { type: 'PARTNER_IN', start, end, provenance: { note: 'walk test' } },
      alice,
    );
    // The first read after the write is answered by Cypher while the adjacency is re-read; then by the walk.
    expect((await same(start, 1, null, null, 50)).nodes.map((n) => n.id)).toContain(end);
    await settle();
    statements.length = 0;
    const after = await same(start, 1, null, null, 50);
    expect(statements.filter((s) => s.includes('$frontier'))).toEqual([]);
    expect(after.nodes.map((n) => n.id)).toContain(end);
    expect(after.relationships.some((r) => r.start === start && r.end === end)).toBe(true);
    await walked.curation.undo(change.audit.id, alice);
    await settle();
    expect(answer(await same(start, 1, null, null, 50))).toEqual(answer(before));
  }, 120_000);

  it('shows a renamed node and a new role in the explorer view, before and after the adjacency is re-read', async () => {
    const [start, end] = ['org-leaf-7', 'ppp-leaf-3'];
    const edited = async () => {
      const a = await same(start, 1, null, null, 50, KEPT_READS);
      return {
        name: a.nodes.find((n) => n.id === start)?.properties.name,
        role: a.relationships.find((r) => r.start === start && r.end === end)?.properties.role,
      };
    };
    await walked.curation.createRelationship(
      { type: 'PARTNER_IN', start, end, provenance: { note: 'walk test' } },
      alice,
    );
    await walked.curation.updateNode(
      start,
      { fields: { name: 'Hernoemde Organisatie' }, provenance: { note: 'walk test: rename' } },
      alice,
    );
    await walked.curation.updateRelationship(
      { type: 'PARTNER_IN', start, end },
      { role: 'penvoerder', provenance: { note: 'walk test: role' } },
      alice,
    );
    expect(await edited()).toEqual({ name: 'Hernoemde Organisatie', role: 'penvoerder' });
    await settle();
    statements.length = 0;
    expect(await edited()).toEqual({ name: 'Hernoemde Organisatie', role: 'penvoerder' });
    expect(statements.filter((s) => s.includes('$frontier'))).toEqual([]);
  }, 120_000);
});

describe('neighbourhood from the compact adjacency on the seed', () => {
  it('returns every seed property as the Cypher read does (numbers, lists, periods, provenance)', async () => {
    const seed = readSeedGraph();
    const executor = GrafeoExecutor.open(null);
    const walked = new CypherKiesStore(executor);
    const cypher = new CypherKiesStore(executor, { walkNeighbourhood: false });
    await walked.ensureSchema();
    await walked.importGraph(seed);
    await walked.paths({
      from: seed.nodes[0]!.id,
      to: seed.nodes[1]!.id,
      toLabels: null,
      maxLength: 1,
      via: null,
      types: null,
      limit: 1,
    });
    let properties = 0;
    let kept = 0;
    for (const { id } of seed.nodes.filter((_, i) => i % 7 === 0)) {
      for (const [depth, limit] of [
        [1, 200],
        [2, 40],
      ] as const) {
        const a = await walked.neighbourhood(id, depth, null, null, limit);
        expect(a, `${id} depth ${depth}`).toEqual(await cypher.neighbourhood(id, depth, null, null, limit));
        properties += a.nodes.reduce((sum, n) => sum + Object.keys(n.properties).length, 0);
        // The explorer's view from memory: English names, codes, kinds, aliases, roles as the engine reads them.
        const light = await walked.neighbourhood(id, depth, null, null, limit, KEPT_READS);
        expect(light, `${id} depth ${depth} kept`).toEqual(
          await cypher.neighbourhood(id, depth, null, null, limit, KEPT_READS),
        );
        kept += light.nodes.reduce((sum, n) => sum + Object.keys(n.properties).length, 0);
        kept += light.relationships.filter((r) => r.properties.role !== undefined).length;
      }
    }
    expect(properties).toBeGreaterThan(5000);
    expect(kept).toBeGreaterThan(1000);
    await walked.close();
  }, 120_000);
});
