// The compiled executor (graphql-jit behind Apollo) answers the explorer's documents exactly as graphql-js does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execute, parse } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers, typeDefs } from '../../server/src/graphql/index.js';
import { createContext } from '../../server/src/graphql/context.js';
import {
  CoverageDocument,
  GapsDocument,
  NeighbourhoodDocument,
  NodeDetailsDocument,
  PartnersDocument,
  PathsDocument,
  SearchDocument,
} from '../../web/src/core/api/generated/operations.js';
import { startSeededApp, type SeededApp } from './seeded-app.js';
import { describeEachEngine } from '../engines.js';

describeEachEngine('compiled GraphQL execution', (engine) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(engine);
  });
  afterAll(() => app.close());

  // The explorer's own documents (web/src/core/<feature>/*.graphql), as its client sends them.
  const [NODE_QUERY, NEIGHBOURHOOD_QUERY, SEARCH_QUERY, PATHS_QUERY, COVERAGE_QUERY, GAPS_QUERY, PARTNERS_QUERY] = [
    NodeDetailsDocument,
    NeighbourhoodDocument,
    SearchDocument,
    PathsDocument,
    CoverageDocument,
    GapsDocument,
    PartnersDocument,
  ].map((d) => d.toString().trim());
  const CASES: [string, string, Record<string, unknown>][] = [
    ['node details', NODE_QUERY, { id: 'ppp-health-ri' }],
    ['2-hop neighbourhood', NEIGHBOURHOOD_QUERY, { id: 'mission-iv', depth: 2, limit: 200 }],
    ['search', SEARCH_QUERY, { text: 'dementie', first: 20 }],
    ['paths', PATHS_QUERY, { from: 'ppp-aboard', to: 'mission-iv', maxLength: 3, limit: 50 }],
    ['coverage', COVERAGE_QUERY, {}],
    ['gaps', GAPS_QUERY, {}],
    ['partners', PARTNERS_QUERY, { of: 'ppp-health-ri', limit: 10 }],
    ['an unknown id (error path)', NODE_QUERY, { id: 'ppp-does-not-exist' }],
  ];

  describe('compiled execution', () => {
    it.each(CASES)(
      '%s: the HTTP answer equals graphql-js execute on the same store',
      async (name, query, variables) => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        const served = (await response.json()) as {
          data?: unknown;
          errors?: { message: string; path?: unknown; extensions?: { code?: string } }[];
        };
        const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
        const reference = await execute({
          schema,
          document: parse(query),
          variableValues: variables,
          contextValue: createContext(app.store),
        });
        expect(served.errors?.length ?? 0).toBe(name.includes('error') ? 1 : 0);
        expect(served.data).toEqual(JSON.parse(JSON.stringify(reference.data)));
        expect(served.errors?.map((e) => [e.message, e.path, e.extensions?.code])).toEqual(
          reference.errors?.map((e) => [e.message, e.path, e.extensions.code]),
        );
      },
    );
  });
});
