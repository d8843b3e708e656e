// The server's edges over real HTTP on loopback: the request body limit,
// Swedish errors for everything tRPC itself would answer in English, and
// sign-in (throttling with an injected clock, rehashing, sessions per account,
// PUBLIC_URL in calendar links).
import { randomBytes, randomUUID, scryptSync } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { request, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LoginThrottle } from '../../api/auth/login-throttle.ts';
import { hashPassword, needsRehash, verifyPassword } from '../../api/auth/passwords.ts';
import { defaultTemplate } from '../../api/domain/agenda.ts';
import type { Account, Forum } from '../../api/domain/types.ts';
import { MAX_BODY_BYTES } from '../../api/http/body-limit.ts';
import { createAppServer } from '../../api/server.ts';
import { apiClient, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD, startTestServer, TEST_PUBLIC_URL, type TestServer } from '../fixtures/api/server.ts';
import { createMemoryStore, type MemoryStore } from '../fixtures/memory-store.ts';

// tRPC's own English messages, none of which may reach a client.
const ENGLISH = /No procedure|Unable to|Batch call|Unsupported|Invalid|[Ee]xpected|received|request to|procedure at path|needs to be|JSON\.parse|is not valid JSON|Unexpected token|Missing/;

interface RawResponse {
  status: number;
  headers: string;
  body: string;
  /** Bytes the client managed to send before the server closed the connection. */
  sent: number;
}

/**
 * A request over a bare socket, so the test controls exactly what is sent
 * and when. Resolves only when the server closes the connection.
 */
function rawRequest(port: number, head: string, send?: (socket: Socket, isClosed: () => boolean) => Promise<number>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let closed = false;
    let sent = 0;
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {}); // a reset after the response is expected: the server stops reading
    socket.on('close', () => {
      closed = true;
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
      if (!status) return reject(new Error(`no response: ${JSON.stringify(text.slice(0, 200))}`));
      resolve({ status, headers: text.slice(0, split), body: text.slice(split + 4), sent });
    });
    socket.on('connect', () => {
      socket.write(head);
      if (send) void send(socket, () => closed).then((n) => (sent = n));
    });
  });
}

/** Writes `total` bytes as chunked encoding, 64 kB at a time, honouring backpressure, until done or closed. */
async function writeChunked(socket: Socket, isClosed: () => boolean, total: number, afterFirst?: () => Promise<void>): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  while (sent < total && !isClosed()) {
    const ok = socket.write(`${chunk.length.toString(16)}\r\n`) && socket.write(chunk) && socket.write('\r\n');
    sent += chunk.length;
    if (sent === chunk.length * 8 && afterFirst) await afterFirst();
    if (!ok) await new Promise<void>((resolve) => (socket.once('drain', resolve), socket.once('close', resolve)));
  }
  if (!isClosed()) socket.write('0\r\n\r\n');
  return sent;
}

const jsonHeaders = { 'content-type': 'application/json', 'x-vbe-client': 'test' };

describe('the server on a real data folder', () => {
  let server: TestServer;
  let port: number;
  let convener: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    port = Number(new URL(server.url).port);
    convener = apiClient(server.url);
    await convener.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
  });

  afterAll(async () => {
    await server?.stop();
  });

  describe('request bodies are limited to 1 MB', () => {
    const head = (path: string, headers: string) =>
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nx-vbe-client: test\r\n${headers}\r\n`;

    it('refuses a declared 5 MB body at once, in Swedish, and closes the connection', async () => {
      const res = await rawRequest(port, head('/trpc/auth.login', `Content-Length: ${5 * 1024 * 1024}\r\n`));
      expect(res.status).toBe(413);
      expect(res.headers).toMatch(/\r\nconnection: close/i);
      const body = JSON.parse(res.body) as { error: { message: string; data: { code: string; httpStatus: number } } };
      expect(body.error.data).toEqual({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 });
      expect(body.error.message).toMatch(/för stor: högst 1 MB/);
    });

    it('refuses a streamed (chunked) body once it passes 1 MB, answering others meanwhile', async () => {
      let othersAnswered = false;
      const res = await rawRequest(port, head('/trpc/auth.login', 'Transfer-Encoding: chunked\r\n'), (socket, isClosed) =>
        writeChunked(socket, isClosed, 5 * 1024 * 1024, async () => {
          // Half a megabyte is in; the server answers others while it waits for more.
          const [health, me] = await Promise.all([fetch(`${server.url}/healthz`), convener.auth.me.query()]);
          othersAnswered = health.status === 200 && me.account?.username === 'konvenor.bra';
        }),
      );
      expect(othersAnswered).toBe(true);
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.message).toMatch(/för stor/);
      // And it still answers afterwards.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });

    it('takes a body of exactly 1 MB and refuses one byte more', async () => {
      const body = (size: number) => {
        const start = '{"username":"konvenor.bra","password":"';
        const end = '"}';
        return start + 'x'.repeat(size - start.length - end.length) + end;
      };
      const exact = await fetch(`${server.url}/trpc/auth.login`, { method: 'POST', headers: jsonHeaders, body: body(MAX_BODY_BYTES) });
      // Past the size check: refused by the password's own length limit instead.
      expect(exact.status).toBe(400);
      expect((await exact.json()).error.message).toBe('Ogiltiga uppgifter: Lösenord: Högst 200 tecken.');

      const res = await rawRequest(port, head('/trpc/auth.login', `Content-Length: ${MAX_BODY_BYTES + 1}\r\n`), async (socket) => {
        socket.write(body(MAX_BODY_BYTES + 1));
        return MAX_BODY_BYTES + 1;
      });
      expect(res.status).toBe(413);
    });

    it('limits every endpoint, not only the API', async () => {
      for (const target of ['/healthz', '/export/lagesbild.csv', '/']) {
        const res = await rawRequest(port, head(target, 'Transfer-Encoding: chunked\r\n'), (socket, isClosed) =>
          writeChunked(socket, isClosed, 2 * 1024 * 1024),
        );
        expect(res.status, target).toBe(413);
      }
    });

    it('answers a client that asks first (Expect: 100-continue) before it sends anything', async () => {
      const res = await rawRequest(port, head('/trpc/auth.login', `Content-Length: ${5 * 1024 * 1024}\r\nExpect: 100-continue\r\n`));
      expect(res.status).toBe(413);
      expect(res.headers).not.toMatch(/100 Continue/);
    });
  });

  describe('errors are Swedish everywhere', () => {
    interface ErrorBody {
      error: { message: string; data: { code: string; fields?: { field: string; message: string }[] } };
    }
    async function errorOf(res: Response) {
      const body = JSON.parse(await res.text()) as ErrorBody | ErrorBody[];
      const error = Array.isArray(body) ? body[0]!.error : body.error;
      expect(error.message).not.toMatch(ENGLISH);
      for (const f of error.data.fields ?? []) expect(f.message).not.toMatch(ENGLISH);
      return { status: res.status, message: error.message, code: error.data.code, fields: error.data.fields };
    }
    const post = (procedure: string, body: string) =>
      fetch(`${server.url}/trpc/${procedure}`, { method: 'POST', headers: { ...jsonHeaders, cookie: convener.cookie }, body });
    const get = (procedure: string, input?: string) =>
      fetch(`${server.url}/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(input)}`}`, { headers: { cookie: convener.cookie } });

    it('malformed JSON, in a body or in a query', async () => {
      expect(await errorOf(await post('meetings.create', '{"not json'))).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'Begäran kunde inte tolkas: indata är inte giltig JSON.',
      });
      expect(await errorOf(await get('meetings.get', '{nej'))).toMatchObject({ status: 400, message: 'Begäran kunde inte tolkas: indata är inte giltig JSON.' });
    });

    it('an unknown procedure', async () => {
      expect(await errorOf(await get('finns.inte', '{}'))).toMatchObject({
        status: 404,
        code: 'NOT_FOUND',
        message: 'Det finns ingen procedur som heter ”finns.inte”.',
      });
      expect((await errorOf(await post('finns.inte', '{}'))).message).toBe('Det finns ingen procedur som heter ”finns.inte”.');
    });

    it('an oversized batch', async () => {
      const paths = Array.from({ length: 11 }, () => 'auth.me').join(',');
      expect(await errorOf(await get(`${paths}`.concat('?batch=1')))).toMatchObject({
        status: 400,
        code: 'BAD_REQUEST',
        message: 'För många anrop i en begäran: högst 10 (fick 11).',
      });
      // Commas written as %2C count too.
      expect((await errorOf(await get(`${paths.replaceAll(',', '%2C')}?batch=1`))).message).toMatch(/högst 10/);
      // A batch whose input is not an object.
      expect((await errorOf(await post('meetings.create,meetings.create?batch=1', '[1,2]'))).message).toMatch(/^Begäran är felaktig/);
    });

    it('GET on a mutation and POST on a query', async () => {
      expect(await errorOf(await get('meetings.create', '{}'))).toMatchObject({ status: 405, code: 'METHOD_NOT_SUPPORTED', message: 'Ändringar skickas med POST.' });
      expect(await errorOf(await post('auth.me', '{}'))).toMatchObject({ status: 405, code: 'METHOD_NOT_SUPPORTED', message: 'Frågor hämtas med GET.' });
    });

    it('numbers out of range (1e400 reads as Infinity), with the field’s Swedish label', async () => {
      const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-10-06T14:00:00+02:00' });
      const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
      const moved = await errorOf(await post('agenda.moveItem', `{"meetingId":"${meeting.id}","itemId":"${vbe.id}","position":1e400}`));
      expect(moved).toMatchObject({ status: 400, message: 'Ogiltiga uppgifter: Position: Talet är för stort.' });
      expect(moved.fields).toEqual([{ field: 'position', message: 'Talet är för stort.' }]);

      const observation = `{"milieu":"vit-makt","category":"propaganda","source":"polis","area":"Husby","count":-1e400,"date":"2026-10-01","text":""}`;
      const saved = await errorOf(
        await post('minutes.saveItem', `{"meetingId":"${meeting.id}","itemId":"${vbe.id}","vbe":{"status":"discussed","observations":[${observation}],"actions":[]}}`),
      );
      expect(saved.message).toBe('Ogiltiga uppgifter: Observation 1: antal: Talet är för litet.');
      expect(saved.fields?.[0]?.field).toBe('vbe.observations.0.count');
    });

    it('names fields by their Swedish labels, never by parameter names', async () => {
      const res = await errorOf(await post('meetings.create', '{"startsAt":"i morgon"}'));
      expect(res.message).toMatch(/^Ogiltiga uppgifter: Forum: Uppgiften saknas\.; Datum och tid: /);
      expect(res.message).not.toMatch(/forumId|startsAt/);
      expect(new Set(res.fields?.map((f) => f.field))).toEqual(new Set(['forumId', 'startsAt']));
    });

    it('a wrong content type and a missing sign-in', async () => {
      const form = await fetch(`${server.url}/trpc/auth.logout`, { method: 'POST', headers: { 'content-type': 'text/plain', 'x-vbe-client': 't' }, body: '{}' });
      expect(await errorOf(form)).toMatchObject({ status: 415, message: 'Ändringar måste skickas som JSON (Content-Type: application/json).' });
      const signedOut = await fetch(`${server.url}/trpc/meetings.list`);
      expect(await errorOf(signedOut)).toMatchObject({ status: 401, code: 'UNAUTHORIZED', message: 'Du behöver logga in.' });
    });
  });

  describe('sessions', () => {
    it('keeps at most the newest 10 sessions per account; the 11th sign-in ends the oldest', async () => {
      const clients: ApiClient[] = [];
      for (let i = 0; i < 11; i++) {
        const client = apiClient(server.url);
        await client.auth.login.mutate({ username: 'samordnare.eav', password: PASSWORD });
        clients.push(client);
      }
      expect((await clients[0]!.auth.me.query()).account).toBeNull();
      for (const client of clients.slice(1)) expect((await client.auth.me.query()).account?.username).toBe('samordnare.eav');
      const file = JSON.parse(await readFile(path.join(server.dataDir, 'sessions.json'), 'utf8')) as { sessions: { accountId: string }[] };
      expect(file.sessions.filter((s) => s.accountId === server.accounts.otherCoordinator.id)).toHaveLength(10);
      // Other accounts' sessions are untouched.
      expect((await convener.auth.me.query()).account?.username).toBe('konvenor.bra');
    });
  });

  it('builds calendar links from PUBLIC_URL in production, whatever the Host header says', async () => {
    const meeting = await convener.meetings.create.mutate({ forumId: server.forums.bra.id, startsAt: '2026-09-01T14:00:00+02:00' });
    const ics = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: `/export/mote/${meeting.id}/mote.ics`, headers: { host: 'angripare.example', cookie: convener.cookie } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        },
      );
      req.on('error', reject);
      req.end();
    });
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`\r\nURL:${TEST_PUBLIC_URL}/arbetsyta/mote/?id=${meeting.id}\r\n`);
    expect(unfolded).not.toContain('angripare');
  });
});

// ---------------------------------------------------------------------------
// Sign-in with an injected clock, on a server over an in-memory store.

interface ClockServer {
  url: string;
  port: number;
  clock: { t: number };
  store: MemoryStore;
  accounts: Record<string, Account>;
  forum: Forum;
  close(): Promise<void>;
}

async function clockServer(options: { trustProxy: boolean; production?: boolean; publicUrl?: string; hashes?: Record<string, string> }): Promise<ClockServer> {
  const clock = { t: Date.parse('2026-03-02T08:00:00Z') };
  const now = () => new Date(clock.t);
  const store = createMemoryStore({ now });
  const system = { actorId: 'test', procedure: 'test.fixture' };
  const at = now().toISOString();
  await store.putDistrict({ id: 'rinkeby-kista', name: 'Rinkeby-Kista', areas: ['Husby'] }, system);
  const forum = await store.createForum(
    {
      id: randomUUID(),
      name: 'BRÅ Rinkeby-Kista',
      type: 'bra',
      districtId: 'rinkeby-kista',
      memberOrganisations: ['Polisen'],
      cadence: { every: 1, unit: 'month' },
      template: defaultTemplate('bra'),
      createdAt: at,
      updatedAt: at,
    },
    system,
  );
  const hash = await hashPassword(PASSWORD);
  const accounts: Record<string, Account> = {};
  for (const username of ['admin', 'anna', 'bertil']) {
    accounts[username] = await store.createAccount(
      {
        id: randomUUID(),
        username,
        displayName: `Test ${username}`,
        role: 'admin',
        districtId: 'rinkeby-kista',
        forumIds: [],
        passwordHash: options.hashes?.[username] ?? hash,
        disabled: false,
        createdAt: at,
        updatedAt: at,
      },
      system,
    );
  }
  const services = { store, throttle: new LoginThrottle({}, () => clock.t), now, newId: randomUUID };
  const distDir = await mkdtemp(path.join(os.tmpdir(), 'vbe-edges-'));
  const server: Server = createAppServer({
    distDir,
    api: { services, trustProxy: options.trustProxy, production: options.production, publicUrl: options.publicUrl },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    clock,
    store,
    accounts,
    forum,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await rm(distDir, { recursive: true, force: true });
    },
  };
}

async function login(srv: ClockServer, username: string, password: string, address?: string) {
  const res = await fetch(`${srv.url}/trpc/auth.login`, {
    method: 'POST',
    headers: { ...jsonHeaders, ...(address ? { 'x-forwarded-for': address } : {}) },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { error?: { message: string; data: { code: string } } };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), message: body.error?.message, cookie: res.headers.getSetCookie()[0] };
}

describe('sign-in throttling over HTTP', () => {
  let srv: ClockServer;
  const WRONG = 'fel lösenord, helt fel';

  beforeAll(async () => {
    srv = await clockServer({ trustProxy: true });
  });
  afterAll(async () => {
    await srv?.close();
  });

  it('locks the account only for the address the failures came from, and Retry-After is the truth', async () => {
    for (let i = 0; i < 5; i++) expect((await login(srv, 'anna', WRONG, '10.0.0.1')).status).toBe(401);
    const locked = await login(srv, 'anna', PASSWORD, '10.0.0.1');
    expect(locked.status).toBe(429);
    expect(locked.retryAfter).toBe('60');
    expect(locked.message).toBe('För många misslyckade inloggningar med det här användarnamnet. Försök igen om 1 minut.');
    // The real anna, elsewhere, signs in.
    expect((await login(srv, 'anna', PASSWORD, '10.0.0.2')).status).toBe(200);

    srv.clock.t += 60_000 - 1;
    const justBefore = await login(srv, 'anna', PASSWORD, '10.0.0.1');
    expect(justBefore.status).toBe(429);
    expect(justBefore.retryAfter).toBe('1');
    srv.clock.t += 1;
    expect((await login(srv, 'anna', PASSWORD, '10.0.0.1')).status).toBe(200);
  });

  it('behind a proxy without TRUST_PROXY (one address for all), one attacker locks out no one else', async () => {
    // No X-Forwarded-For: every request comes from 127.0.0.1, as through a proxy not trusted.
    for (let i = 0; i < 8; i++) await login(srv, 'admin', WRONG);
    for (let i = 0; i < 13; i++) await login(srv, `gissning${i}`, WRONG); // 21 failures from the address: under attack
    expect((await login(srv, 'admin', WRONG)).status).toBe(429);
    expect((await login(srv, 'bertil', PASSWORD)).status).toBe(200);
  });

  it('behind a proxy without TRUST_PROXY, a browser the account signed in on before is not locked out by anyone else', async () => {
    const signIn = (username: string, password: string, cookie?: string) =>
      fetch(`${srv.url}/trpc/auth.login`, { method: 'POST', headers: { ...jsonHeaders, ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ username, password }) });
    // The real bertil signs in and the browser keeps the device cookie.
    const first = await signIn('bertil', PASSWORD);
    expect(first.status).toBe(200);
    const device = first.headers.getSetCookie().find((c) => c.startsWith('vbe_enhet='))!;
    expect(device).toMatch(/HttpOnly; SameSite=Strict/);
    const cookie = device.split(';')[0]!;
    // Someone at the same address guesses.
    for (let i = 0; i < 6; i++) expect((await signIn('bertil', WRONG)).status).not.toBe(200);
    expect((await signIn('bertil', PASSWORD)).status).toBe(429);
    // bertil's own browser still gets in, and is given no new cookie.
    const known = await signIn('bertil', PASSWORD, cookie);
    expect(known.status).toBe(200);
    expect(known.headers.getSetCookie().some((c) => c.startsWith('vbe_enhet='))).toBe(false);
    // The cookie speaks only for the account it was made for.
    expect((await signIn('anna', WRONG, cookie)).status).toBe(401);
    expect((await signIn('bertil', PASSWORD, `vbe_enhet=${cookie.split('=')[1]!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))}`)).status).toBe(429);
  });

  it('counts guesses in one batch, before any is judged', async () => {
    const body = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), { username: 'admin', password: `${WRONG} ${i}` }]));
    const res = await fetch(`${srv.url}/trpc/${Array.from({ length: 10 }, () => 'auth.login').join(',')}?batch=1`, {
      method: 'POST',
      headers: { ...jsonHeaders, 'x-forwarded-for': '10.7.0.1' },
      body: JSON.stringify(body),
    });
    const codes = ((await res.json()) as { error: { data: { code: string } } }[]).map((a) => a.error.data.code);
    expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(5);
    expect(res.headers.get('retry-after')).toBe('60');
  });
});

describe('a proxy that is not trusted', () => {
  it('is named once in a warning for the operator', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const srv = await clockServer({ trustProxy: false });
    try {
      await login(srv, 'anna', 'fel lösenord, helt fel', '10.9.9.9');
      await login(srv, 'anna', 'fel lösenord, helt fel', '10.9.9.9');
      const about = warn.mock.calls.filter((c) => String(c[0]).includes('TRUST_PROXY'));
      expect(about).toHaveLength(1);
    } finally {
      warn.mockRestore();
      await srv.close();
    }
  });
});

describe('rehashing at sign-in', () => {
  it('replaces a hash made with older parameters, audited as auth.login', async () => {
    const salt = randomBytes(16);
    const oldKey = scryptSync(PASSWORD.normalize('NFC'), salt, 32, { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const oldHash = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64'), oldKey.toString('base64')].join('$');
    expect(needsRehash(oldHash)).toBe(true);
    expect(await verifyPassword(PASSWORD, oldHash)).toBe(true);

    const srv = await clockServer({ trustProxy: false, hashes: { anna: oldHash } });
    try {
      expect((await login(srv, 'anna', 'inte det här lösenordet')).status).toBe(401);
      expect((await srv.store.getAccount(srv.accounts.anna!.id))!.passwordHash).toBe(oldHash);

      expect((await login(srv, 'anna', PASSWORD)).status).toBe(200);
      const stored = (await srv.store.getAccount(srv.accounts.anna!.id))!.passwordHash;
      expect(stored).not.toBe(oldHash);
      expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(needsRehash(stored)).toBe(false);
      expect(await verifyPassword(PASSWORD, stored)).toBe(true);
      const audit = await srv.store.auditLog();
      expect(audit).toContainEqual(expect.objectContaining({ procedure: 'auth.login', recordType: 'account', recordId: srv.accounts.anna!.id, actorId: srv.accounts.anna!.id }));

      // A current hash is left as it is.
      const before = (await srv.store.getAccount(srv.accounts.bertil!.id))!.passwordHash;
      expect((await login(srv, 'bertil', PASSWORD)).status).toBe(200);
      expect((await srv.store.getAccount(srv.accounts.bertil!.id))!.passwordHash).toBe(before);
    } finally {
      await srv.close();
    }
  });
});

describe('PUBLIC_URL', () => {
  it('is required to build a production server', async () => {
    const store = createMemoryStore();
    const services = { store, throttle: new LoginThrottle(), now: () => new Date(), newId: randomUUID };
    expect(() => createAppServer({ distDir: os.tmpdir(), api: { services, trustProxy: false, production: true } })).toThrow(/PUBLIC_URL måste vara satt/);
  });

  it('may be missing in development, where the link takes the (checked) request host', async () => {
    const srv = await clockServer({ trustProxy: false });
    try {
      const admin = await login(srv, 'admin', PASSWORD);
      const cookie = admin.cookie!.split(';')[0]!;
      const created = await fetch(`${srv.url}/trpc/meetings.create`, {
        method: 'POST',
        headers: { ...jsonHeaders, cookie },
        body: JSON.stringify({ forumId: srv.forum.id, startsAt: '2026-04-07T14:00:00+02:00' }),
      });
      const meeting = ((await created.json()) as { result: { data: { id: string } } }).result.data;
      const ics = await (await fetch(`${srv.url}/export/mote/${meeting.id}/mote.ics`, { headers: { cookie } })).text();
      expect(ics.replace(/\r\n /g, '')).toContain(`\r\nURL:${srv.url}/arbetsyta/mote/?id=${meeting.id}\r\n`);
    } finally {
      await srv.close();
    }
  });
});
