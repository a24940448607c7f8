// `npm start`: opens the store (embedded by default, Neo4j when NEO4J_URI is set), seeds it when empty, serves.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { readConfig } from './config.js';
import { openStore } from './store/open-store.js';
import { readSeedGraph } from './seed-graph.js';
import { createApp } from './http/create-app.js';
import { pino } from 'pino';

const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });
  const store = await openStore(config);
  if (config.seedOnStart && (await store.isEmpty())) {
    const started = Date.now();
    const summary = await store.importGraph(readSeedGraph());
    console.log(`kies: seeded ${summary.nodes} nodes and ${summary.relationships} relationships in ${Date.now() - started} ms`);
  }
  const health = await store.health();
  const { app, stop, drain } = await createApp({
    store,
    webDist: WEB_DIST,
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    logger,
    auth: config.auth,
  });
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`kies: ${health.detail}`);
    console.log(`kies: ${config.auth.tokens.length} API token(s); reading ${config.auth.readRequiresToken ? 'needs a token' : 'is public'}`);
    console.log(`kies: explorer on http://${config.host}:${port}/  (GraphQL: /graphql)`);
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`kies: ${signal}, finishing in-flight requests`);
    // In-flight requests finish before the store closes, so nothing acknowledged is lost.
    // Stop accepting connections, wait for every handler to answer (even for clients that hung up), then stop
    // GraphQL and close the store: queued writes are committed before close returns.
    server.close();
    server.closeIdleConnections();
    await drain();
    await stop();
    await store.close();
    console.log('kies: store closed, exiting');
    process.exit(0);
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
