// Mounts Apollo Server at /graphql: the SDL contract, thin resolvers, query limits, and no CDN landing page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { KiesStore } from '../store/kies-store.js';
import { createContext, type ApiContext } from './context.js';
import { queryResolvers } from './resolvers/query-resolvers.js';
import { typeResolvers } from './resolvers/type-resolvers.js';
import { askQueryResolvers } from './resolvers/ask-resolvers.js';
import { complexityPlugin, validationRules } from './validation.js';
import { StoreError } from '../store/executor.js';
import { curationQueryResolvers, curationTypeResolvers, mutationResolvers } from './resolvers/curation-resolvers.js';
import type { AuthConfig } from '../auth/tokens.js';
import { viewerOf } from './auth.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { jitGateway } from './jit-executor.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));
export const typeDefs = readFileSync(SCHEMA_FILE, 'utf8');
export const resolvers = {
  ...typeResolvers,
  ...curationTypeResolvers,
  Query: { ...queryResolvers, ...curationQueryResolvers, ...askQueryResolvers },
  Mutation: mutationResolvers,
};

/** Store error codes as GraphQL error codes (what clients switch on). */
const STORE_CODES: Record<StoreError['code'], string> = {
  INVALID: 'BAD_USER_INPUT',
  CONSTRAINT: 'CONSTRAINT_VIOLATION',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  FORBIDDEN: 'FORBIDDEN',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** No tokens configured and reads public: anyone reads, nobody writes. */
export const NO_AUTH: AuthConfig = { tokens: [], readRequiresToken: false };

/** The local GraphiQL page the web build produces (no CDN: machines may be offline). */
const GRAPHIQL_PATH = '/graphiql.html';

/** Counts running operations (until their response is built, even when the client has gone) for graceful shutdown. */
function inFlightPlugin(): { plugin: ApolloServerPlugin<ApiContext>; drain(): Promise<void> } {
  let running = 0;
  const waiting: (() => void)[] = [];
  const done = () => {
    if (--running === 0) for (const resolve of waiting.splice(0)) resolve();
  };
  return {
    plugin: {
      async requestDidStart() {
        running++;
        let finished = false;
        const finish = async () => {
          if (finished) return;
          finished = true;
          done();
        };
        return { willSendResponse: finish };
      },
    },
    drain: () => (running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve))),
  };
}

export async function mountGraphql(
  app: Express,
  store: KiesStore,
  auth: AuthConfig = NO_AUTH,
): Promise<{ stop(): Promise<void>; drain(): Promise<void> }> {
  const inFlight = inFlightPlugin();
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: resolvers as Parameters<typeof makeExecutableSchema>[0]['resolvers'],
  });
  const server = new ApolloServer<ApiContext>({
    // Compiled execution (jit-executor.ts): the same schema and resolvers, 2-3x less CPU on large answers (issue #7).
    gateway: jitGateway(schema, typeDefs),
    validationRules,
    // Apollo's default landing page loads from a CDN; browsers are redirected to our own GraphiQL instead.
    // Cache control is off: we send no cache hints, and its per-field hook makes Apollo wrap every resolver, which
    // costs more than the store call on small answers (measured: issue #7).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(),
      inFlight.plugin,
    ],
    introspection: true,
    // Apollo would install its own SIGTERM/SIGINT handler outside NODE_ENV=test and stop itself first; the app's own
    // shutdown (main.ts) then waited forever on a second stop() and never closed the store. The process owns signals.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError(formatted, error) {
      // Store errors keep their cause server-side; clients get a stable code and message.
      const original = (error as { originalError?: unknown })?.originalError;
      if (original instanceof StoreError) {
        const code = STORE_CODES[original.code];
        if (code === 'INTERNAL_SERVER_ERROR') console.error(original);
        const extensions = { code, ...(original.issues.length > 0 ? { issues: original.issues } : {}) };
        return {
          ...formatted,
          message: code === 'INTERNAL_SERVER_ERROR' ? 'internal error in the graph store' : original.message,
          extensions,
        };
      }
      return formatted;
    },
  });
  await server.start();

  // A browser opening /graphql (GET, wants HTML) gets the local GraphiQL page, keeping its query string.
  app.get('/graphql', (req, res, next) => {
    const wantsHtml =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml) return next();
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    res.redirect(302, `${GRAPHIQL_PATH}${query}`);
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(server, {
      context: async ({ req }) => createContext(store, viewerOf(req.headers.authorization, auth)),
    }),
  );
  return { stop: () => server.stop(), drain: inFlight.drain };
}
