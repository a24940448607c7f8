// The one HTTP process: GraphQL at /graphql, health and readiness, and the built web app at /.
import express, { type Express } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { rateLimit } from 'express-rate-limit';
import { pinoHttp } from 'pino-http';
import { pino, type Logger } from 'pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KiesStore } from '../store/kies-store.js';
import { mountGraphql, NO_AUTH } from '../graphql/index.js';
import type { AuthConfig } from '../auth/tokens.js';
import { adminRoutes } from './admin-routes.js';
import { graphqlRequestErrors } from './request-errors.js';
import { admission } from './admission.js';

export interface AppOptions {
  store: KiesStore;
  /** Folder with the built web app (web/dist); when absent only the API is served. */
  webDist?: string;
  corsOrigins?: string[];
  /** Requests per minute per client on /graphql; 0 or undefined = no limit (tests, benchmarks). */
  rateLimitPerMinute?: number;
  /** GraphQL operations run at once, the rest wait in arrival order (admission.ts); 0 or undefined = no limit. */
  maxConcurrentOperations?: number;
  /** Structured request logs; silent when omitted. */
  logger?: Logger;
  /** Readiness: false until the store is seeded; /ready answers 503 meanwhile. */
  isReady?: () => boolean;
  /** API tokens and whether reading needs one; default: public reads, no writers. */
  auth?: AuthConfig;
  /** KIES_DATA_DIR: an online restore saves the graph it replaces under its backups/ (without it: restore refused). */
  dataDir?: string;
}

export interface RunningApp {
  app: Express;
  /** Stops the GraphQL server (after `drain`, so no operation is cut off). */
  stop: () => Promise<void>;
  /** Resolves once no GraphQL operation is running (one whose client hung up may still be running). */
  drain: () => Promise<void>;
}

export async function createApp(options: AppOptions): Promise<RunningApp> {
  const {
    store,
    webDist,
    corsOrigins = [],
    rateLimitPerMinute = 0,
    maxConcurrentOperations = 0,
    isReady = () => true,
    auth = NO_AUTH,
  } = options;
  // Bearer tokens never reach the logs.
  const logger = (options.logger ?? pino({ level: 'silent' })).child(
    {},
    { redact: ['req.headers.authorization', 'req.headers.cookie'] },
  );
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(pinoHttp({ logger, autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/ready' } }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        // Everything is served from our own bundle (no CDN: machines may be offline). Cytoscape and
        // GraphiQL set inline styles, so style-src needs 'unsafe-inline'; scripts never do.
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          workerSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          // The explorer is often served over plain HTTP inside an intranet; upgrading would break it there.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  // Same-origin by default: CORS headers only for origins the operator lists explicitly.
  if (corsOrigins.length > 0)
    app.use(
      '/graphql',
      cors({
        origin: corsOrigins,
        methods: ['GET', 'POST'],
        allowedHeaders: ['Content-Type', 'Authorization', 'Apollo-Require-Preflight'],
        maxAge: 600,
      }),
    );
  if (rateLimitPerMinute > 0) {
    app.use(
      '/graphql',
      rateLimit({ windowMs: 60_000, limit: rateLimitPerMinute, standardHeaders: 'draft-8', legacyHeaders: false }),
    );
  }

  app.get('/health', async (_req, res) => {
    const health = await store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', ...health });
  });
  app.get('/ready', async (_req, res) => {
    const health = await store.health();
    const ready = health.ok && isReady();
    res.status(ready ? 200 : 503).json({ ready, engine: health.engine });
  });

  if (maxConcurrentOperations > 0) app.use('/graphql', admission(maxConcurrentOperations));
  const graphql = await mountGraphql(app, store, auth);
  // A body that is not JSON or too large: a GraphQL-shaped 4xx with a code, not express's HTML page.
  app.use('/graphql', graphqlRequestErrors);
  // Online backup and restore, admin token only (admin-routes.ts).
  app.use('/admin', adminRoutes({ store, auth, dataDir: options.dataDir }));

  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (the URL holds the view state) all get the app shell.
    app.get(/^\/(?!graphql|health|ready|admin).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  }
  return { app, stop: graphql.stop, drain: graphql.drain };
}
