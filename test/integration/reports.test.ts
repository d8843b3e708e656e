// De-identified reports: sent anonymously over the real server, read and
// triaged through the caller world with its moving clock.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../api/auth/login-throttle.ts';
import { appRouter } from '../../api/routers/index.ts';
import { createCallerFactory } from '../../api/trpc/init.ts';
import { stockholmDate } from '../../api/domain/periods.ts';
import { expireOldReports } from '../../api/report-retention.ts';
import { apiClient, failure } from '../fixtures/api/client.ts';
import { startTestServer, type TestServer } from '../fixtures/api/server.ts';
import { callerWorld, type CallerWorld } from '../fixtures/api/caller.ts';

const PNR = '811218-9876';
const today = () => stockholmDate(new Date().toISOString());

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('reports over HTTP, without a session', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json', 'x-vbe-client': 'rapportera', 'user-agent': 'Testbrowser/1.0' }) =>
    fetch(`${server.url}/trpc/reports.submit`, { method: 'POST', body: JSON.stringify(body), headers });
  const valid = () => ({ districtId: 'rinkeby-kista', date: today(), area: 'Husby', text: 'Klistermärken med symboler vid skolgården.', unitType: 'skola', policeInformed: false });

  it('lists the districts to anyone', async () => {
    const districts = await apiClient(server.url).districts.list.query();
    expect(districts.map((d) => d.id)).toContain('rinkeby-kista');
  });

  it('takes a report with the header and answers a receipt, storing nothing about the sender', async () => {
    const res = await post(valid());
    expect(res.status).toBe(200);
    const { result } = (await res.json()) as { result: { data: { receipt: string } } };
    expect(result.data.receipt).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const stored = await server.app.store.listReports({ districtId: 'rinkeby-kista' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ receipt: result.data.receipt, status: 'new', area: 'Husby' });
    // No address or browser data anywhere in the report's files.
    const files = (await filesUnder(server.dataDir)).filter((f) => !f.includes(`${path.sep}backups${path.sep}`) && !f.endsWith('.lock'));
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(text, file).not.toContain('127.0.0.1');
      expect(text, file).not.toContain('Testbrowser');
    }
  });

  it('refuses a report without the x-vbe-client header', async () => {
    const res = await post(valid(), { 'content-type': 'application/json' });
    expect(res.status).toBe(403);
  });

  it('refuses an identity number, naming the field with its span and never echoing it', async () => {
    const text = `Eleven ${PNR} bar symboler.`;
    const err = await failure(apiClient(server.url).reports.submit.mutate({ ...valid(), unitType: 'skola', text }));
    expect(err.httpStatus).toBe(400);
    expect(err.fields).toEqual([expect.objectContaining({ field: 'text' })]);
    expect(err.message).toContain('Vad hände?');
    expect(err.message).not.toContain(PNR);
    const [field] = err.fields;
    expect(text.slice(field!.start, field!.end)).toContain('811218');
  });

  it('labels input errors with the form\'s labels', async () => {
    const err = await failure(apiClient(server.url).reports.submit.mutate({ ...valid(), unitType: 'skola', area: '' }));
    expect(err.message).toContain('Område');
  });

  it('answers 429 with Retry-After once the refused window is full', async () => {
    let res: Response | undefined;
    for (let i = 0; i < 25; i++) {
      res = await post({ ...valid(), text: `Eleven ${PNR} igen.` });
      if (res.status === 429) break;
    }
    expect(res!.status).toBe(429);
    expect(Number(res!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res!.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/För många försök/);
    // A valid report from the same address (a shared proxy) still goes through.
    expect((await post(valid())).status).toBe(200);
  });
});

describe('reports through the caller world', () => {
  let world: CallerWorld;
  const createCaller = createCallerFactory(appRouter);
  const anonymous = (address = '10.0.0.7') =>
    createCaller({ store: world.store, throttle: new LoginThrottle(), now: () => world.clock.now, newId: () => `anon-${Math.random().toString(36).slice(2)}`, address, secure: false });
  const report = (extra: Record<string, unknown> = {}) => ({ districtId: 'rinkeby-kista', date: '2026-03-01', area: 'Rinkeby', text: 'Affischer från en vit makt-organisation i tunnelbanan.', ...extra });

  beforeAll(async () => {
    world = await callerWorld('2026-03-02T09:00:00.000Z');
  });

  it('lets 30 reports an hour through per address, then answers TOO_MANY_REQUESTS until the window slides', async () => {
    const local = await callerWorld('2026-03-02T09:00:00.000Z');
    const caller = createCaller({ store: local.store, throttle: new LoginThrottle(), now: () => local.clock.now, newId: () => `x-${Math.random()}`, address: '10.9.9.9', secure: false });
    for (let i = 0; i < 30; i++) await caller.reports.submit(report());
    await expect(caller.reports.submit(report())).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Another address behind its own proxy hop is not affected.
    const other = createCaller({ store: local.store, throttle: new LoginThrottle(), now: () => local.clock.now, newId: () => `y-${Math.random()}`, address: '10.9.9.10', secure: false });
    await expect(other.reports.submit(report())).resolves.toHaveProperty('receipt');
    local.clock.now = new Date('2026-03-02T10:00:00.001Z');
    await expect(caller.reports.submit(report())).resolves.toHaveProperty('receipt');
  });

  it('lets no more than 30 through when they arrive at once', async () => {
    const local = await callerWorld('2026-03-02T09:00:00.000Z');
    let n = 0;
    const caller = createCaller({ store: local.store, throttle: new LoginThrottle(), now: () => local.clock.now, newId: () => `p-${++n}`, address: '10.8.8.8', secure: false });
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => caller.reports.submit(report())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(30);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
  });

  it('gives back the reserved place of a refused report, which counts as refused instead', async () => {
    const local = await callerWorld('2026-03-02T09:00:00.000Z');
    let n = 0;
    const caller = createCaller({ store: local.store, throttle: new LoginThrottle(), now: () => local.clock.now, newId: () => `q-${++n}`, address: '10.7.7.7', secure: false });
    for (let i = 0; i < 19; i++) await expect(caller.reports.submit(report({ text: 'Ring 070-123 45 67.' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    for (let i = 0; i < 30; i++) await caller.reports.submit(report());
    await expect(caller.reports.submit(report())).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('refuses a date in the future by the injected clock', async () => {
    await expect(anonymous().reports.submit(report({ date: '2026-03-03' }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lists only for the district\'s coordinator and admins, new first, and audits each reading', async () => {
    await anonymous().reports.submit(report({ text: 'Första rapporten.' }));
    // Received to the day only: the next day's report comes first.
    world.clock.now = new Date('2026-03-03T09:05:00.000Z');
    await anonymous().reports.submit(report({ text: 'Andra rapporten.', category: 'propaganda', milieu: 'vit-makt', unitType: 'socialtjanst' }));
    const list = await world.as('coordinator').reports.list({ districtId: 'rinkeby-kista' });
    expect(list.map((r) => r.text)).toEqual(['Andra rapporten.', 'Första rapporten.']);
    expect(list[0]!.suggestion).toMatchObject({ milieu: 'vit-makt', category: 'propaganda', source: 'socialtjanst', count: 1 });
    await expect(world.as('admin').reports.list({ districtId: 'rinkeby-kista' })).resolves.toHaveLength(2);
    for (const who of ['convener', 'otherCoordinator'] as const) {
      await expect(world.as(who).reports.list({ districtId: 'rinkeby-kista' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(anonymous().reports.list({ districtId: 'rinkeby-kista' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const reads = (await world.store.auditLog()).filter((e) => e.procedure === 'reports.list');
    expect(reads).toEqual([
      expect.objectContaining({ actorId: 'coordinator', recordType: 'district', recordId: 'rinkeby-kista' }),
      expect.objectContaining({ actorId: 'admin', recordType: 'district', recordId: 'rinkeby-kista' }),
    ]);
  });

  it('triages: accept into an observation with its origin kept, reject with a reason', async () => {
    const coordinator = world.as('coordinator');
    const [second, first] = await coordinator.reports.list({ districtId: 'rinkeby-kista', status: 'new' });
    const accepted = await coordinator.reports.triage({ id: second!.id, decision: 'accepted', observation: { ...second!.suggestion!, count: 2 } });
    expect(accepted.status).toBe('accepted');
    expect(accepted.observation).toMatchObject({ milieu: 'vit-makt', category: 'propaganda', source: 'socialtjanst', area: 'Rinkeby', count: 2, date: '2026-03-01' });
    await expect(coordinator.reports.triage({ id: first!.id, decision: 'rejected' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const rejected = await coordinator.reports.triage({ id: first!.id, decision: 'rejected', note: 'Gäller inte våldsbejakande extremism.' });
    expect(rejected).toMatchObject({ status: 'rejected', triage: { by: 'coordinator', note: 'Gäller inte våldsbejakande extremism.' } });
    await expect(world.as('otherCoordinator').reports.triage({ id: first!.id, decision: 'accepted' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await coordinator.reports.list({ districtId: 'rinkeby-kista', status: 'accepted' })).toHaveLength(1);
    const triages = (await world.store.auditLog()).filter((e) => e.procedure === 'reports.triage');
    expect(triages.map((e) => e.recordType)).toEqual(['report', 'report']);
  });

  it('reduces reports past retention to a trace, keeping the observation', async () => {
    world.clock.now = new Date('2028-03-03T09:00:00.000Z');
    const expired = await expireOldReports(world.store, { now: world.clock.now, retentionDays: 730 });
    expect(expired).toBe(2);
    const all = await world.store.listReports({ districtId: 'rinkeby-kista' });
    for (const r of all) {
      expect(r).toMatchObject({ text: '', area: '', expiredAt: world.clock.now.toISOString() });
      expect(r.category).toBeUndefined();
      expect(r.triage?.note).toBeUndefined();
    }
    expect(all.find((r) => r.status === 'accepted')!.observation).toMatchObject({ area: 'Rinkeby', count: 2 });
    expect((await world.store.auditLog()).filter((e) => e.procedure === 'reports.retention')).toHaveLength(2);
    // A second run finds nothing left to reduce.
    expect(await expireOldReports(world.store, { now: world.clock.now, retentionDays: 730 })).toBe(0);
  });
});

describe('retention at start-up', () => {
  it('reduces reports received before REPORT_RETENTION_DAYS to a trace when the server starts', async () => {
    const first = await startTestServer();
    const day = 24 * 60 * 60 * 1000;
    // One moment for every time here, so a report's date and its receipt never straddle midnight apart.
    const now = Date.now();
    const receivedAt = (daysAgo: number) => new Date(now - daysAgo * day).toISOString();
    const base = { districtId: 'rinkeby-kista', area: 'Akalla', text: 'Hot mot personal på en fritidsgård.', status: 'new' as const, category: 'hot' as const };
    await first.app.store.createReport({ ...base, id: 'gammal', receipt: 'R-AAAA-0001', receivedAt: receivedAt(10), date: stockholmDate(receivedAt(11)) }, { actorId: 'test', procedure: 'test.fixture' });
    await first.app.store.createReport({ ...base, id: 'ny', receipt: 'R-AAAA-0002', receivedAt: receivedAt(1), date: stockholmDate(receivedAt(1)) }, { actorId: 'test', procedure: 'test.fixture' });
    await first.stop({ keepData: true });
    const second = await startTestServer(first.dataDir, { REPORT_RETENTION_DAYS: '5' });
    try {
      const old = await second.app.store.getReport('gammal');
      expect(old).toMatchObject({ text: '', area: '', receipt: 'R-AAAA-0001', status: 'new' });
      expect(old!.expiredAt).toBeDefined();
      expect(old!.category).toBeUndefined();
      expect(await second.app.store.getReport('ny')).toMatchObject({ text: base.text, area: 'Akalla' });
      expect((await second.app.store.auditLog()).filter((e) => e.procedure === 'reports.retention').map((e) => e.recordId)).toEqual(['gammal']);
    } finally {
      await second.stop();
    }
  });
});
