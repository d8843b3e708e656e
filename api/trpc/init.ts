// 1. The context every procedure sees, 2. tRPC's initialisation with error
// formatting, 3. the procedures: public, and signed-in (narrowed context).
import { initTRPC, TRPCError } from '@trpc/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { LoginThrottle } from '../auth/login-throttle.ts';
import { actorOf } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import type { Account, Session } from '../domain/types.ts';
import type { AuditContext, Store } from '../store/store.ts';

z.config(z.locales.sv());

// 1. Context

export interface Services {
  store: Store;
  throttle: LoginThrottle;
  now: () => Date;
  newId: () => string;
}

export interface Context extends Services {
  req: IncomingMessage;
  res: ServerResponse;
  /** The client's address, for throttling sign-in attempts. */
  address: string;
  /** Whether the request came over TLS (directly or via a trusted proxy). */
  secure: boolean;
  session?: Session;
  account?: Account;
}

// 2. Initialisation

export const INTERNAL_MESSAGE = 'Ett internt fel inträffade. Försök igen om en stund.';

interface FieldError {
  field: string;
  message: string;
}

function fieldErrors(cause: unknown): FieldError[] | undefined {
  if (cause instanceof z.ZodError) {
    return cause.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(indata)', message: issue.message }));
  }
  if (cause instanceof DomainError && cause.field) return [{ field: cause.field, message: cause.message }];
  return undefined;
}

const t = initTRPC.context<Context>().create({
  // Stack traces and internals never leave the server.
  isDev: false,
  errorFormatter({ shape, error }) {
    const fields = fieldErrors(error.cause);
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? INTERNAL_MESSAGE
        : error.cause instanceof z.ZodError
          ? `Ogiltiga uppgifter: ${fields!.map((f) => `${f.field}: ${f.message}`).join('; ')}`
          : shape.message;
    return { message, code: shape.code, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fields } };
  },
});

/** Domain errors carry their own code and Swedish message. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

// 3. Procedures

export const router = t.router;
export const publicProcedure = t.procedure.use(domainErrors);

export const signedInProcedure = publicProcedure.use(({ ctx, path, next }) => {
  const { account, session } = ctx;
  if (!account || !session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Du behöver logga in.' });
  const actor = actorOf(account);
  const audit: AuditContext = { actorId: account.id, procedure: path };
  return next({ ctx: { account, session, actor, audit } });
});
