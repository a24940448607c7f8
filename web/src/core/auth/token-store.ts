// The bearer token the user pasted: kept in memory and sessionStorage only (gone with the tab; never localStorage or the URL).

export const TOKEN_KEY = 'kies.token';

export interface SessionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why the token was dropped; the sign-in control shows it. */
type TokenListener = (token: string | null, reason: string | null) => void;

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  /** Forgets the token; `reason` (e.g. the server refused it) reaches the listeners. */
  clear(reason?: string | null): void;
  subscribe(listener: TokenListener): () => void;
}

/** A pasted value as a token: trimmed, an optional "Bearer " prefix dropped; null when empty or containing spaces. */
export function normalizeToken(input: string): string | null {
  const text = input
    .trim()
    .replace(/^bearer\s+/i, '')
    .trim();
  if (!text || /\s/.test(text) || text.length > 512) return null;
  return text;
}

export function createTokenStore(storage: SessionStore | null): TokenStore {
  let current: string | null = null;
  try {
    current = storage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    current = null;
  }
  const listeners = new Set<TokenListener>();
  const emit = (reason: string | null) => listeners.forEach((l) => l(current, reason));
  return {
    get: () => current,
    set(token) {
      current = token;
      try {
        storage?.setItem(TOKEN_KEY, token);
      } catch {
        // Storage disabled: the token lasts for this page only, which is still safe.
      }
      emit(null);
    },
    clear(reason = null) {
      current = null;
      try {
        storage?.removeItem(TOKEN_KEY);
      } catch {
        // Nothing stored, nothing to remove.
      }
      emit(reason);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function sessionStore(): SessionStore | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

/** The page's one token store; the GraphQL client reads it on every request. */
export const tokenStore: TokenStore = createTokenStore(sessionStore());
