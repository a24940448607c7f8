// API tokens: bearer tokens with a role, stored only as SHA-256 hashes (a 32-byte random token needs no slow hash).
// Tokens come from KIES_TOKENS_FILE (a JSON file) or KIES_TOKENS (the same JSON inline); `npm run token` makes one.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ROLES, type Role } from '@kies/schema';

export interface TokenEntry {
  name: string;
  role: Role;
  /** Hex SHA-256 of the token. The token itself is never stored. */
  tokenSha256: string;
}

export interface Identity {
  name: string;
  role: Role;
}

export interface AuthConfig {
  tokens: TokenEntry[];
  /** When true every GraphQL request needs a valid token (viewer or better); reads are public otherwise. */
  readRequiresToken: boolean;
}

const TOKEN_PREFIX = 'kies_';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A new random token (32 bytes, base64url) and the entry that grants it `role`. */
export function newToken(name: string, role: Role): { token: string; entry: TokenEntry } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, entry: { name, role, tokenSha256: sha256Hex(token) } };
}

export const roleAtLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed);

/** Checks the shape of a token list; throws naming the source and the entry. */
export function parseTokenEntries(text: string, source: string): TokenEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`auth: ${source} is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (!Array.isArray(raw)) throw new Error(`auth: ${source} must be a JSON array of {name, role, tokenSha256}`);
  const names = new Set<string>();
  return raw.map((item, i) => {
    const entry = item as Partial<TokenEntry>;
    const where = `auth: ${source} entry ${i + 1}`;
    if (typeof entry.name !== 'string' || !/^[\w.@-]{1,100}$/.test(entry.name))
      throw new Error(`${where}: name must be 1-100 letters, digits, . _ @ -`);
    if (!ROLES.includes(entry.role as Role)) throw new Error(`${where}: role must be one of ${ROLES.join(', ')}`);
    if (typeof entry.tokenSha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.tokenSha256)) {
      throw new Error(
        `${where}: tokenSha256 must be 64 lower-case hex digits (the SHA-256 of the token, never the token)`,
      );
    }
    if (names.has(entry.name)) throw new Error(`${where}: duplicate name "${entry.name}"`);
    names.add(entry.name);
    return { name: entry.name, role: entry.role as Role, tokenSha256: entry.tokenSha256 };
  });
}

/** Reads the token list from KIES_TOKENS_FILE and/or KIES_TOKENS; none configured means nobody can write. */
export function loadTokens(env: NodeJS.ProcessEnv = process.env): TokenEntry[] {
  const entries: TokenEntry[] = [];
  if (env.KIES_TOKENS_FILE) {
    let text: string;
    try {
      text = readFileSync(env.KIES_TOKENS_FILE, 'utf8');
    } catch (error) {
      throw new Error(`auth: cannot read KIES_TOKENS_FILE ${env.KIES_TOKENS_FILE}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    entries.push(...parseTokenEntries(text, env.KIES_TOKENS_FILE));
  }
  if (env.KIES_TOKENS) entries.push(...parseTokenEntries(env.KIES_TOKENS, 'KIES_TOKENS'));
  return entries;
}

/**
 * The identity a bearer token belongs to, or null. Every entry is compared (in constant time per entry), so the
 * answer's timing does not tell which entry, or how much of a hash, matched.
 */
export function identify(token: string, tokens: readonly TokenEntry[]): Identity | null {
  const presented = Buffer.from(sha256Hex(token), 'hex');
  let found: TokenEntry | null = null;
  for (const entry of tokens) {
    const stored = Buffer.from(entry.tokenSha256, 'hex');
    if (stored.length === presented.length && timingSafeEqual(stored, presented) && !found) found = entry;
  }
  return found ? { name: found.name, role: found.role } : null;
}

/** The token of an `Authorization: Bearer <token>` header; undefined without one, null when malformed. */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer\s+(\S{1,512})$/i.exec(header.trim());
  return match ? match[1]! : null;
}
