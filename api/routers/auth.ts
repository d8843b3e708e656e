import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { verifyAgainstDummy, verifyPassword } from '../auth/passwords.ts';
import {
  clearedSessionCookie,
  hashSessionToken,
  newSessionToken,
  SESSION_LIMITS,
  sessionCookie,
} from '../auth/session-token.ts';
import type { Account } from '../domain/types.ts';
import { publicProcedure, router } from '../trpc/init.ts';
import { publicAccount } from './views.ts';

const FAILED = 'Fel användarnamn eller lösenord.';
const THROTTLED = 'För många misslyckade inloggningar. Vänta en stund och försök igen.';

export const authRouter = router({
  login: publicProcedure
    .input(z.object({ username: z.string().trim().min(1, 'Ange användarnamn.').max(100), password: z.string().min(1, 'Ange lösenord.').max(200) }))
    .mutation(async ({ ctx, input }) => {
      const gate = ctx.throttle.begin(input.username, ctx.address);
      if (!gate.allowed) {
        ctx.res.setHeader('Retry-After', String(gate.retryAfterSeconds));
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: THROTTLED });
      }
      let account: Account | undefined;
      let ok = false;
      try {
        account = await ctx.store.findAccountByUsername(input.username);
        ok = account && !account.disabled ? await verifyPassword(input.password, account.passwordHash) : await verifyAgainstDummy(input.password);
      } finally {
        // A verification that throws still ends its reserved attempt, as a failure.
        if (!ok) ctx.throttle.recordFailure(input.username, ctx.address);
      }
      if (!ok || !account || account.disabled) {
        throw new TRPCError({ code: 'UNAUTHORIZED', message: FAILED });
      }
      ctx.throttle.recordSuccess(input.username, ctx.address);

      const token = newSessionToken();
      const now = ctx.now().toISOString();
      await ctx.store.createSession(
        { tokenHash: hashSessionToken(token), accountId: account.id, createdAt: now, lastSeenAt: now },
        { actorId: account.id, procedure: 'auth.login' },
      );
      ctx.res.appendHeader(
        'Set-Cookie',
        sessionCookie(token, { secure: ctx.secure, maxAgeSeconds: Math.floor(SESSION_LIMITS.absoluteMs / 1000) }),
      );
      return { account: publicAccount(account) };
    }),

  // Public so that a stale cookie can always be cleared.
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) {
      await ctx.store.deleteSession(ctx.session.tokenHash, { actorId: ctx.session.accountId, procedure: 'auth.logout' });
    }
    ctx.res.appendHeader('Set-Cookie', clearedSessionCookie(ctx.secure));
    return { signedOut: true };
  }),

  me: publicProcedure.query(({ ctx }) => ({ account: ctx.account ? publicAccount(ctx.account) : null })),
});
