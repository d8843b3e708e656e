// Writes test/fixtures/data-previous-release/: a small but complete data
// folder written by the previous release's own code, which
// test/integration/upgrade.test.ts starts the current server on.
//
// It must be run against commit 63a47b3 (the last release before issue #8),
// whose store, routers and domain functions it imports from the path given
// with --from; it refuses any other commit, since the point is what that
// release wrote. From the repository root:
//
//   git worktree add /tmp/prev 63a47b3
//   ln -s "$PWD/node_modules" /tmp/prev/node_modules   # same lock file; or `npm ci` in /tmp/prev
//   npx tsx scripts/make-upgrade-fixture.ts --from /tmp/prev
//   git worktree remove --force /tmp/prev
//
// The output is deterministic (fixed clock, counter ids, fixed password
// salts): running it twice gives identical files. All data is fictional.
// When a later release becomes "the previous release", keep this folder and
// add one for that release beside it (with its commit here), so the oldest
// supported data keeps being tested.
//
// What it writes, through the same paths production uses (the routers with a
// fixed clock, the store for accounts and sessions as `npm run user` and
// sign-in do, the daily backup): every Stockholm district, accounts of every
// role (one disabled, one whose password was changed), three forums with
// templates (one edited and renamed after an approval), meetings planned,
// held, approved and reopened in two year files (one a New Year's meeting
// stored under the UTC year), agenda edits, minutes with text, VBE records
// with observations and actions (one completed), carried actions, approvals
// with the forum snapshot, history of every change kind, sessions, the audit
// log over two months, and two daily backups.
import { execFileSync } from 'node:child_process';
import { createHash, scryptSync } from 'node:crypto';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const FIXTURE_COMMIT = '63a47b3';
/** Every fixture account's password (the test signs in with it). */
export const FIXTURE_PASSWORD = 'blå tranor över Järvafältet';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'test/fixtures/data-previous-release') },
  },
});
if (!values.from) {
  console.error('Usage: npx tsx scripts/make-upgrade-fixture.ts --from <checkout of 63a47b3> [--out <folder>]');
  process.exit(2);
}
const FROM = path.resolve(values.from);
const OUT = path.resolve(values.out!);

const head = execFileSync('git', ['-C', FROM, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
if (!head.startsWith(FIXTURE_COMMIT)) {
  console.error(`${FROM} is at ${head.slice(0, 7)}; the fixture must be written by ${FIXTURE_COMMIT} (see the comment at the top).`);
  process.exit(1);
}
const dirty = execFileSync('git', ['-C', FROM, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
if (dirty) {
  console.error(`${FROM} has local changes:\n${dirty}`);
  process.exit(1);
}

// The previous release's modules. Their types are that commit's, not this
// tree's, so they are used untyped here.
type Untyped = any;
const load = (relative: string): Promise<Untyped> => import(path.join(FROM, relative));
const { openLowdbStore } = await load('api/store/lowdb-store.ts');
const { createDailyBackup } = await load('api/store/backups.ts');
const { addReferenceDistricts } = await load('api/app.ts');
const { appRouter } = await load('api/routers/index.ts');
const { LoginThrottle } = await load('api/auth/login-throttle.ts');

// --- A fixed clock and counter ids -----------------------------------------

let clock = Date.parse('2025-11-03T08:00:00Z');
const now = () => new Date(clock);
/** Moves the clock to an instant (never backwards). */
function at(instant: string): void {
  const t = Date.parse(instant);
  if (!(t >= clock)) throw new Error(`The clock cannot go back to ${instant}.`);
  clock = t;
}
/** A few minutes pass between two steps. */
const later = (minutes = 3) => void (clock += minutes * 60_000);

let counter = 0;
/** UUID-shaped (version 4 layout) and readable: ...-000000000001, ...-000000000002, ... */
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** The release's scrypt format with its parameters, but a salt derived from the username. */
function passwordHash(username: string, password: string): string {
  const N = 2 ** 15;
  const r = 8;
  const p = 1;
  const salt = createHash('sha256').update(`fixture-salt:${username}`).digest().subarray(0, 16);
  const hash = scryptSync(password.normalize('NFC'), salt, 32, { N, r, p, maxmem: 128 * N * r * 2 });
  return ['scrypt', N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

// --- The data folder -----------------------------------------------------------

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vbe-upgrade-fixture-'));
const store = await openLowdbStore(dataDir, { lockHeld: true, now });
const backup = async () => createDailyBackup(dataDir, { files: await store.dataFiles(), keep: 14, now: now() });
const CLI = (procedure: string) => ({ actorId: 'cli', procedure });

// Start-up as the server does it: reference districts, then the day's backup.
await addReferenceDistricts(store);
await backup(); // an empty folder's first backup: core.json only

async function addAccount(username: string, displayName: string, role: string, districtId: string, forumIds: string[] = []) {
  later();
  const stamp = now().toISOString();
  return store.createAccount(
    {
      id: newId(),
      username,
      displayName,
      role,
      districtId,
      forumIds,
      passwordHash: passwordHash(username, FIXTURE_PASSWORD),
      disabled: false,
      createdAt: stamp,
      updatedAt: stamp,
    },
    CLI('cli.user.add'),
  );
}

const admin = await addAccount('admin.stad', 'Administratör, stadsledningskontoret', 'admin', 'rinkeby-kista');
const coordRk = await addAccount('samordnare.rk', 'Lokal samordnare Rinkeby-Kista', 'coordinator', 'rinkeby-kista');
const coordEav = await addAccount('samordnare.eav', 'Lokal samordnare Enskede-Årsta-Vantör', 'coordinator', 'enskede-arsta-vantor');

/** A signed-in caller of the release's routers, as the HTTP endpoint builds it. */
async function as(accountId: string): Promise<Untyped> {
  const account = await store.getAccount(accountId);
  const session = { tokenHash: 'in-process', accountId, createdAt: now().toISOString(), lastSeenAt: now().toISOString() };
  const ctx = { store, throttle: new LoginThrottle(), now, newId, req: {}, res: {}, address: '127.0.0.1', secure: false, session, account };
  return appRouter.createCaller(ctx);
}

// --- Forums ----------------------------------------------------------------------

later(30);
const bra = await (await as(coordRk.id)).forums.create({
  name: 'BRÅ Rinkeby-Kista',
  type: 'bra',
  districtId: 'rinkeby-kista',
  memberOrganisations: ['Polisen lokalpolisområde Rinkeby', 'Socialtjänsten', 'Fastighetsägarna', 'Fryshuset'],
  cadence: { every: 1, unit: 'month' },
});
later();
const sspfTemplate = [
  { kind: 'opening', title: 'Mötet öppnas', prompts: [] },
  { kind: 'minutes-checker', title: 'Val av justerare', prompts: [] },
  { kind: 'follow-up', title: 'Uppföljning av åtgärder', prompts: ['Öppna åtgärder från tidigare möten'] },
  { kind: 'topic', title: 'Läget på skolorna', prompts: ['Frånvaro och oro i årskurs 7–9', 'Samarbete med fältassistenterna'] },
  { kind: 'vbe', title: 'Våldsbejakande extremism (stående punkt)', prompts: ['Har något hänt under loven?'] },
  { kind: 'other-business', title: 'Övriga frågor', prompts: [] },
  { kind: 'closing', title: 'Mötet avslutas', prompts: [] },
];
const sspf = await (await as(coordRk.id)).forums.create({
  name: 'SSPF Husby',
  type: 'sspf',
  districtId: 'rinkeby-kista',
  memberOrganisations: ['Husbyskolan', 'Socialtjänsten', 'Polisen', 'Fritidsgården'],
  cadence: { every: 2, unit: 'week' },
  template: sspfTemplate,
});
later();
const samverkan = await (await as(coordEav.id)).forums.create({
  name: 'Samverkansforum Högdalen',
  type: 'samverkansforum',
  districtId: 'enskede-arsta-vantor',
  memberOrganisations: ['Studieförbundet', 'Bostadsbolaget', 'Högdalens IP'],
});

const convBra = await addAccount('konvenor.bra', 'Sammankallande BRÅ', 'convener', 'rinkeby-kista', [bra.id]);
const convSspf = await addAccount('konvenor.sspf', 'Sammankallande SSPF', 'convener', 'rinkeby-kista', [sspf.id]);
const convOld = await addAccount('konvenor.tidigare', 'Tidigare sammankallande', 'convener', 'enskede-arsta-vantor', [samverkan.id]);
later();
await store.updateAccount(convOld.id, (a: Untyped) => ({ ...a, disabled: true, updatedAt: now().toISOString() }), CLI('cli.user.disable'));
await store.deleteSessionsOf(convOld.id, CLI('cli.user.disable'));

// --- Meetings --------------------------------------------------------------------

const vbeOf = (meeting: Untyped) => meeting.agenda.find((i: Untyped) => i.kind === 'vbe');
const itemOf = (meeting: Untyped, kind: string) => meeting.agenda.find((i: Untyped) => i.kind === kind);

// M1, BRÅ, November 2025: agenda edits, minutes, approval, an action completed
// on approved minutes, reopening, a correction and a second approval.
at('2025-11-04T09:00:00Z');
let m1 = await (await as(convBra.id)).meetings.create({
  forumId: bra.id,
  startsAt: '2025-11-12T13:00:00+01:00',
  location: 'Stadsdelsförvaltningen i Kista, sal Järva',
});
later();
const brA = await as(convBra.id);
m1 = await brA.agenda.addItem({ meetingId: m1.id, title: 'Trygghetsvandring i Husby', prompts: ['Vilka platser upplevs otrygga?'] });
const walk = m1.agenda.find((i: Untyped) => i.title === 'Trygghetsvandring i Husby');
later();
m1 = await brA.agenda.updateItem({ meetingId: m1.id, itemId: walk.id, title: 'Trygghetsvandring i Husby centrum', prompts: ['Vilka platser upplevs otrygga?', 'Belysning'] });
later();
m1 = await brA.agenda.addItem({ meetingId: m1.id, title: 'Punkt som tas bort', position: 2 });
const doomed = m1.agenda.find((i: Untyped) => i.title === 'Punkt som tas bort');
later();
m1 = await brA.agenda.moveItem({ meetingId: m1.id, itemId: walk.id, position: 3 });
later();
m1 = await brA.agenda.removeItem({ meetingId: m1.id, itemId: doomed.id });

at('2025-11-12T14:10:00Z');
m1 = await brA.minutes.saveItem({ meetingId: m1.id, itemId: itemOf(m1, 'opening').id, text: 'Ordföranden öppnade mötet och hälsade alla välkomna.' });
later(5);
m1 = await brA.minutes.saveItem({
  meetingId: m1.id,
  itemId: walk.id,
  text: 'Vandringen genomförs i december tillsammans med fastighetsägarna.\nBelysningen vid gångtunneln ska ses över.',
});
later(5);
m1 = await brA.minutes.saveItem({
  meetingId: m1.id,
  itemId: vbeOf(m1).id,
  text: 'Polisen redogjorde för lägesbilden i området.',
  vbe: {
    status: 'discussed',
    observations: [
      { milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 12, date: '2025-10-28', text: 'Klistermärken från en vit makt-organisation vid tunnelbanan.' },
      { milieu: 'islamistisk', category: 'lokalbokning', source: 'egen-verksamhet', area: 'Kista', count: 1, date: '2025-11-03', text: 'Förfrågan om lokal från en förening med oklar bakgrund.' },
    ],
    actions: [
      { text: 'Sanera klistermärkena vid tunnelbanan', owner: 'Fastighetsägarna', due: '2025-11-30' },
      { text: 'Gå igenom rutinen för lokalbokning', owner: 'Lokal samordnare', due: '2026-01-31' },
    ],
  },
});
at('2025-11-14T10:00:00Z');
m1 = await brA.minutes.approve({ meetingId: m1.id, approvers: ['Eva Lind', 'Omar Haddad'] });
at('2025-11-28T08:30:00Z');
const cleaned = m1.minutes[vbeOf(m1).id].vbe.actions[0];
m1 = await brA.actions.complete({ meetingId: m1.id, actionId: cleaned.id });
at('2025-12-01T09:00:00Z');
m1 = await (await as(coordRk.id)).minutes.reopen({ meetingId: m1.id, reason: 'Antalet observationer i Husby var fel; rättas enligt beslut i BRÅ.' });
later(10);
const vbe1 = m1.minutes[vbeOf(m1).id].vbe;
m1 = await brA.minutes.saveItem({
  meetingId: m1.id,
  itemId: vbeOf(m1).id,
  baseVersion: m1.history.at(-1).version,
  vbe: {
    status: 'discussed',
    observations: vbe1.observations.map((o: Untyped, i: number) => (i === 0 ? { ...o, count: 14 } : o)),
    actions: vbe1.actions.map(({ id, text, owner, due }: Untyped) => ({ id, text, owner, due })),
  },
});
later(30);
m1 = await brA.minutes.approve({ meetingId: m1.id, approvers: ['Eva Lind', 'Omar Haddad'] });

// The forum is renamed and its template edited after the approval: the
// approval keeps the name it had.
later(60);
await (await as(coordRk.id)).forums.update({
  id: bra.id,
  name: 'Lokalt BRÅ Rinkeby-Kista',
  cadence: { every: 6, unit: 'week' },
  template: [
    ...bra.template.filter((i: Untyped) => i.kind !== 'vbe' && i.kind !== 'closing'),
    { ...vbeOf({ agenda: bra.template }), prompts: [...vbeOf({ agenda: bra.template }).prompts, 'Rapport från fältassistenterna'] },
    { kind: 'closing', title: 'Mötet avslutas', prompts: [] },
  ],
});

// Backup at the next day's start, as a running server makes it.
at('2025-12-02T00:05:00Z');
await backup();

// M2, BRÅ, December 2025: the agenda copied from M1 with its open action
// carried; approved, then reopened (ends held).
at('2025-12-03T09:00:00Z');
let m2 = await brA.meetings.create({ forumId: bra.id, startsAt: '2025-12-10T13:00:00+01:00', agendaFrom: 'previous' });
at('2025-12-10T13:45:00Z');
m2 = await brA.minutes.saveItem({ meetingId: m2.id, itemId: itemOf(m2, 'follow-up').id, text: 'Rutinen för lokalbokning gås igenom i januari.' });
later(5);
m2 = await brA.minutes.saveItem({
  meetingId: m2.id,
  itemId: vbeOf(m2).id,
  text: 'Inget nytt sedan förra mötet.',
  vbe: { status: 'nothing-to-report', observations: [], actions: [] },
});
at('2025-12-11T08:00:00Z');
m2 = await brA.minutes.approve({ meetingId: m2.id, approvers: ['Eva Lind'] });
at('2025-12-15T10:00:00Z');
m2 = await (await as(admin.id)).minutes.reopen({ meetingId: m2.id, reason: 'Justeraren saknades på mötet; ny justering behövs.' });

// M3, Samverkansforum, a New Year's meeting: 00:30 in Stockholm on
// 1 January 2026 is 2025-12-31T23:30Z, so it lives in the 2025 file.
at('2025-12-20T09:00:00Z');
let m3 = await (await as(coordEav.id)).meetings.create({
  forumId: samverkan.id,
  startsAt: '2026-01-01T00:30:00+01:00',
  location: 'Högdalens medborgarhus',
});
at('2026-01-01T01:30:00Z');
m3 = await (await as(coordEav.id)).minutes.saveItem({
  meetingId: m3.id,
  itemId: vbeOf(m3).id,
  text: 'Punkten hanns inte med och tas upp nästa gång.',
  vbe: { status: 'not-discussed', observations: [], actions: [] },
});

// M4, BRÅ, January 2026 (2026 file): held, not approved, with actions.
at('2026-01-07T09:00:00Z');
let m4 = await brA.meetings.create({ forumId: bra.id, startsAt: '2026-01-14T13:00:00+01:00', location: 'Stadsdelsförvaltningen i Kista' });
at('2026-01-14T13:30:00Z');
m4 = await brA.minutes.saveItem({
  meetingId: m4.id,
  itemId: vbeOf(m4).id,
  text: 'Skolan och polisen delade sina bilder.',
  vbe: {
    status: 'discussed',
    observations: [
      { milieu: 'autonoma', category: 'klotter', source: 'skola', area: 'Rinkeby', count: 3, date: '2026-01-09', text: 'Klotter med autonoma symboler på skolgården.' },
      { milieu: 'oklar', category: 'oro-anhorig', source: 'socialtjanst', area: 'Akalla', count: 1, date: '2026-01-12', text: '' },
    ],
    actions: [{ text: 'Informera skolans elevhälsa om stödlinjen', owner: 'Skolan', due: '2026-02-15' }],
  },
});

// M5, SSPF, January 2026: its own template item, approved.
at('2026-01-15T08:00:00Z');
const sspfA = await as(convSspf.id);
let m5 = await sspfA.meetings.create({ forumId: sspf.id, startsAt: '2026-01-20T15:00:00+01:00', location: 'Husbyskolan, personalrummet' });
at('2026-01-20T15:20:00Z');
m5 = await sspfA.minutes.saveItem({ meetingId: m5.id, itemId: itemOf(m5, 'topic').id, text: 'Frånvaron i årskurs 8 har minskat sedan hösten.' });
later(10);
m5 = await sspfA.minutes.saveItem({
  meetingId: m5.id,
  itemId: vbeOf(m5).id,
  text: '',
  vbe: {
    status: 'discussed',
    observations: [{ milieu: 'islamistisk', category: 'orosanmalan', source: 'skola', area: 'Husby', count: 2, date: '2026-01-16', text: 'Två orosanmälningar efter samtal i klassrummet.' }],
    actions: [{ text: 'Följa upp med socialtjänsten', owner: 'Socialtjänsten', due: '2026-02-20' }],
  },
});
at('2026-01-21T09:00:00Z');
m5 = await sspfA.minutes.approve({ meetingId: m5.id, approvers: ['Lena Berg'] });

// M6, BRÅ, February 2026: planned, two open actions carried.
at('2026-02-02T09:00:00Z');
await brA.meetings.create({ forumId: bra.id, startsAt: '2026-02-25T13:00:00+01:00', location: 'Stadsdelsförvaltningen i Kista' });

// A password change ends the account's sessions (npm run user -- passwd).
at('2026-02-03T08:00:00Z');
await store.updateAccount(
  convSspf.id,
  (a: Untyped) => ({ ...a, passwordHash: passwordHash(`${a.username}:2`, FIXTURE_PASSWORD), updatedAt: now().toISOString() }),
  CLI('cli.user.passwd'),
);
await store.deleteSessionsOf(convSspf.id, CLI('cli.user.passwd'));

// --- Sessions, as auth.login and auth.logout write them -----------------------

const token = (name: string) => createHash('sha256').update(`fixture-token:${name}`).digest('hex');
const signIn = async (accountId: string, name: string) => {
  later();
  const stamp = now().toISOString();
  await store.createSession({ tokenHash: token(name), accountId, createdAt: stamp, lastSeenAt: stamp }, { actorId: accountId, procedure: 'auth.login' });
};
at('2026-02-03T09:00:00Z');
await signIn(coordRk.id, 'coordinator');
await signIn(convBra.id, 'convener');
await signIn(admin.id, 'admin');
later();
await store.deleteSession(token('admin'), { actorId: admin.id, procedure: 'auth.logout' });

// The day's backup of the last day.
await backup();
await store.close();

// --- Out ----------------------------------------------------------------------------

await rm(OUT, { recursive: true, force: true });
await cp(dataDir, OUT, { recursive: true });
await rm(dataDir, { recursive: true, force: true });
const files = (await readdir(OUT, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
console.log(`Wrote ${files.length} files to ${path.relative(ROOT, OUT) || OUT} from ${FIXTURE_COMMIT}.`);
