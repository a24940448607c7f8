// Sign-in state: token normalisation, sessionStorage-only keeping, 401 handling and the edit-control decision.
import { describe, expect, it } from 'vitest';
import { ApiError, request, UNKNOWN_TOKEN } from '../api/client';
import { UndoChangeDocument, ViewerDocument } from '../api/generated/operations';
import { canEdit, checkToken, restoreSession, signIn, viewerOf } from './auth-state';
import { createTokenStore, normalizeToken, TOKEN_KEY, type SessionStore } from './token-store';

function memory(initial: Record<string, string> = {}): SessionStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

/** A fetch that answers like the server: known tokens get a viewer, unknown ones 401, none gets null. */
function server(known: Record<string, { name: string; role: string; canEdit: boolean }>, seen: (string | null)[] = []) {
  return (async (_url: string, init: RequestInit) => {
    const header = (init.headers as Record<string, string>).authorization ?? null;
    seen.push(header);
    const token = header?.replace(/^Bearer /, '') ?? null;
    if (token && !known[token]) {
      return new Response(
        JSON.stringify({ errors: [{ message: 'unknown or revoked token', extensions: { code: 'UNAUTHENTICATED' } }] }),
        { status: 401 },
      );
    }
    return new Response(JSON.stringify({ data: { viewer: token ? known[token] : null } }), { status: 200 });
  }) as unknown as typeof fetch;
}

const ALICE = { name: 'alice', role: 'editor', canEdit: true };
const VERA = { name: 'vera', role: 'viewer', canEdit: false };

describe('token store', () => {
  it('normalises a pasted token and refuses empty or spaced values', () => {
    expect(normalizeToken('  Bearer kies_abc  ')).toBe('kies_abc');
    expect(normalizeToken('kies_abc\n')).toBe('kies_abc');
    expect(normalizeToken('   ')).toBeNull();
    expect(normalizeToken('two words')).toBeNull();
  });

  it('keeps the token in the given (session) storage and forgets it on clear, telling listeners why', () => {
    const storage = memory();
    const store = createTokenStore(storage);
    const heard: [string | null, string | null][] = [];
    store.subscribe((t, r) => heard.push([t, r]));
    store.set('kies_x');
    expect(storage.data[TOKEN_KEY]).toBe('kies_x');
    expect(createTokenStore(storage).get()).toBe('kies_x');
    store.clear('auth.rejected');
    expect(storage.data[TOKEN_KEY]).toBeUndefined();
    expect(heard).toEqual([
      ['kies_x', null],
      [null, 'auth.rejected'],
    ]);
  });
});

describe('sign-in', () => {
  it('stores a token only after the server accepted it; editors may edit, viewers may not', async () => {
    const store = createTokenStore(memory());
    const fetcher = server({ kies_alice: ALICE, kies_vera: VERA });
    const alice = await signIn(' kies_alice ', store, fetcher);
    expect(alice).toEqual({ status: 'signedIn', viewer: ALICE });
    expect(canEdit(alice)).toBe(true);
    expect(store.get()).toBe('kies_alice');
    const vera = await signIn('kies_vera', store, fetcher);
    expect(canEdit(vera)).toBe(false);
    expect(viewerOf(vera)?.name).toBe('vera');
  });

  it('a bad token (401) is not kept and says so', async () => {
    const storage = memory();
    const store = createTokenStore(storage);
    const state = await signIn('kies_typo', store, server({ kies_alice: ALICE }));
    expect(state).toEqual({ status: 'anonymous', message: 'auth.rejected' });
    expect(canEdit(state)).toBe(false);
    expect(store.get()).toBeNull();
    expect(storage.data).toEqual({});
    expect(await signIn('', store, server({}))).toEqual({ status: 'anonymous', message: 'auth.empty' });
  });

  it('restores a kept token, and drops one the server no longer knows', async () => {
    const ok = createTokenStore(memory({ [TOKEN_KEY]: 'kies_alice' }));
    expect(await restoreSession(ok, server({ kies_alice: ALICE }))).toEqual({ status: 'signedIn', viewer: ALICE });
    const revoked = createTokenStore(memory({ [TOKEN_KEY]: 'kies_old' }));
    expect((await restoreSession(revoked, server({}))).status).toBe('anonymous');
    expect(revoked.get()).toBeNull();
    expect(
      await checkToken('kies_x', (async () => {
        throw new TypeError('offline');
      }) as unknown as typeof fetch),
    ).toEqual({ status: 'anonymous', message: 'auth.unreachable' });
  });
});

describe('client', () => {
  it('sends the stored token as a bearer header on every request', async () => {
    const seen: (string | null)[] = [];
    const store = createTokenStore(memory());
    const fetcher = server({ kies_alice: ALICE }, seen);
    await request(ViewerDocument, {}, { fetcher, tokens: store });
    store.set('kies_alice');
    await request(ViewerDocument, {}, { fetcher, tokens: store });
    expect(seen).toEqual([null, 'Bearer kies_alice']);
  });

  it('a refused stored token is cleared; reads retry anonymously, writes fail', async () => {
    const seen: (string | null)[] = [];
    const store = createTokenStore(memory({ [TOKEN_KEY]: 'kies_revoked' }));
    const reasons: (string | null)[] = [];
    store.subscribe((_, r) => reasons.push(r));
    const data = await request(ViewerDocument, {}, { fetcher: server({}, seen), tokens: store });
    expect(data.viewer).toBeNull();
    expect(seen).toEqual(['Bearer kies_revoked', null]);
    expect(reasons).toEqual([UNKNOWN_TOKEN]);
    store.set('kies_revoked');
    const write = request(UndoChangeDocument, { auditId: 'x' }, { fetcher: server({}), tokens: store });
    await expect(write).rejects.toBeInstanceOf(ApiError);
    expect(store.get()).toBeNull();
  });
});
