// Toolbar sign-in: paste a bearer token (checked, then kept in sessionStorage), or see who is signed in and sign out.
import { useState } from 'react';
import type { Translate } from '../../core/i18n/i18n';
import type { Auth } from './use-auth';

export function SignInControl({ auth, t }: { auth: Auth; t: Translate }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { state } = auth;

  if (state.status === 'signedIn') {
    const { name, role } = state.viewer;
    return (
      <div className="auth" data-testid="auth">
        <span className="who" data-testid="signed-in">
          {t('auth.signedInAs', { name, role: t(`role.${role}`) })}
        </span>
        <button type="button" onClick={auth.signOut} data-testid="sign-out">
          {t('auth.signOut')}
        </button>
      </div>
    );
  }
  const submit = async () => {
    const next = await auth.signIn(text);
    // Never leave a token in a form field (or in React state) longer than needed.
    setText('');
    if (next.status === 'signedIn') setOpen(false);
  };
  const message = state.status === 'anonymous' ? state.message : null;
  return (
    <div className="auth" data-testid="auth">
      {!open && (
        <button type="button" onClick={() => setOpen(true)} data-testid="sign-in">
          {t('auth.signIn')}
        </button>
      )}
      {open && (
        <form
          className="auth-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor="auth-token" className="sr-only">
            {t('auth.tokenLabel')}
          </label>
          <input
            id="auth-token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('auth.tokenLabel')}
            title={t('auth.tokenHint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={message ? 'auth-message' : undefined}
          />
          <button type="submit" disabled={state.status === 'checking'} data-testid="sign-in-submit">
            {t('auth.submit')}
          </button>
          <button
            type="button"
            onClick={() => {
              setOpen(false);
              setText('');
            }}
          >
            {t('auth.cancel')}
          </button>
        </form>
      )}
      {state.status === 'checking' && <span className="muted">{t('auth.checking')}</span>}
      {message && (
        <span id="auth-message" className="error" role="alert" data-testid="auth-message">
          {t(message)}
        </span>
      )}
    </div>
  );
}
