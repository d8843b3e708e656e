// Upgrades keep data: the current server starts on a data folder written by
// the previous release (test/fixtures/data-previous-release/, made by
// scripts/make-upgrade-fixture.ts from commit 63a47b3) and keeps every record
// and every field of it, through start-up, reads over HTTP, writes to every
// kind of file, and a restart.
//
// The comparison is field by field: every key of the fixture must be there
// with the same value (the current code may add fields). The data files are
// checked as the current code loads them (api/store/file-schemas.ts, whose zod
// objects drop keys they do not know), and the running store is checked too,
// so a field missing from the schemas fails here instead of vanishing from
// users' data at their next restart.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../api/app.ts';
import { configFromEnv } from '../../api/config.ts';
import { coreFile, meetingsFile, sessionsFile } from '../../api/store/file-schemas.ts';
import { apiClient, failure } from '../fixtures/api/client.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/data-previous-release', import.meta.url));
/** Every fixture account's password (scripts/make-upgrade-fixture.ts). */
const PASSWORD = 'blå tranor över Järvafältet';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { [key: string]: Json };

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every way `actual` falls short of `expected`: a missing key, a different
 * value, a missing record. Keys only `actual` has are allowed (a newer
 * release may add fields). Arrays of records with an `id` are matched by id
 * (a newer release may add records); other arrays element by element.
 */
function shortfalls(expected: unknown, actual: unknown, where = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${where}: expected an array, got ${JSON.stringify(actual)?.slice(0, 80)}`];
    if (expected.every((e) => isObject(e) && typeof e.id === 'string')) {
      return expected.flatMap((e) => {
        const id = (e as Row).id as string;
        const match = actual.find((a) => isObject(a) && a.id === id);
        return match === undefined ? [`${where}[id=${id}]: missing`] : shortfalls(e, match, `${where}[id=${id}]`);
      });
    }
    if (actual.length !== expected.length) return [`${where}: expected ${expected.length} elements, got ${actual.length}`];
    return expected.flatMap((e, i) => shortfalls(e, actual[i], `${where}[${i}]`));
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [`${where}: expected an object, got ${JSON.stringify(actual)?.slice(0, 80)}`];
    return Object.keys(expected).flatMap((key) =>
      key in actual ? shortfalls(expected[key], actual[key], `${where}.${key}`) : [`${where}.${key}: missing`],
    );
  }
  return Object.is(expected, actual) ? [] : [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)?.slice(0, 80)}`];
}

function expectKept(expected: unknown, actual: unknown, what: string): void {
  const lost = shortfalls(expected, actual);
  expect(lost, `${what} lost data:\n${lost.slice(0, 30).join('\n')}`).toEqual([]);
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

const readJson = async (file: string): Promise<Row> => JSON.parse(await readFile(file, 'utf8'));
const readLines = async (file: string): Promise<Row[]> =>
  (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));

/** The data files' schemas by path, as the loader picks them. */
function schemaFor(relative: string) {
  if (relative === 'core.json') return coreFile;
  if (relative === 'sessions.json') return sessionsFile;
  if (/^meetings\/[^/]+\/[^/]+\/\d{4}\.json$/.test(relative.split(path.sep).join('/'))) return meetingsFile;
  return undefined;
}

// What the fixture holds, read once.
interface Fixture {
  files: string[];
  dataFiles: string[];
  auditFiles: string[];
  backupFiles: string[];
  core: Row & { districts: Row[]; accounts: Row[]; forums: Row[] };
  meetings: Row[];
  audit: Row[];
}

async function readFixture(): Promise<Fixture> {
  const files = await filesUnder(FIXTURE);
  const dataFiles = files.filter((f) => schemaFor(f));
  const auditFiles = files.filter((f) => f.startsWith(`audit${path.sep}`));
  const backupFiles = files.filter((f) => f.startsWith(`backups${path.sep}`));
  const core = (await readJson(path.join(FIXTURE, 'core.json'))) as Fixture['core'];
  const meetings: Row[] = [];
  for (const f of dataFiles.filter((f) => f.startsWith(`meetings${path.sep}`))) meetings.push(...((await readJson(path.join(FIXTURE, f))).meetings as Row[]));
  const audit: Row[] = [];
  for (const f of auditFiles) audit.push(...(await readLines(path.join(FIXTURE, f))));
  return { files, dataFiles, auditFiles, backupFiles, core, meetings, audit };
}

/** The fixture's content without its format number, which a newer release may raise when it migrates. */
function withoutFormat(data: Row): Row {
  const { format: _format, ...rest } = data;
  return rest;
}

async function startOn(dataDir: string): Promise<{ app: App; url: string }> {
  const env = { DATA_DIR: dataDir, NODE_ENV: 'production', PUBLIC_URL: 'https://vbe.example.invalid' };
  const app = await startApp({ ...configFromEnv(env), port: 0 }, path.join(path.dirname(dataDir), 'no-site'));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const address = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

/** Everything of the fixture, as the running store holds it and as the files on disk load. */
async function expectEverythingKept(fx: Fixture, app: App, dataDir: string, sessionsMayBeDropped: boolean): Promise<void> {
  // The running store.
  expectKept(fx.core.districts, await app.store.listDistricts(), 'store.listDistricts');
  expectKept(fx.core.accounts, await app.store.listAccounts(), 'store.listAccounts');
  expectKept(fx.core.forums, await app.store.listForums(), 'store.listForums');
  for (const meeting of fx.meetings) {
    expectKept(meeting, await app.store.getMeeting(meeting.id as string), `store.getMeeting(${meeting.id})`);
  }
  const audit = await app.store.auditLog();
  expectKept(fx.audit, audit.slice(0, fx.audit.length), 'store.auditLog');

  // The files, parsed by the current schemas.
  for (const relative of fx.dataFiles) {
    const expected = withoutFormat(await readJson(path.join(FIXTURE, relative)));
    if (relative === 'sessions.json' && sessionsMayBeDropped) {
      // The fixture's sessions have long expired, and the next sign-in drops
      // expired sessions by design; the schema must still keep their fields.
      expectKept(expected, sessionsFile.parse(await readJson(path.join(FIXTURE, relative))), 'sessions.json as parsed');
      continue;
    }
    const loaded = schemaFor(relative)!.parse(await readJson(path.join(dataDir, relative)));
    expect(loaded.format).toBeGreaterThanOrEqual(1);
    expectKept(expected, loaded, relative);
  }
  for (const relative of fx.auditFiles) {
    const expected = await readLines(path.join(FIXTURE, relative));
    expectKept(expected, (await readLines(path.join(dataDir, relative))).slice(0, expected.length), relative);
  }
  // Old backups are left exactly as they were.
  for (const relative of fx.backupFiles) {
    expect(await readFile(path.join(dataDir, relative), 'utf8'), relative).toBe(await readFile(path.join(FIXTURE, relative), 'utf8'));
  }
}

describe('a data folder written by the previous release', () => {
  let fx: Fixture;
  let root: string;
  let dataDir: string;

  beforeAll(async () => {
    fx = await readFixture();
    root = await mkdtemp(path.join(os.tmpdir(), 'vbe-upgrade-'));
    dataDir = path.join(root, 'data');
    await cp(FIXTURE, dataDir, { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('is a complete fixture: every record kind and change kind is there', () => {
    // Guards the fixture itself, so a regenerated one cannot quietly shrink what this test covers.
    const statuses = fx.meetings.map((m) => m.status);
    expect(new Set(statuses)).toEqual(new Set(['planned', 'held', 'approved']));
    const changes = new Set(fx.meetings.flatMap((m) => (m.history as Row[]).map((v) => v.change)));
    expect(changes).toEqual(new Set(['save', 'approve', 'reopen', 'complete-action']));
    const actions = fx.meetings.flatMap((m) => Object.values(m.minutes as Record<string, Row>).flatMap((i) => ((i.vbe as Row | undefined)?.actions as Row[]) ?? []));
    expect(actions.some((a) => a.completedAt && a.completedBy)).toBe(true);
    expect(fx.meetings.some((m) => (m.agenda as Row[]).some((i) => ((i.carriedActions as Row[] | undefined) ?? []).length > 0))).toBe(true);
    expect(fx.meetings.some((m) => (m.approval as Row | undefined)?.forum)).toBe(true);
    expect(fx.meetings.some((m) => m.location)).toBe(true);
    expect(fx.core.accounts.some((a) => a.disabled)).toBe(true);
    expect(new Set(fx.core.accounts.map((a) => a.role))).toEqual(new Set(['admin', 'coordinator', 'convener']));
    expect(fx.dataFiles).toContain('sessions.json');
    expect(fx.auditFiles.length).toBeGreaterThan(1);
    expect(fx.backupFiles.length).toBeGreaterThan(0);
  });

  it('starts, keeps every record and field, serves them over HTTP, and keeps them through writes and a restart', async () => {
    let server: { app: App; url: string } | undefined = await startOn(dataDir);
    try {
      await expectEverythingKept(fx, server.app, dataDir, false);
      // Today's backup copies the upgraded data whole.
      const backups = (await readdir(path.join(dataDir, 'backups'))).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n)).sort();
      expectKept(withoutFormat(await readJson(path.join(FIXTURE, 'core.json'))), await readJson(path.join(dataDir, 'backups', backups.at(-1)!, 'core.json')), 'today\'s backup of core.json');

      // Over HTTP, as the coordinator of Rinkeby-Kista.
      const coordinator = apiClient(server.url);
      const { account } = await coordinator.auth.login.mutate({ username: 'samordnare.rk', password: PASSWORD });
      const names = new Map(fx.core.accounts.map((a) => [a.id, a.displayName]));
      const reachable = fx.meetings.filter((m) => m.districtId === account.districtId);
      expect(reachable.length).toBeGreaterThanOrEqual(4);
      for (const meeting of reachable) {
        expectKept(meeting, await coordinator.meetings.get.query({ id: meeting.id as string }), `meetings.get(${meeting.id})`);
        const history = await coordinator.minutes.history.query({ meetingId: meeting.id as string });
        const expected = (meeting.history as Row[]).map((v) => ({ ...v, byName: names.get(v.by as string)! }));
        expectKept(expected, history, `minutes.history(${meeting.id})`);
      }
      // Old approved minutes still count in the lägesbild: M1 (14 + 1) and the SSPF meeting (2).
      const report = await coordinator.lagesbild.compile.query({ district: 'rinkeby-kista', from: '2025-11-01', to: '2026-01-31' });
      expect(report.current.observations).toEqual({ records: 3, total: 17 });
      expect(report.current.actions.completed).toBe(1);

      // A changed password and a disabled account behave as before.
      await apiClient(server.url).auth.login.mutate({ username: 'konvenor.sspf', password: PASSWORD });
      expect((await failure(apiClient(server.url).auth.login.mutate({ username: 'konvenor.tidigare', password: PASSWORD }))).code).toBe('UNAUTHORIZED');

      // Writes that rewrite every data file holding fixture records.
      const admin = apiClient(server.url);
      await admin.auth.login.mutate({ username: 'admin.stad', password: PASSWORD });
      const forum = await admin.forums.create.mutate({ name: 'BRÅ Spånga-Tensta', type: 'bra', districtId: 'spanga-tensta' });
      const created: string[] = [];
      const meetingFiles = fx.dataFiles.filter((f) => f.startsWith(`meetings${path.sep}`));
      for (const relative of meetingFiles) {
        const [, , forumId, file] = relative.split(path.sep);
        const year = file.slice(0, 4);
        const meeting = await admin.meetings.create.mutate({ forumId, startsAt: `${year}-06-10T10:00:00+02:00` });
        created.push(meeting.id);
      }
      await server.app.close();
      server = undefined;

      server = await startOn(dataDir);
      await expectEverythingKept(fx, server.app, dataDir, true);
      expect(await server.app.store.getForum(forum.id)).toMatchObject({ name: 'BRÅ Spånga-Tensta' });
      for (const id of created) expect(await server.app.store.getMeeting(id)).toBeDefined();
      const again = apiClient(server.url);
      await again.auth.login.mutate({ username: 'samordnare.rk', password: PASSWORD });
      for (const meeting of reachable) {
        expectKept(meeting, await again.meetings.get.query({ id: meeting.id as string }), `meetings.get(${meeting.id}) after restart`);
      }
    } finally {
      await server?.app.close();
    }
  });
});
