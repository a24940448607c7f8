// subgraphProjection via projectionOfQuery (server/src/graphql/projection.ts): which stored properties a query's subgraph selection reads.
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_PROPERTIES, PROVENANCE_PROPERTIES, RELATIONSHIP_PROPERTIES } from '@kies/schema';
import { typeDefs } from '../../server/src/graphql/index.js';
import {
  NODE_READS,
  PROVENANCE_READS,
  RELATIONSHIP_READS,
  projectionOfQuery,
  searchPropertiesOfQuery,
} from '../../server/src/graphql/projection.js';
import { QUERIES } from '../../server/src/cli/loadtest-mix.js';
import type { Projection } from '../../server/src/domain/subgraphs.js';
import { KEPT_READS, keeps } from '../../server/src/store/kept-rows.js';
import { NeighbourhoodDocument, SearchDocument } from '../../web/src/core/api/generated/operations.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';

describe('the read tables cover the schema', () => {
  const schema = buildSchema(typeDefs);
  const fieldsOf = (type: string) => Object.keys((schema.getType(type) as { getFields(): object }).getFields());

  it('every Node and Relationship field is in its table, so a new field is a decision, not a silent null', () => {
    expect(fieldsOf('Node').filter((f) => !(f in NODE_READS))).toEqual([]);
    expect(fieldsOf('Relationship').filter((f) => !(f in RELATIONSHIP_READS))).toEqual([]);
  });

  it('every key read is a stored property of the model', () => {
    const keys = (table: Record<string, readonly string[] | 'provenance'>) =>
      Object.values(table).flatMap((reads) => (reads === 'provenance' ? [] : reads));
    expect(keys(NODE_READS).filter((k) => !(k in NODE_PROPERTIES))).toEqual([]);
    expect(keys(RELATIONSHIP_READS).filter((k) => !(k in RELATIONSHIP_PROPERTIES))).toEqual([]);
    expect(keys(PROVENANCE_READS).filter((k) => !(k in PROVENANCE_PROPERTIES))).toEqual([]);
    expect(Object.keys(PROVENANCE_READS).sort()).toEqual(['__typename', ...fieldsOf('Provenance')].sort());
  });
});

describe('subgraphProjection', () => {
  it("reads the names alone for the load test's neighbourhood query", () => {
    const neighbourhood = QUERIES.find((q) => q.name === 'neighbourhood')!;
    expect(projectionOfQuery(neighbourhood.query)).toEqual({ node: ['name'], relationship: [] });
  });

  it("follows the explorer's fragments (LightNode, LightRel) and the provenance sub-selection", () => {
    const query = `query ($id: ID!) { neighbourhood(id: $id) { ...SubgraphFields } }
      fragment SubgraphFields on Subgraph { nodes { ...LightNode } relationships { ...LightRel } truncated }
      fragment LightNode on Node { id labels label name nameEn fullName aliases code kind }
      fragment LightRel on Relationship { id type start end role provenance { confidence } }`;
    expect(projectionOfQuery(query)).toEqual({
      node: ['aliases', 'code', 'fullName', 'kind', 'name', 'nameEn'],
      relationship: ['confidence', 'role'],
    });
  });

  it("what the explorer's own neighbourhood document reads is what the embedded store keeps in memory", () => {
    const explorer = projectionOfQuery(NeighbourhoodDocument.toString());
    expect(explorer).toEqual(KEPT_READS);
    expect(keeps(explorer)).toBe(true);
    expect(keeps(projectionOfQuery(QUERIES.find((q) => q.name === 'neighbourhood')!.query))).toBe(true);
    expect(keeps({ node: ['name', 'description'], relationship: [] })).toBe(false);
    expect(keeps({ node: ['name'], relationship: ['sources'] })).toBe(false);
    expect(keeps({ node: null, relationship: [] })).toBe(false);
  });

  it("the explorer's search box reads of each hit's node what the embedded store keeps in memory", () => {
    expect(searchPropertiesOfQuery(SearchDocument.toString())).toEqual(KEPT_READS.node);
    expect(searchPropertiesOfQuery('{ search(text: "x") { score node { id description } } }')).toEqual(['description']);
    expect(searchPropertiesOfQuery('{ search(text: "x") { score matchedOn } }')).toEqual([]);
    expect(searchPropertiesOfQuery('{ search(text: "x") { node { id degree notAField } } }')).toBeNull();
  });

  it('adds what inline fragments and nested provenance read; citations read sources and quotes', () => {
    const query = `{ neighbourhood(id: "mission-iv") {
      nodes { id ... on Node { description period { text } } provenance { citations { quote } } }
      relationships { startNode { name } provenance { hasSources note } } } }`;
    expect(projectionOfQuery(query)).toEqual({
      node: ['description', 'periodEnd', 'periodStart', 'periodText', 'quotes', 'sources'],
      relationship: ['note', 'sources'],
    });
  });

  it('reads nothing of what is not selected, and whole rows for a field outside the tables', () => {
    expect(projectionOfQuery('{ neighbourhood(id: "x") { truncated } }')).toEqual({
      node: [],
      relationship: [],
    });
    expect(projectionOfQuery('{ neighbourhood(id: "x") { nodes { id futureField } } }')).toEqual({
      node: null,
      relationship: [],
    });
  });
});

describe('over HTTP: the resolver reads what the query selects, and partial nodes stand in for nothing', () => {
  let app: SeededApp;
  const asked: (Projection | undefined)[] = [];
  const searched: (readonly string[] | null | undefined)[] = [];
  beforeAll(async () => {
    app = await startSeededApp();
    // Records what the resolvers ask the real store for (the same object the app serves).
    const read = app.store.neighbourhood.bind(app.store);
    app.store.neighbourhood = (...args) => {
      asked.push(args[5]);
      return read(...args);
    };
    const search = app.store.search.bind(app.store);
    app.store.search = (...args) => {
      searched.push(args[3]);
      return search(...args);
    };
  });
  afterAll(() => app?.close());

  async function post(query: string, variables?: Record<string, unknown>) {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it("asks the store for the names alone for the load test's query", async () => {
    const neighbourhood = QUERIES.find((q) => q.name === 'neighbourhood')!;
    const data = await post(neighbourhood.query, neighbourhood.variables);
    expect(asked.at(-1)).toEqual({ node: ['name'], relationship: [] });
    const nodes = (data.neighbourhood as { nodes: { id: string; name: string }[] }).nodes;
    expect(nodes.length).toBeGreaterThan(20);
    // Names were read: each node shows its name, not its id (what the resolver falls back to without one).
    expect(nodes.filter((n) => n.name === n.id)).toEqual([]);
  });

  it('a node loaded after a light neighbourhood has its whole properties (light nodes are not primed)', async () => {
    const nested = (fields: string) =>
      `{ neighbourhood(id: "mission-iv", limit: 50) { nodes { id ${fields} relationships(first: 3) { startNode { id description } endNode { id description } } } } }`;
    type Answer = { neighbourhood: { nodes: { relationships: { startNode: object; endNode: object }[] }[] } };
    const ends = (data: Record<string, unknown>) =>
      (data as Answer).neighbourhood.nodes.flatMap((n) => n.relationships.flatMap((r) => [r.startNode, r.endNode]));
    const light = ends(await post(nested('name')));
    expect(asked.at(-1)).toEqual({ node: ['name'], relationship: [] });
    const whole = ends(await post(nested('name description')));
    expect(light.filter((n) => (n as { description: string | null }).description !== null).length).toBeGreaterThan(10);
    expect(light).toEqual(whole);
  });

  it("asks the store for the explorer's properties of each search hit, and gets names in both languages", async () => {
    const data = await post(SearchDocument.toString(), { text: 'dementie', first: 10 });
    expect(searched.at(-1)).toEqual(KEPT_READS.node);
    type Hit = { node: { id: string; name: string; nameEn: string | null } };
    const hits = data.search as Hit[];
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.filter((h) => h.node.name === h.node.id)).toEqual([]);
    expect(hits.some((h) => h.node.nameEn && h.node.nameEn !== h.node.name)).toBe(true);
  });

  it('a node loaded after a light search has its whole properties (light hits are not primed)', async () => {
    const query = (fields: string) =>
      `{ search(text: "health-ri", first: 3) { node { id ${fields} relationships(first: 4) { startNode { id description } endNode { id description } } } } }`;
    type Answer = { search: { node: { relationships: { startNode: object; endNode: object }[] } }[] };
    const ends = (data: Record<string, unknown>) =>
      (data as Answer).search.flatMap((h) => h.node.relationships.flatMap((r) => [r.startNode, r.endNode]));
    const light = ends(await post(query('name')));
    expect(searched.at(-1)).toEqual(['name']);
    const whole = ends(await post(query('name description')));
    expect(searched.at(-1)).toEqual(['description', 'name']);
    expect(light.filter((n) => (n as { description: string | null }).description !== null).length).toBeGreaterThan(3);
    expect(light).toEqual(whole);
  });
});
