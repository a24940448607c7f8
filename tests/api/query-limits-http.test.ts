// Query limits over real HTTP: introspection (GraphiQL's query) passes, hostile nesting and costly pages get a 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { type AnyAnswer } from './answers.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';
import { MAX_INTROSPECTION_DEPTH } from '../../server/src/graphql/validation.js';

let app: SeededApp;
beforeAll(async () => {
  app = await startSeededApp();
});
afterAll(async () => app?.close());

async function post(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      // An introspection answer, or the data of an API query.
      data?: Partial<IntrospectionQuery> & Partial<AnyAnswer>;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

// What @graphiql/react 5 sends (generateIntrospectionQuery): the default query with its two options, then the same
// query without `subscriptionType { name }` when the first fails.
const GRAPHIQL_QUERY = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
const ALL_OPTIONS = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

describe('introspection', () => {
  it.each([
    ['getIntrospectionQuery() with its defaults', getIntrospectionQuery()],
    ["GraphiQL's query (inputValueDeprecation, schemaDescription)", GRAPHIQL_QUERY],
    ["GraphiQL's fallback without subscriptionType", GRAPHIQL_QUERY.replace('subscriptionType { name }', '')],
    ['every option of getIntrospectionQuery', ALL_OPTIONS],
  ])('%s answers 200 with the whole schema', async (_name, query) => {
    const { status, body } = await post(query, undefined, 'IntrospectionQuery');
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const queryType = body.data?.__schema?.types.find((t) => t.name === 'Query');
    expect(queryType && 'fields' in queryType ? queryType.fields.map((f) => f.name) : []).toEqual(
      expect.arrayContaining(['search', 'node', 'neighbourhood']),
    );
  });

  it('refuses __type { ofType { ofType ... } } nested 100 deep with a 400', async () => {
    const query = `{ __type(name: "Query") { ${'ofType { '.repeat(100)}name${' }'.repeat(100)} } }`;
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(
      new RegExp(`introspection depth 102 exceeds the maximum of ${MAX_INTROSPECTION_DEPTH}`),
    );
    expect(body.data).toBeUndefined();
  });

  it('refuses introspection one level deeper than the standard query', async () => {
    const typeRef = (n: number): string => (n === 0 ? 'name' : `name ofType { ${typeRef(n - 1)} }`);
    // __schema types fields type + typeRef: 4 + 10 ofType levels + name = depth 15 passes, one more ofType is 16.
    const ok = await post(`{ __schema { types { fields { type { ${typeRef(10)} } } } } }`);
    expect(ok.status).toBe(200);
    const tooDeep = await post(`{ __schema { types { fields { type { ${typeRef(11)} } } } } }`);
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors![0]!.message).toMatch(/introspection depth 16 exceeds the maximum of 15/);
  });

  it('refuses fields nested under fields (the width that multiplies), inside the depth bound, through fragments too', async () => {
    const query = `{ __schema { types { ...T } } } fragment T on __Type { fields { type { fields { type { fields { type { fields { name } } } } } } } }`;
    const { status, body } = await post(query);
    expect(status).toBe(400);
    expect(body.errors![0]!.message).toMatch(/Maximum introspection depth exceeded/);
  });
});

describe('depth of normal fields', () => {
  it('still refuses nesting deeper than 10, also next to an introspection field', async () => {
    const deep = 'relationships(first: 1) { startNode { '.repeat(6) + 'id' + ' } }'.repeat(6);
    const { status, body } = await post(`{ __schema { queryType { name } } node(id: "mission-iv") { ${deep} } }`);
    expect(status).toBe(400);
    expect(body.errors!.map((e) => e.message)).toEqual([
      expect.stringMatching(/^query depth 14 exceeds the maximum of 10$/),
    ]);
  });

  it('does not let a normal field borrow the introspection bound through __typename', async () => {
    const deep = 'relationships(first: 1) { startNode { '.repeat(5) + '__typename' + ' } }'.repeat(5);
    const { status } = await post(`{ node(id: "mission-iv") { ${deep} } }`);
    expect(status).toBe(400);
  });
});

describe('cost refusals are the client’s error (400), with a precise message', () => {
  it.each([
    [
      'search(first: 100000000)',
      '{ search(text: "a", first: 100000000) { score node { id name } } }',
      undefined,
      /search\(first: 100000000\) counts what it selects 10000000 times/,
    ],
    [
      'neighbourhood(depth: 50, limit: 1000000)',
      '{ neighbourhood(id: "mission-iv", depth: 50, limit: 1000000) { nodes { id name } } }',
      undefined,
      /neighbourhood\(limit: 1000000\) counts what it selects 100000 times/,
    ],
    [
      'a page size given as a variable',
      'query ($n: Int) { search(text: "a", first: $n) { score node { id } } }',
      { n: 50_000 },
      /search\(first: 50000\) counts what it selects 5000 times/,
    ],
  ])('%s answers 400 QUERY_TOO_COMPLEX', async (_name, query, variables, detail) => {
    const { status, body } = await post(query, variables);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    const [error] = body.errors!;
    expect(error!.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    expect(error!.message).toMatch(/^query cost \d+ exceeds the maximum of 5000; /);
    expect(error!.message).toMatch(detail);
    expect(error!.message).toMatch(/ask for smaller pages \(first, limit\) or fewer nested fields$/);
  });

  it('the same document is judged by each request’s variables (costs are kept per document and variables)', async () => {
    const query = 'query ($n: Int) { search(text: "health", first: $n) { score node { id } } }';
    for (const [n, status] of [
      [20, 200],
      [50_000, 400],
      [20, 200],
      [50_000, 400],
      [60_000, 400],
    ] as const) {
      const answer = await post(query, { n });
      expect(answer.status).toBe(status);
      if (status === 400) expect(answer.body.errors![0]!.message).toMatch(`search(first: ${n})`);
    }
  });

  it('a query under the cost limit still answers 200', async () => {
    const { status, body } = await post('{ search(text: "health", first: 20) { score node { id } } }');
    expect(status).toBe(200);
    expect(body.data?.search?.length).toBeGreaterThan(0);
  });
});
