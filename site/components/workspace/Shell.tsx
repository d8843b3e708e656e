// Every workspace page: checks the session (signed-out users go to sign-in
// and come back), shows who is signed in, and gives the page the account.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ROLE_LABELS } from '../../../api/domain/codes.ts';
import { canReadCity } from '../../../api/domain/access.ts';
import { api, signInUrl, type Account } from '../../lib/workspace/api.ts';
import { allDraftKeys, browserStorage, clearDraft } from './meeting/draft.ts';
import { Loading, Problem } from './states.tsx';
import { useHashTarget } from './use-hash-target.ts';
import { useLoad } from './use-load.ts';

const AccountContext = createContext<Account | null>(null);

export function useAccount(): Account {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount utanför Shell');
  return account;
}

function SignedInBar({ account }: { account: Account }) {
  const [leaving, setLeaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The button was disabled while waiting, which drops focus; give it back once it is enabled again.
  useEffect(() => {
    if (failed) buttonRef.current?.focus();
  }, [failed]);
  async function signOut() {
    // Drafts hold minutes text; a shared computer must not keep them after sign-out.
    const storage = browserStorage();
    const drafts = allDraftKeys(storage as Storage | null);
    if (drafts.length > 0 && !window.confirm(`Du har ${drafts.length} osparade utkast i den här webbläsaren. De raderas när du loggar ut. Logga ut ändå?`)) return;
    setLeaving(true);
    setFailed(false);
    try {
      await api.auth.logout.mutate();
    } catch {
      // Still signed in: say so, keep the drafts, and let the user try again.
      setFailed(true);
      setLeaving(false);
      return;
    }
    for (const key of allDraftKeys(storage as Storage | null)) clearDraft(storage, key);
    location.assign('/logga-in/?utloggad=1');
  }
  return (
    <div className="ws-bar">
      <nav aria-label="Arbetsyta" className="ws-bar-nav">
        <a href="/arbetsyta/">Mina forum</a>
        {account.role !== 'convener' && <a href="/arbetsyta/oversikt/">Översikt för stadsdelen</a>}
        {/* issue 12: the city role reads no survey rounds or reports inbox */}
        {account.role !== 'convener' && account.role !== 'city' && <a href="/arbetsyta/enkater/">Enkäter</a>}
        {account.role !== 'convener' && account.role !== 'city' && <a href="/arbetsyta/rapporter/">Rapporter</a>}
        {/* issue 12: the city's picture */}
        {canReadCity(account) && <a href="/arbetsyta/staden/">Staden</a>}
      </nav>
      <p className="ws-who">
        Inloggad som <strong>{account.displayName}</strong>, {ROLE_LABELS[account.role].toLowerCase()}
      </p>
      <button type="button" className="ws-signout" onClick={signOut} disabled={leaving} ref={buttonRef}>
        {leaving ? 'Loggar ut …' : 'Logga ut'}
      </button>
      {failed && (
        <p className="ws-field-error ws-form-error" role="alert">
          Utloggningen misslyckades. Försök igen.
        </p>
      )}
    </div>
  );
}

export function Shell({ children }: { children: ReactNode }) {
  const [me, reload] = useLoad(() => api.auth.me.query(), []);
  useHashTarget();
  const signedOut = me.state === 'ready' && !me.data.account;
  useEffect(() => {
    if (signedOut) location.replace(signInUrl());
  }, [signedOut]);

  if (me.state === 'loading') return <Loading what="din inloggning" />;
  if (me.state === 'failed') return <Problem problem={me.problem} retry={reload} />;
  if (!me.data.account) return <Loading what="inloggningssidan" />;
  return (
    <AccountContext.Provider value={me.data.account}>
      <SignedInBar account={me.data.account} />
      {children}
    </AccountContext.Provider>
  );
}
