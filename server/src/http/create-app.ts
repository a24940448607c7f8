// The one HTTP process: GraphQL at /graphql, health at /health, and the built web app at /.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KiesStore } from '../store/kies-store.js';
import { mountGraphql } from '../graphql/index.js';

export interface AppOptions {
  store: KiesStore;
  /** Folder with the built web app (web/dist); when absent only the API is served. */
  webDist?: string;
}

export async function createApp({ store, webDist }: AppOptions): Promise<{ app: Express; stop: () => Promise<void> }> {
  const app = express();
  app.disable('x-powered-by');
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
        },
      },
    }),
  );

  app.get('/health', async (_req, res) => {
    const health = await store.health();
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ok' : 'unavailable', ...health });
  });

  const graphql = await mountGraphql(app, store);

  if (webDist && existsSync(join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes (the URL holds the view state) all get the app shell.
    app.get(/^\/(?!graphql|health).*/, (_req, res) => res.sendFile(join(webDist, 'index.html')));
  }
  return { app, stop: graphql.stop };
}
