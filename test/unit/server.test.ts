import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage, Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../api/auth/login-throttle.ts';
import { configFromEnv, PUBLIC_URL_REQUIRED } from '../../api/config.ts';
import { declaredTooLarge, hasBody, MAX_BODY_BYTES, readBody } from '../../api/http/body-limit.ts';
import { fieldLabel } from '../../api/routers/field-labels.ts';
import { createAppServer } from '../../api/server.ts';
import type { Services } from '../../api/services.ts';

let tmp: string;
let dir: string;
let server: Server;
let port: number;

// Raw requests: fetch() would normalise "/../" away before it reaches the server.
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    // path as given, so the server sees "/../x" and "/.//x" unnormalised.
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  // The build folder sits inside a temp folder that also holds a file it must never serve.
  tmp = await mkdtemp(path.join(tmpdir(), 'vbe-server-'));
  dir = path.join(tmp, 'dist');
  await writeFile(path.join(tmp, 'hemlig.txt'), 'hemligt');
  await mkdir(path.join(dir, 'sida'), { recursive: true });
  await mkdir(path.join(dir, '_astro'), { recursive: true });
  await mkdir(path.join(dir, 'search'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<h1>Start</h1>');
  await writeFile(path.join(dir, '404.html'), '<h1>Sidan finns inte</h1>');
  await writeFile(path.join(dir, 'sida', 'index.html'), '<h1>Sida</h1>');
  await writeFile(path.join(dir, '_astro', 'app.abc123.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'search', 'index.json'), '{"a":1}');
  await writeFile(path.join(dir, 'search', 'index.json.gz'), gzipSync('{"a":1}'));
  server = createAppServer({ distDir: dir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(tmp, { recursive: true, force: true });
});

describe('the server', () => {
  it('answers /healthz with JSON', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString()).status).toBe('ok');
  });

  it('serves directory index pages and redirects to the trailing slash, keeping the query', async () => {
    expect((await get('/sida/')).body.toString()).toBe('<h1>Sida</h1>');
    const res = await get('/sida?q=x');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/sida/?q=x');
    // Never a protocol-relative address that would lead off the site.
    expect((await get('/.//sida')).headers.location).toBe('/sida/');
  });

  it('never serves files outside the build folder', async () => {
    for (const p of ['/../hemlig.txt', '/%2e%2e/hemlig.txt', '/sida/..%2f..%2fhemlig.txt', '/sida/../../hemlig.txt', '//../hemlig.txt']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.body.toString(), p).not.toContain('hemligt');
    }
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('answers unknown paths with the 404 page', async () => {
    const res = await get('/finns-inte/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('Sidan finns inte');
  });

  it('sends the precompressed index to clients that accept gzip', async () => {
    const gz = await get('/search/index.json', { 'accept-encoding': 'gzip, br' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const refused = await get('/search/index.json', { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const plain = await get('/search/index.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('{"a":1}');
  });

  it('caches hashed assets for good and revalidates the rest', async () => {
    expect((await get('/_astro/app.abc123.js')).headers['cache-control']).toContain('immutable');
    const page = await get('/sida/');
    expect(page.headers['cache-control']).toBe('no-cache');
    const again = await get('/sida/', { 'if-none-match': String(page.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('refuses methods other than GET and HEAD, and HEAD sends no body', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it('sends the security headers', async () => {
    const res = await get('/');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('readBody', () => {
  // A stand-in for IncomingMessage: a stream with `complete` set at its end.
  function fakeRequest() {
    const req = new PassThrough() as PassThrough & { complete: boolean };
    req.complete = false;
    req.on('end', () => (req.complete = true));
    return req;
  }
  const KB = 1024;

  it('reads a body within the limit', async () => {
    const req = fakeRequest();
    const result = readBody(req as unknown as IncomingMessage, 10);
    req.end('{"a":1234}');
    expect(await result).toEqual({ kind: 'read', body: Buffer.from('{"a":1234}') });
  });

  it('stops reading at the limit and keeps nothing, however much more is sent', async () => {
    const req = fakeRequest();
    const result = readBody(req as unknown as IncomingMessage, 1024 * KB);
    for (let i = 0; i < 10; i++) req.write(Buffer.alloc(512 * KB));
    expect(await result).toEqual({ kind: 'too-large' });
    expect(req.listenerCount('data')).toBe(0);
    expect(req.isPaused()).toBe(true);
    // What came after the limit was never taken off the stream.
    expect(req.readableLength + req.writableLength).toBeGreaterThanOrEqual(7 * 512 * KB);
  });

  it('reports a client that went away mid-body', async () => {
    const req = fakeRequest();
    const result = readBody(req as unknown as IncomingMessage, 1024);
    req.write('{"a":');
    req.destroy();
    expect(await result).toEqual({ kind: 'aborted' });
  });

  it('judges the headers alone first', () => {
    const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
    expect(hasBody(req({}))).toBe(false);
    expect(hasBody(req({ 'content-length': '0' }))).toBe(false);
    expect(hasBody(req({ 'content-length': '2' }))).toBe(true);
    expect(hasBody(req({ 'transfer-encoding': 'chunked' }))).toBe(true);
    expect(declaredTooLarge(req({ 'content-length': String(MAX_BODY_BYTES) }))).toBe(false);
    expect(declaredTooLarge(req({ 'content-length': String(MAX_BODY_BYTES + 1) }))).toBe(true);
    expect(MAX_BODY_BYTES).toBe(1_048_576);
  });
});

describe('configuration', () => {
  it('requires PUBLIC_URL in production, in Swedish', () => {
    expect(() => configFromEnv({ NODE_ENV: 'production' })).toThrow(PUBLIC_URL_REQUIRED);
    expect(() => configFromEnv({ NODE_ENV: 'production', PUBLIC_URL: '  ' })).toThrow(/PUBLIC_URL måste vara satt/);
    expect(configFromEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.intranet.example/' }).publicUrl).toBe('https://vbe.intranet.example');
    // Tools that only need the data folder, and development, go without.
    expect(configFromEnv({ NODE_ENV: 'production' }, { publicUrlRequired: false }).production).toBe(true);
    expect(configFromEnv({}).publicUrl).toBeUndefined();
  });

  it('refuses to build a production server without it', () => {
    const services = { store: {} as Services['store'], throttle: new LoginThrottle(), now: () => new Date(), newId: () => 'x' };
    expect(() => createAppServer({ distDir: dir, api: { services, trustProxy: false, production: true } })).toThrow(PUBLIC_URL_REQUIRED);
  });
});

describe('field labels', () => {
  it('names input paths in Swedish, numbering list positions from 1', () => {
    expect(fieldLabel('meetingId')).toBe('Möte');
    expect(fieldLabel('vbe.observations.0.text')).toBe('Observation 1: beskrivning');
    expect(fieldLabel('vbe.observations.11.count')).toBe('Observation 12: antal');
    expect(fieldLabel('vbe.actions.1.owner')).toBe('Åtgärd 2: ansvarig');
    expect(fieldLabel('approvers.2')).toBe('Justerare 3');
    expect(fieldLabel('template.2.prompts.0')).toBe('Punkt 3: fråga 1');
    expect(fieldLabel('cadence.every')).toBe('Mötesintervall: antal');
  });

  it('lets a procedure say what a shared name means, and falls back to the path', () => {
    expect(fieldLabel('id', 'meetings.get')).toBe('Möte');
    expect(fieldLabel('id', 'forums.update')).toBe('Forum');
    expect(fieldLabel('text', 'minutes.redact')).toBe('Text att ta bort');
    expect(fieldLabel('text', 'minutes.saveItem')).toBe('Anteckningar');
    expect(fieldLabel('finns.inte.0')).toBe('finns.inte.0');
    expect(fieldLabel('constructor')).toBe('constructor');
    expect(fieldLabel('id', '__proto__')).toBe('Id');
  });
});
