// Server configuration from environment variables, read once at start-up.
import { resolve } from 'node:path';
import { loadTokens, type AuthConfig } from './auth/tokens.js';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Folder of the embedded database (used when no NEO4J_URI is set). */
  dataDir: string;
  neo4j: Neo4jConfig | null;
  /** Seed the store from graph-seed/ when it is empty at start-up. */
  seedOnStart: boolean;
  /** Origins allowed to call the API from other sites; empty = same-origin only (no CORS headers). */
  corsOrigins: string[];
  /** Requests per minute per client address on /graphql; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** GraphQL operations run at once, the rest wait in arrival order (http/admission.ts); 0 = no limit. */
  maxConcurrentOperations: number;
  logLevel: string;
  /** API tokens (KIES_TOKENS_FILE / KIES_TOKENS) and KIES_READ_REQUIRES_TOKEN. */
  auth: AuthConfig;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`config: PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.KIES_DATA_DIR ?? 'data'),
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER ?? 'neo4j',
          password: env.NEO4J_PASSWORD ?? '',
          database: env.NEO4J_DATABASE || undefined,
        }
      : null,
    seedOnStart: env.KIES_SEED_ON_START !== 'false',
    corsOrigins: (env.KIES_CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    rateLimitPerMinute: nonNegative(env.KIES_RATE_LIMIT, 1200, 'KIES_RATE_LIMIT'),
    maxConcurrentOperations: nonNegative(env.KIES_MAX_CONCURRENT, 8, 'KIES_MAX_CONCURRENT'),
    logLevel: env.LOG_LEVEL ?? 'info',
    auth: { tokens: loadTokens(env), readRequiresToken: env.KIES_READ_REQUIRES_TOKEN === 'true' },
  };
}

function nonNegative(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`config: ${name} must be a whole number >= 0, got "${raw}"`);
  return value;
}
