// /trpc: the API. Cross-site requests are refused before tRPC sees them:
// mutations need a JSON body and the x-vbe-client header, which a plain
// HTML form or a no-cors fetch from another site cannot send.
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { appRouter } from '../routers/index.ts';
import type { Services } from '../services.ts';
import type { Context } from '../trpc/init.ts';
import { MAX_BODY_BYTES } from './body-limit.ts';
import { resolveSession } from './session.ts';

export const TRPC_PREFIX = '/trpc/';
/** Calls in one batch request (`?batch=1`). */
export const MAX_BATCH_SIZE = 10;

// JSON-RPC numbers of the codes refused here, as tRPC numbers them.
const RPC_CODES: Record<string, number> = {
  BAD_REQUEST: -32600,
  FORBIDDEN: -32003,
  METHOD_NOT_SUPPORTED: -32005,
  UNSUPPORTED_MEDIA_TYPE: -32015,
};

function refuse(res: ServerResponse, httpStatus: number, code: string, message: string): void {
  res.writeHead(httpStatus, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { message, code: RPC_CODES[code] ?? -32600, data: { code, httpStatus } } }));
}

/** A batch of more calls than allowed, refused with a Swedish message before tRPC reads it. */
export function batchRefusal(url: string | undefined): { status: number; code: string; message: string } | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url ?? '/', 'http://localhost');
    // tRPC decodes the path before splitting it, so "%2C" counts as a comma.
    path = decodeURIComponent(parsed.pathname.slice(TRPC_PREFIX.length));
  } catch {
    return null; // tRPC refuses it, in Swedish through the error formatter
  }
  if (parsed.searchParams.get('batch') !== '1') return null;
  const calls = path.split(',').length;
  if (calls <= MAX_BATCH_SIZE) return null;
  return { status: 400, code: 'BAD_REQUEST', message: `För många anrop i en begäran: högst ${MAX_BATCH_SIZE} (fick ${calls}).` };
}

/** Why a request may not reach tRPC, or null. */
export function crossSiteRefusal(req: IncomingMessage): { status: number; code: string; message: string } | null {
  if (req.headers['sec-fetch-site'] === 'cross-site') {
    return { status: 403, code: 'FORBIDDEN', message: 'Anrop från andra webbplatser tas inte emot.' };
  }
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  if (req.method !== 'POST') return { status: 405, code: 'METHOD_NOT_SUPPORTED', message: 'Metoden stöds inte.' };
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) {
    return { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Ändringar måste skickas som JSON (Content-Type: application/json).' };
  }
  if (!String(req.headers['x-vbe-client'] ?? '').trim()) {
    return { status: 403, code: 'FORBIDDEN', message: 'Ändringar måste skickas med rubriken x-vbe-client.' };
  }
  return null;
}

/**
 * The client's address for throttling. Behind a trusted proxy every request
 * comes from the proxy, so the address it appended last is the client's.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').at(-1)?.trim() : '';
  return forwarded || req.socket.remoteAddress || 'okänd';
}

export function trpcEndpoint(services: Services, options: { trustProxy: boolean }) {
  async function createContext({ req, res }: { req: IncomingMessage; res: ServerResponse }): Promise<Context> {
    const forwardedProto = options.trustProxy ? String(req.headers['x-forwarded-proto'] ?? '') : '';
    const ctx: Context = {
      ...services,
      http: { req, res },
      address: clientAddress(req, options.trustProxy),
      secure: Boolean((req.socket as TLSSocket).encrypted) || forwardedProto.split(',')[0].trim() === 'https',
    };
    const resolved = await resolveSession(services, req);
    return resolved ? { ...ctx, ...resolved } : ctx;
  }

  const handler = createHTTPHandler({
    router: appRouter,
    basePath: TRPC_PREFIX,
    // A batch is one request: bound it, so no single request carries a flood of calls.
    maxBatchSize: MAX_BATCH_SIZE,
    // The server has read the body already (at most MAX_BODY_BYTES, see body-limit.ts);
    // this only holds should a body ever reach tRPC unread.
    maxBodySize: MAX_BODY_BYTES,
    createContext,
    onError({ error, path }) {
      // Never the input: it may hold note text.
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`Internt fel i ${path ?? '(okänd procedur)'}:`, error.cause ?? error);
    },
  });

  let warnedAboutProxy = false;
  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('Cache-Control', 'no-store');
    // Behind a proxy that is not trusted every client seems to have its address: say so once, for the operator.
    if (!options.trustProxy && !warnedAboutProxy && req.headers['x-forwarded-for']) {
      warnedAboutProxy = true;
      console.warn('Anropen kommer via en proxy (X-Forwarded-For) men TRUST_PROXY är inte satt: alla klienter räknas som samma adress vid inloggningsspärren. Sätt TRUST_PROXY=1 om proxyn är er egen.');
    }
    const refusal = crossSiteRefusal(req) ?? batchRefusal(req.url);
    if (refusal) return refuse(res, refusal.status, refusal.code, refusal.message);
    handler(req, res);
  };
}
