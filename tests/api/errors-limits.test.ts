// API guard rails over HTTP: precise BAD_USER_INPUT errors, depth/alias/cost limits, page caps, GraphiQL redirect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientError, gql } from 'graphql-request';
import { type Answer } from './answers.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';

let app: SeededApp;
beforeAll(async () => {
  app = await startSeededApp();
});
afterAll(async () => app?.close());

async function errorOf(query: string, variables?: Record<string, unknown>) {
  try {
    await app.client.request(query, variables);
  } catch (error) {
    if (error instanceof ClientError) return error.response.errors![0];
    throw error;
  }
  throw new Error('expected the query to fail');
}

describe('errors', () => {
  it.each([
    ['unknown node id', '{ node(id: "ppp-does-not-exist") { id } }', /no node with id "ppp-does-not-exist"/, 'id'],
    ['malformed id', '{ node(id: "Robert\'); DROP") { id } }', /is not a node id/, 'id'],
    [
      'depth above 3',
      '{ neighbourhood(id: "mission-iv", depth: 4) { totalNodes } }',
      /depth must be between 1 and 3/,
      'depth',
    ],
    ['page above 200', '{ nodes(first: 500) { totalCount } }', /first must be between 0 and 200/, 'first'],
    ['graph limit above 2000', '{ graph(limit: 5000) { totalNodes } }', /limit must be between 1 and 2000/, 'limit'],
    ['paths without a target', '{ paths(from: "mission-iv") { length } }', /give either `to`/, 'to'],
    [
      'paths from an unknown node',
      '{ paths(from: "mission-x", toLabels: [PPP]) { length } }',
      /no node with id "mission-x"/,
      'from',
    ],
    [
      'paths to an unknown node',
      '{ paths(from: "mission-iv", to: "ppp-nope") { length } }',
      /no node with id "ppp-nope"/,
      'to',
    ],
    [
      'path too long',
      '{ paths(from: "mission-iv", toLabels: [PPP], maxLength: 9) { length } }',
      /maxLength must be between 1 and 5/,
      'maxLength',
    ],
    ['shortest path to itself', '{ shortestPath(from: "mission-iv", to: "mission-iv") { length } }', /same node/, 'to'],
    ['partners of unknown', '{ partners(of: "org-nobody") { score } }', /no node with id "org-nobody"/, 'of'],
    ['empty search', '{ search(text: "   ") { score } }', /at least one letter/, 'text'],
    ['bad cursor', '{ nodes(after: "garbage") { totalCount } }', /not a cursor/, 'after'],
  ])('%s is BAD_USER_INPUT naming the argument', async (_name, query, message, argument) => {
    const error = await errorOf(query);
    expect(error.message).toMatch(message);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(error.extensions).not.toHaveProperty('stacktrace');
  });

  it('a variable outside an enum is a 400 BAD_USER_INPUT, not a server error', async () => {
    const error = await errorOf('query ($d: CoverageDimension) { missionCoverage(dimension: $d) { dimensions } }', {
      d: 'NOPE',
    });
    expect(error.message).toMatch(/Value "NOPE" does not exist in "CoverageDimension" enum/);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query ($d: CoverageDimension) { missionCoverage(dimension: $d) { dimensions } }',
        variables: { d: 'NOPE' },
      }),
    });
    expect(res.status).toBe(400);
  });

  it('an unknown label is rejected by the schema (GRAPHQL_VALIDATION_FAILED)', async () => {
    const error = await errorOf('{ nodes(labels: [Person]) { totalCount } }');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('limits', () => {
  it('rejects queries nested deeper than the depth limit', async () => {
    const deep = 'relationships(first: 1) { startNode { '.repeat(6) + 'id' + ' } }'.repeat(6);
    const error = await errorOf(`{ node(id: "mission-iv") { ${deep} } }`);
    expect(error.message).toMatch(/query depth \d+ exceeds the maximum of 10/);
    // Apollo reports every validation-rule failure under one code.
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: stats { nodes }`).join(' ');
    const error = await errorOf(`{ ${aliases} }`);
    expect(error.message).toMatch(/more than 30 aliases/);
  });

  it('rejects queries whose estimated cost is too high, counting variables', async () => {
    const query = gql`
      query ($n: Int) {
        nodes(first: $n) {
          edges {
            node {
              relationships(first: 200) {
                startNode {
                  relationships(first: 200) {
                    id
                    endNode {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    const error = await errorOf(query, { n: 200 });
    expect(error.message).toMatch(/query cost \d+ exceeds the maximum of 5000/);
    expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the start view fetch the whole graph in one query', async () => {
    const data = await app.client.request<Answer<'graph'>>(gql`
      {
        graph(limit: 2000) {
          nodes {
            id
            label
            name
            provenance {
              hasSources
              confidence
            }
          }
          relationships {
            id
            type
            start
            end
            provenance {
              hasSources
            }
          }
        }
      }
    `);
    expect(data.graph.nodes.length).toBeGreaterThan(100);
  });
});

describe('HTTP', () => {
  it('redirects a browser GET /graphql to the local GraphiQL page', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql.html');
  });

  it('serves JSON GET queries and has no CDN landing page', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ stats { nodes } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).data.stats.nodes).toBeGreaterThan(0);
  });
});
