// The one Node process: the built site, /healthz, the API under /trpc and
// downloads under /export. Every request body is limited before any
// endpoint sees it (http/body-limit.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PUBLIC_URL_REQUIRED } from './config.ts';
import { declaredTooLarge, hasBody, MAX_BODY_BYTES, readBody, refuseTooLarge, type RequestWithBody } from './http/body-limit.ts';
import { EXPORT_PREFIX, exportsEndpoint } from './http/exports-endpoint.ts';
import { setSecurityHeaders } from './http/security-headers.ts';
import { staticFiles } from './http/static-files.ts';
import { TRPC_PREFIX, trpcEndpoint } from './http/trpc-endpoint.ts';
import type { Services } from './services.ts';

export interface ServerOptions {
  distDir: string;
  /** Without services the server only serves the site (used by site-only tests). */
  api?: {
    services: Services;
    trustProxy: boolean;
    publicUrl?: string;
    /** In production calendar links never take their host from the request, so publicUrl is required. */
    production?: boolean;
  };
}

export function createAppServer(options: ServerOptions): Server {
  if (options.api?.production && !options.api.publicUrl) {
    throw new Error(PUBLIC_URL_REQUIRED);
  }
  const serveStatic = staticFiles(options.distDir);
  const api = options.api && trpcEndpoint(options.api.services, { trustProxy: options.api.trustProxy });
  const exports =
    options.api && exportsEndpoint(options.api.services, { publicUrl: options.api.publicUrl, production: options.api.production });
  const started = Date.now();

  function route(req: IncomingMessage, res: ServerResponse): void {
    const pathname = (req.url ?? '/').split('?')[0];
    if (api && (pathname === '/trpc' || pathname.startsWith(TRPC_PREFIX))) {
      api(req, res);
      return;
    }
    if (exports && (pathname === '/export' || pathname.startsWith(EXPORT_PREFIX))) {
      exports(req, res);
      return;
    }
    if (pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ status: 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000) }));
      return;
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Ett internt fel inträffade.');
    });
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    setSecurityHeaders(res);
    if (declaredTooLarge(req)) return refuseTooLarge(res);
    if (!hasBody(req)) return route(req, res);
    // Read (at most MAX_BODY_BYTES) before routing, so no endpoint can read more.
    readBody(req, MAX_BODY_BYTES)
      .then((result) => {
        if (result.kind === 'too-large') return refuseTooLarge(res);
        if (result.kind === 'aborted') return void res.destroy();
        (req as RequestWithBody).body = result.body.toString('utf8');
        route(req, res);
      })
      .catch((err: unknown) => {
        console.error('Begäran kunde inte hanteras:', err);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Ett internt fel inträffade.');
      });
  }

  const server = createServer(handle);
  // A client that asks before sending (Expect: 100-continue) hears about an
  // oversized body before sending any of it.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (declaredTooLarge(req)) {
      setSecurityHeaders(res);
      return refuseTooLarge(res);
    }
    res.writeContinue();
    handle(req, res);
  });
  return server;
}
