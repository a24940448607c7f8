// Who is signed in: the `viewer` answer for the session's token, and whether edit controls may be shown.
import { ApiError, request, type Fetcher } from '../api/client';
import { ViewerDocument, type ViewerQuery } from '../api/generated/operations';
import { normalizeToken, type TokenStore } from './token-store';

/** The holder of the session's token (schema Viewer). */
export type Viewer = NonNullable<ViewerQuery['viewer']>;

/** `message` is an i18n key (auth.*), shown next to the sign-in control. */
export type AuthState =
  { status: 'anonymous'; message: string | null } | { status: 'checking' } | { status: 'signedIn'; viewer: Viewer };

export const ANONYMOUS: AuthState = { status: 'anonymous', message: null };

/** Edit controls are rendered only for this, never merely disabled for others. */
export function canEdit(state: AuthState): boolean {
  return state.status === 'signedIn' && state.viewer.canEdit;
}

export function viewerOf(state: AuthState): Viewer | null {
  return state.status === 'signedIn' ? state.viewer : null;
}

/** Asks the server who `token` belongs to: signed in, anonymous (no such user), or refused (401: bad token). */
export async function checkToken(token: string, fetcher?: Fetcher): Promise<AuthState> {
  try {
    const data = await request(ViewerDocument, {}, { token, fetcher });
    return data.viewer ? { status: 'signedIn', viewer: data.viewer } : ANONYMOUS;
  } catch (error) {
    if (error instanceof ApiError && (error.details.status === 401 || error.details.code === 'UNAUTHENTICATED')) {
      return { status: 'anonymous', message: 'auth.rejected' };
    }
    return { status: 'anonymous', message: 'auth.unreachable' };
  }
}

/**
 * Signs in with a pasted value: the token is checked first and stored only when the server knows it, so a typo
 * never reaches sessionStorage nor turns every later read into a 401.
 */
export async function signIn(input: string, tokens: TokenStore, fetcher?: Fetcher): Promise<AuthState> {
  const token = normalizeToken(input);
  if (!token) return { status: 'anonymous', message: 'auth.empty' };
  const state = await checkToken(token, fetcher);
  if (state.status === 'signedIn') tokens.set(token);
  else tokens.clear();
  return state;
}

/** On page load: the token kept from earlier in this tab, if the server still accepts it. */
export async function restoreSession(tokens: TokenStore, fetcher?: Fetcher): Promise<AuthState> {
  const token = tokens.get();
  if (!token) return ANONYMOUS;
  const state = await checkToken(token, fetcher);
  if (state.status === 'anonymous' && state.message === 'auth.rejected') tokens.clear();
  return state;
}
