// The one Node process: the built site, /healthz, the API under /trpc and
// downloads under /export.
import { createServer, type Server } from 'node:http';
import { EXPORT_PREFIX, exportsEndpoint } from './http/exports-endpoint.ts';
import { setSecurityHeaders } from './http/security-headers.ts';
import { staticFiles } from './http/static-files.ts';
import { TRPC_PREFIX, trpcEndpoint } from './http/trpc-endpoint.ts';
import type { Services } from './trpc/init.ts';

export interface ServerOptions {
  distDir: string;
  /** Without services the server only serves the site (used by site-only tests). */
  api?: { services: Services; trustProxy: boolean; publicUrl?: string };
}

export function createAppServer(options: ServerOptions): Server {
  const serveStatic = staticFiles(options.distDir);
  const api = options.api && trpcEndpoint(options.api.services, { trustProxy: options.api.trustProxy });
  const exports = options.api && exportsEndpoint(options.api.services, { publicUrl: options.api.publicUrl });
  const started = Date.now();

  return createServer((req, res) => {
    setSecurityHeaders(res);
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
  });
}
