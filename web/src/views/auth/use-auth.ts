// The session's sign-in state for the screens: restores a token kept in this tab, follows sign-in/out and refusals.
import { useCallback, useEffect, useState } from 'react';
import { ANONYMOUS, restoreSession, signIn, type AuthState } from '../../core/auth/auth-state';
import { tokenStore } from '../../core/auth/token-store';

export interface Auth {
  state: AuthState;
  signIn: (input: string) => Promise<AuthState>;
  signOut: () => void;
}

export function useAuth(): Auth {
  const [state, setState] = useState<AuthState>(() => (tokenStore.get() ? { status: 'checking' } : ANONYMOUS));

  useEffect(() => {
    let live = true;
    if (tokenStore.get()) void restoreSession(tokenStore).then((s) => live && setState(s));
    // Any request that finds the stored token refused clears it: the edit controls go away with a message.
    const off = tokenStore.subscribe((token, reason) => {
      if (!token && reason) setState({ status: 'anonymous', message: reason });
    });
    return () => {
      live = false;
      off();
    };
  }, []);

  const doSignIn = useCallback(async (input: string) => {
    setState({ status: 'checking' });
    const next = await signIn(input, tokenStore);
    setState(next);
    return next;
  }, []);

  const signOut = useCallback(() => {
    tokenStore.clear();
    setState(ANONYMOUS);
  }, []);

  return { state, signIn: doSignIn, signOut };
}
