// The signed-in account of a request, from its session cookie. The one place
// that decides it, for the API and the downloads alike.
import type { IncomingMessage } from 'node:http';
import { hashSessionToken, isSessionExpired, readSessionCookie } from '../auth/session-token.ts';
import type { Account, Session } from '../domain/types.ts';
import type { Services } from '../services.ts';

export interface ResolvedSession {
  session: Session;
  account: Account;
}

/** The session and its account, or null: no cookie, unknown, expired, or a disabled account. */
export async function resolveSession(services: Pick<Services, 'store' | 'now'>, req: IncomingMessage): Promise<ResolvedSession | null> {
  const token = readSessionCookie(req.headers.cookie);
  if (!token) return null;
  const tokenHash = hashSessionToken(token);
  const session = await services.store.getSession(tokenHash);
  if (!session) return null;
  const now = services.now();
  // An expired session is ignored here (a GET changes nothing) and dropped at the next sign-in.
  if (isSessionExpired(session, now)) return null;
  const account = await services.store.getAccount(session.accountId);
  if (!account || account.disabled) return null;
  await services.store.touchSession(tokenHash, now.toISOString());
  return { session, account };
}
