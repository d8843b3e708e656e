// /trpc: the API. Cross-site requests are refused before tRPC sees them:
// mutations need a JSON body and the x-vbe-client header, which a plain
// HTML form or a no-cors fetch from another site cannot send.
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { appRouter } from '../routers/index.ts';
import type { Context, Services } from '../trpc/init.ts';
import { resolveSession } from './session.ts';

export const TRPC_PREFIX = '/trpc/';

function refuse(res: ServerResponse, httpStatus: number, code: string, message: string): void {
  res.writeHead(httpStatus, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { message, code: -32600, data: { code, httpStatus } } }));
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
      req,
      res,
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
    maxBatchSize: 10,
    createContext,
    onError({ error, path }) {
      // Never the input: it may hold note text.
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`Internt fel i ${path ?? '(okänd procedur)'}:`, error.cause ?? error);
    },
  });

  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('Cache-Control', 'no-store');
    const refusal = crossSiteRefusal(req);
    if (refusal) return refuse(res, refusal.status, refusal.code, refusal.message);
    handler(req, res);
  };
}
