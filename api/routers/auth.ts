import { z } from 'zod';
import { hashPassword, needsRehash, verifyAgainstDummy, verifyPassword } from '../auth/passwords.ts';
import {
  clearedSessionCookie,
  hashSessionToken,
  newSessionToken,
  SESSION_LIMITS,
  sessionCookie,
} from '../auth/session-token.ts';
import { DomainError } from '../domain/errors.ts';
import type { Account } from '../domain/types.ts';
import type { Store } from '../store/store.ts';
import { LIMITS } from '../domain/limits.ts';
import { isWorkEmail } from '../domain/members.ts';
import { publicProcedure, router, signedInProcedure } from '../trpc/init.ts';
import { publicAccount } from './views.ts';
import { deviceCookie, knownDevice, newDeviceToken } from '../auth/device-cookie.ts';

const FAILED = 'Fel användarnamn eller lösenord.';

/** The wait in words, rounded up, so the message never promises earlier than Retry-After. */
export function throttledMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}` : `${minutes} ${minutes === 1 ? 'minut' : 'minuter'}`;
  return `För många misslyckade inloggningar med det här användarnamnet. Försök igen om ${wait}.`;
}

/**
 * Replaces a hash made with older scrypt parameters, now that the password is
 * known. Only if the stored hash is still the one just verified (a password
 * change in between wins). A failure here must not fail the sign-in.
 */
async function rehashIfNeeded(store: Store, account: Account, password: string, now: string): Promise<void> {
  if (!needsRehash(account.passwordHash)) return;
  try {
    const passwordHash = await hashPassword(password);
    await store.updateAccount(
      account.id,
      (current) => (current.passwordHash === account.passwordHash ? { ...current, passwordHash, updatedAt: now } : current),
      { actorId: account.id, procedure: 'auth.login' },
    );
  } catch (err) {
    console.error('Lösenordet kunde inte hashas om vid inloggningen:', err instanceof Error ? err.message : err);
  }
}

export const authRouter = router({
  login: publicProcedure
    .input(
      z.object({
        username: z.string().trim().min(1, 'Ange användarnamn.').max(100, 'Högst 100 tecken.'),
        password: z.string().min(1, 'Ange lösenord.').max(200, 'Högst 200 tecken.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // A browser this account signed in on before is throttled on its own, not with everyone at its address.
      const device = knownDevice(ctx.http?.req.headers.cookie, input.username);
      const origin = device ? `enhet:${device}` : ctx.address;
      const gate = ctx.throttle.begin(input.username, origin);
      if (!gate.allowed) {
        ctx.http?.res.setHeader('Retry-After', String(gate.retryAfterSeconds));
        throw new DomainError('TOO_MANY_REQUESTS', throttledMessage(gate.retryAfterSeconds));
      }
      let account: Account | undefined;
      let ok = false;
      try {
        account = await ctx.store.findAccountByUsername(input.username);
        ok = account && !account.disabled ? await verifyPassword(input.password, account.passwordHash) : await verifyAgainstDummy(input.password);
      } finally {
        // A verification that throws still ends its reserved attempt, as a failure.
        if (!ok) ctx.throttle.recordFailure(input.username, origin);
      }
      if (!ok || !account || account.disabled) {
        throw new DomainError('UNAUTHORIZED', FAILED);
      }
      ctx.throttle.recordSuccess(input.username, origin);

      const token = newSessionToken();
      const now = ctx.now().toISOString();
      await rehashIfNeeded(ctx.store, account, input.password, now);
      // The store keeps the account's newest SESSION_LIMITS.perAccount sessions.
      await ctx.store.createSession(
        { tokenHash: hashSessionToken(token), accountId: account.id, createdAt: now, lastSeenAt: now },
        { actorId: account.id, procedure: 'auth.login' },
      );
      ctx.http?.res.appendHeader(
        'Set-Cookie',
        sessionCookie(token, { secure: ctx.secure, maxAgeSeconds: Math.floor(SESSION_LIMITS.absoluteMs / 1000) }),
      );
      if (!device) ctx.http?.res.appendHeader('Set-Cookie', deviceCookie(newDeviceToken(account.username), ctx.secure));
      return { account: publicAccount(account) };
    }),

  // Public so that a stale cookie can always be cleared.
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) {
      await ctx.store.deleteSession(ctx.session.tokenHash, { actorId: ctx.session.accountId, procedure: 'auth.logout' });
    }
    ctx.http?.res.appendHeader('Set-Cookie', clearedSessionCookie(ctx.secure));
    return { signedOut: true };
  }),

  /** The account's work e-mail (organiser of its invitations, where replies go); "" removes it. Checked as forum members' addresses are. */
  setEmail: signedInProcedure
    .input(
      z.object({
        email: z
          .string()
          .trim()
          .max(LIMITS.email, `Högst ${LIMITS.email} tecken.`)
          .refine((v) => v === '' || isWorkEmail(v), 'Ange en giltig e-postadress i tjänsten.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now().toISOString();
      const account = await ctx.store.updateAccount(
        ctx.account.id,
        ({ email: _old, ...rest }) => ({ ...rest, ...(input.email ? { email: input.email } : {}), updatedAt: now }),
        ctx.audit,
      );
      return { account: publicAccount(account) };
    }),

  me: publicProcedure.query(({ ctx }) => ({ account: ctx.account ? publicAccount(ctx.account) : null })),
});
