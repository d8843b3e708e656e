// 1. The context every procedure sees, 2. tRPC's initialisation with error
// formatting, 3. the procedures: public, and signed-in (narrowed context).
import { initTRPC, TRPCError } from '@trpc/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { actorOf, assertMayWrite } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import { storeErrorAsDomainError } from './store-errors.ts';
import { BODY_TOO_LARGE_MESSAGE } from '../http/body-limit.ts';
import { fieldLabel } from '../routers/field-labels.ts';
import type { Account, Session } from '../domain/types.ts';
import type { Services } from '../services.ts';
import type { AuditContext } from '../store/store.ts';

z.config(z.locales.sv());

// 1. Context

/** Everything a procedure reads except HTTP: enough to call the routers directly (createCaller) in tests. */
export interface InnerContext extends Services {
  /** The client's address, for throttling sign-in attempts. */
  address: string;
  /** Whether the request came over TLS (directly or via a trusted proxy). */
  secure: boolean;
  session?: Session;
  account?: Account;
}

export interface Context extends InnerContext {
  /** The HTTP exchange, when the call came over HTTP: sign-in reads and sets cookies through it. */
  http?: { req: IncomingMessage; res: ServerResponse };
}

// 2. Initialisation

export const INTERNAL_MESSAGE = 'Ett internt fel inträffade. Försök igen om en stund.';
export const MALFORMED_JSON_MESSAGE = 'Begäran kunde inte tolkas: indata är inte giltig JSON.';

/**
 * zod's own messages where a schema gives none, in plain Swedish: the
 * Swedish locale's "förväntat antal, fick antal" says nothing useful about
 * 1e400 (JSON reads it as Infinity). Schema messages still win.
 */
const EXPECTED: Record<string, string> = {
  string: 'Ange en text.',
  number: 'Ange ett tal.',
  int: 'Ange ett heltal.',
  boolean: 'Ange sant eller falskt.',
  array: 'Ange en lista.',
  object: 'Ange uppgifterna som ett objekt.',
};

z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'Uppgiften saknas.';
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        if (Number.isNaN(issue.input)) return 'Ange ett tal.';
        return issue.input > 0 ? 'Talet är för stort.' : 'Talet är för litet.';
      }
      return EXPECTED[issue.expected] ?? undefined;
    }
    if (issue.code === 'too_big' || issue.code === 'too_small') {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'string') return big ? `Högst ${limit} tecken.` : limit <= 1 ? 'Fältet får inte vara tomt.' : `Minst ${limit} tecken.`;
      if (issue.origin === 'array' || issue.origin === 'set') return big ? `Högst ${limit} stycken.` : `Minst ${limit} stycken.`;
      if (issue.origin === 'number' || issue.origin === 'int') return big ? `Högst ${limit}.` : `Minst ${limit}.`;
    }
    return undefined;
  },
});

interface FieldError {
  field: string;
  message: string;
  /** UTF-16 offsets of the refused part of the field's text, when the guard refused it. */
  start?: number;
  end?: number;
}

function fieldErrors(cause: unknown): FieldError[] | undefined {
  if (cause instanceof z.ZodError) {
    return cause.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(indata)', message: issue.message }));
  }
  // The span lets a form mark the refused text without the server echoing it.
  if (cause instanceof DomainError && cause.field) return [{ field: cause.field, message: cause.message, ...(cause.span ? cause.span : {}) }];
  return undefined;
}

/** What the client reads: a Swedish label per field, never the parameter name. */
function invalidInputMessage(issues: readonly z.core.$ZodIssue[], procedure: string | undefined): string {
  const parts = issues.map((issue) => `${fieldLabel(issue.path.map(String).join('.'), procedure)}: ${issue.message}`);
  return `Ogiltiga uppgifter: ${parts.join('; ')}`;
}

type ErrorCode = TRPCError['code'];

/**
 * Swedish messages for errors that are not ours: tRPC's own ("No procedure
 * found on path", "Unable to parse", "Batch call exceeds maximum size" …)
 * are English and must not reach a client.
 */
function swedishMessage(code: ErrorCode, cause: unknown, type: string, path: string | undefined): string {
  switch (code) {
    case 'PARSE_ERROR':
      return MALFORMED_JSON_MESSAGE;
    case 'BAD_REQUEST':
      return cause instanceof SyntaxError ? MALFORMED_JSON_MESSAGE : 'Begäran är felaktig och kunde inte behandlas.';
    case 'UNAUTHORIZED':
      return 'Du behöver logga in.';
    case 'FORBIDDEN':
      return 'Du har inte behörighet att göra detta.';
    case 'NOT_FOUND':
      if (type === 'unknown') {
        return path && /^[\w.-]{1,100}$/.test(path) ? `Det finns ingen procedur som heter ”${path}”.` : 'Det finns ingen sådan procedur.';
      }
      return 'Det du söker finns inte, eller så har du inte behörighet till det.';
    case 'METHOD_NOT_SUPPORTED':
      if (type === 'mutation') return 'Ändringar skickas med POST.';
      if (type === 'query') return 'Frågor hämtas med GET.';
      return 'Metoden stöds inte.';
    case 'UNSUPPORTED_MEDIA_TYPE':
      return 'Ändringar måste skickas som JSON (Content-Type: application/json).';
    case 'PAYLOAD_TOO_LARGE':
      return BODY_TOO_LARGE_MESSAGE;
    case 'CONFLICT':
      return 'Uppgifterna har ändrats under tiden. Ladda om och försök igen.';
    case 'TOO_MANY_REQUESTS':
      return 'För många försök. Vänta en stund och försök igen.';
    case 'TIMEOUT':
      return 'Begäran tog för lång tid. Försök igen.';
    case 'CLIENT_CLOSED_REQUEST':
      return 'Begäran avbröts.';
    case 'PRECONDITION_FAILED':
    case 'UNPROCESSABLE_CONTENT':
      return 'Begäran kunde inte behandlas.';
    default:
      return INTERNAL_MESSAGE;
  }
}

const t = initTRPC.context<Context>().create({
  // Stack traces and internals never leave the server.
  isDev: false,
  errorFormatter({ shape, error, type, path }) {
    const fields = fieldErrors(error.cause);
    // Only messages we wrote pass: domain errors (Swedish by construction) and
    // zod's, labelled. Everything else gets a Swedish message by its code.
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? INTERNAL_MESSAGE
        : error.cause instanceof z.ZodError
          ? invalidInputMessage(error.cause.issues, path)
          : error.cause instanceof DomainError
            ? error.cause.message
            : swedishMessage(error.code, error.cause, type, path);
    return { message, code: shape.code, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, fields } };
  },
});

/** Domain errors carry their own code and Swedish message. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    // The store's typed errors are worded here, in the users' language.
    const cause = storeErrorAsDomainError(result.error.cause) ?? result.error.cause;
    if (cause instanceof DomainError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  }
  return result;
});

// 3. Procedures

export const router = t.router;
/** Procedures of one namespace kept in separate files (meetings.* and meetings.setAttendance). */
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);

export const signedInProcedure = publicProcedure.use(({ ctx, path, type, next }) => {
  const { account, session } = ctx;
  if (!account || !session) throw new DomainError('UNAUTHORIZED', 'Du behöver logga in.');
  const actor = actorOf(account);
  // Issue 12: the read-only `city` role changes nothing but its own sign-in (auth.*), whatever a router forgets.
  if (type === 'mutation' && !path.startsWith('auth.')) assertMayWrite(actor);
  const audit: AuditContext = { actorId: account.id, procedure: path };
  return next({ ctx: { account, session, actor, audit } });
});
