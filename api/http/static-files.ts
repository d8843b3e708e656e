// Serves the built site from one folder: safe path resolution, directory
// index files, precompressed .gz siblings, cache headers and the 404 page.
// Request URLs (and so search queries in ?q=) are never logged.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function staticFiles(rootDir: string) {
  const root = path.resolve(rootDir);

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Metoden stöds inte.');
      return;
    }
    const url = parseUrl(req.url ?? '/');
    if (!url) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Ogiltig adress.');
      return;
    }
    const file = path.join(root, url.pathname);
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(root, req, res);

    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${encodePath(url.pathname)}/${url.search}` });
        res.end();
        return;
      }
      return sendFile(req, res, path.join(file, 'index.html'), 200);
    }
    if (info?.isFile()) return sendFile(req, res, file, 200);
    return notFound(root, req, res);
  };
}

/** The decoded, normalised path and the query string. */
function parseUrl(raw: string): { pathname: string; search: string } | undefined {
  // A request target is a path ("origin-form"); prefixing keeps "//x" a path, not a host.
  if (!raw.startsWith('/')) return undefined;
  try {
    const url = new URL(`http://localhost${raw}`);
    const pathname = decodeURIComponent(url.pathname);
    if (pathname.includes('\0')) return undefined;
    return { pathname: path.posix.normalize(pathname), search: url.search };
  } catch {
    return undefined;
  }
}

function acceptsGzip(header: string): boolean {
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return coding.trim().toLowerCase() === 'gzip' && (q === undefined || Number(q.slice(2)) > 0);
  });
}

// From the normalised path, so "/.//x" cannot become a protocol-relative "//x/".
function encodePath(pathname: string): string {
  return pathname.split('/').map(encodeURIComponent).join('/');
}

async function notFound(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  return sendFile(req, res, path.join(root, '404.html'), 404);
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Sidan finns inte.');
    return;
  }
  const ext = path.extname(file);
  const headers: Record<string, string | number> = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // Astro puts content-hashed assets in /_astro/; everything else may change.
    'Cache-Control': file.includes(`${path.sep}_astro${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  if (status === 200) {
    headers.ETag = etag;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
  }

  let body = file;
  let size = info.size;
  if (acceptsGzip(String(req.headers['accept-encoding'] ?? ''))) {
    const gz = await stat(`${file}.gz`).catch(() => undefined);
    if (gz?.isFile()) {
      body = `${file}.gz`;
      size = gz.size;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = size;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}
