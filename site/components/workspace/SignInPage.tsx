import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, problemOf, queryParam, safeReturnPath } from '../../lib/workspace/api.ts';

export function SignInPage() {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const back = safeReturnPath(queryParam('tillbaka'), location.origin);
  const signedOut = queryParam('utloggad') === '1';

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(!username.trim() ? 'Ange ditt användarnamn.' : 'Ange ditt lösenord.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api.auth.login.mutate({ username: username.trim(), password });
      location.assign(back);
    } catch (err) {
      setError(problemOf(err).message);
      setBusy(false);
    }
  }

  return (
    <div className="ws-signin">
      <h1>Logga in</h1>
      <p>Arbetsytan är till för sammankallande och lokala samordnare: dagordningar, protokoll och lägesbild.</p>
      {signedOut && !error && (
        <p className="ws-note" role="status">
          Du är utloggad.
        </p>
      )}
      <form onSubmit={submit} noValidate className="ws-form">
        {error && (
          <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={errorRef} id="inloggning-fel">
            {error}
          </p>
        )}
        <div className="ws-field">
          <label htmlFor="anvandarnamn">Användarnamn</label>
          <input
            id="anvandarnamn"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            aria-describedby={error ? 'inloggning-fel' : undefined}
            required
            autoFocus
          />
        </div>
        <div className="ws-field">
          <label htmlFor="losenord">Lösenord</label>
          <input
            id="losenord"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={error ? 'inloggning-fel' : undefined}
            required
          />
        </div>
        <button type="submit" className="ws-primary" disabled={busy}>
          {busy ? 'Loggar in …' : 'Logga in'}
        </button>
      </form>
    </div>
  );
}
