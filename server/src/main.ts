// `npm start`: opens the store (embedded by default, Neo4j when NEO4J_URI is set), seeds it when empty, serves.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { readConfig } from './config.js';
import { openStore } from './store/open-store.js';
import { readSeedGraph } from './seed-graph.js';
import { createApp } from './http/create-app.js';
import { watchTokens } from './auth/token-reload.js';
import { pino } from 'pino';

/** How long a graceful stop may take before the process exits anyway (code 1). */
const SHUTDOWN_TIMEOUT_MS = 10_000;
const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });
  const store = await openStore(config);
  if (config.seedOnStart && (await store.isEmpty())) {
    const started = Date.now();
    const summary = await store.importGraph(readSeedGraph());
    console.log(
      `kies: seeded ${summary.nodes} nodes and ${summary.relationships} relationships in ${Date.now() - started} ms`,
    );
  }
  const health = await store.health();
  const { app, stop, drain } = await createApp({
    store,
    webDist: WEB_DIST,
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    maxConcurrentOperations: config.maxConcurrentOperations,
    logger,
    auth: config.auth,
    dataDir: config.dataDir,
  });
  // Token rotation without restart: the tokens file is re-read on change and on SIGHUP (kill -HUP <pid>).
  const tokens = watchTokens(config.auth);
  process.on('SIGHUP', () => void tokens.reload('SIGHUP'));
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`kies: ${health.detail}`);
    console.log(
      `kies: ${config.auth.tokens.length} API token(s); reading ${config.auth.readRequiresToken ? 'needs a token' : 'is public'}`,
    );
    console.log(`kies: explorer on http://${config.host}:${port}/  (GraphQL: /graphql)`);
    // Paths, gaps, partners and the neighbourhood share one whole-graph read (seconds at 100k nodes): done while
    // nobody waits for it, so the first visitor's click does not. A failure only means the first call reads it.
    const warming = Date.now();
    store.warm().then(
      () => console.log(`kies: analyses ready in ${Date.now() - warming} ms`),
      (error: Error) => console.error(`kies: reading the graph for the analyses failed: ${error.message}`),
    );
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // Armed first: whatever hangs below (a client that never reads, a store that never answers), the process ends.
    setTimeout(() => {
      console.error(`kies: shutdown did not finish within ${SHUTDOWN_TIMEOUT_MS / 1000} s, exiting`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    console.log(`kies: ${signal}, finishing in-flight requests`);
    // In-flight requests finish before the store closes, so nothing acknowledged is lost.
    // Stop accepting connections, wait for every handler to answer (even for clients that hung up), then stop
    // GraphQL and close the store: queued writes are committed before close returns.
    tokens.close();
    // close() resolves once every accepted request has been answered (Node answers them with `Connection: close`);
    // a request still in express's pipeline is not yet a GraphQL operation, so drain() alone would not wait for it.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    await closed;
    await drain();
    await stop();
    await store.close();
    console.log('kies: store closed, exiting');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
