// A synthetic data folder for the API benchmark, written straight to disk in
// the store's layout. Meetings are built with the domain's own functions
// (composeAgenda, saveItemMinutes, approveMinutes, completeAction), so every
// record is one the server could have written and passes its start-up check.
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashPassword } from '../../../api/auth/passwords.ts';
import { addItem, composeAgenda, defaultTemplate } from '../../../api/domain/agenda.ts';
import { CATEGORIES, MILIEUS, SOURCES, type ForumType } from '../../../api/domain/codes.ts';
import { missingDistricts } from '../../../api/domain/districts.ts';
import {
  approveMinutes,
  latestVersion,
  completeAction,
  openActions,
  saveItemMinutes,
  type ActionInput,
  type Change,
  type ObservationInput,
  type VbeInput,
} from '../../../api/domain/minutes.ts';
import type { Account, AgendaItem, District, Forum, Meeting } from '../../../api/domain/types.ts';
import { FORMAT_VERSION, type CoreFile, type MeetingsFile } from '../../../api/store/file-schemas.ts';
import { Rng } from '../random.ts';
import { meetingFileKey } from '../../../api/store/lowdb-store.ts';

export interface SyntheticOptions {
  districts: number;
  forumsPerDistrict: number;
  meetingsPerYear: number;
  years: number;
  /** Meetings fall in the `years` calendar years (UTC) before this instant. */
  reference: string;
  seed: number;
  adminUsername: string;
  adminPassword: string;
}

export interface SyntheticForum {
  id: string;
  districtId: string;
  type: ForumType;
}

export interface SyntheticData {
  dataDir: string;
  years: number[];
  districts: { id: string; areas: string[] }[];
  forums: SyntheticForum[];
  meetings: number;
  files: number;
  bytes: number;
  ms: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

// Place names only (never addresses), as observations must be.
const PLACES = [
  'Rinkeby', 'Husby', 'Akalla', 'Kista', 'Tensta', 'Hjulsta', 'Spånga', 'Vällingby', 'Hässelby', 'Bromma',
  'Årsta', 'Hagsätra', 'Rågsved', 'Högdalen', 'Farsta', 'Skärholmen', 'Bredäng', 'Sätra', 'Vårberg', 'Fruängen',
  'Hökarängen', 'Bagarmossen', 'Skarpnäck', 'Liljeholmen', 'Aspudden', 'Enskede', 'Bandhagen', 'Stureby', 'Östberga', 'Älvsjö',
];
const ORGANISATIONS = ['Polisen', 'Socialtjänsten', 'Skolan', 'Fritidsgården', 'Bostadsbolaget', 'Civilsamhället', 'Fältassistenterna'];
const OWNERS = ['Polisen', 'Skolan', 'Socialtjänsten', 'Fältassistenterna', 'Lokal samordnare', 'Fastighetsägaren', 'Fritidsförvaltningen'];
const APPROVERS = ['Anna Lindqvist', 'Mehmet Yilmaz', 'Sara Nilsson', 'Johan Berg', 'Fatima Ali', 'Erik Holm', 'Lena Ek', 'Omar Hassan'];
const TOPICS = ['Trygghetsvandring i området', 'Sommarlovsaktiviteter', 'Information från polisen', 'Lokalbokningar under hösten', 'Föräldramöte om nätet'];
const VBE_TEXTS = [
  'Polisen beskrev läget som oförändrat sedan förra mötet. Skolan lyfte oro kring propaganda i sociala medier.',
  'Fältassistenterna har sett klistermärken med vit makt-symbolik vid centrum. Bostadsbolaget sanerar.',
  'Fritidsgården noterade att några besökare bar symboler. Personalen har tagit samtal med dem.',
  'Civilsamhället lyfte oro för rekryteringsförsök bland unga. Samordnaren tar frågan vidare.',
  'Skolan rapporterade åsiktsyttringar under lektionstid. Elevhälsan är informerad.',
];
const OBSERVATION_TEXTS = [
  'Klistermärken vid busshållplatsen',
  'Flygblad i trapphus',
  'Symboler på skolgården',
  'Hotfulla kommentarer mot personal',
  'Anhörig hörde av sig med oro',
  'Unga uppmanades att delta i träning',
  'Klotter på gångtunnel',
  'Förfrågan om lokal från okänd förening',
];
const ACTION_TEXTS = [
  'Sanera klottret',
  'Informera elevhälsan',
  'Bjuda in polisen till nästa möte',
  'Kartlägga lokalbokningar under hösten',
  'Ta fram informationsblad till föräldrar',
  'Följa upp med fastighetsägaren',
];

/** 122 seeded bits shaped like a v4 UUID, so ids weigh what real ones do. */
export function seededUuid(rng: Rng): string {
  let h = '';
  for (let i = 0; i < 4; i++) h += Math.floor(rng.next() * 0x100000000).toString(16).padStart(8, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoDay = (ms: number) => iso(ms).slice(0, 10);

export function benchDistrictId(n: number): string {
  return `bench-d${String(n).padStart(2, '0')}`;
}

/** What the VBE item of a held meeting typically records. Shared with the benchmark's own saves. */
export function vbeInput(rng: Rng, areas: readonly string[], meetingMs: number): VbeInput {
  const observations: ObservationInput[] = [];
  for (let i = rng.int(2, 5); i > 0; i--) {
    observations.push({
      milieu: rng.pick(MILIEUS),
      category: rng.pick(CATEGORIES),
      source: rng.pick(SOURCES),
      area: rng.pick(areas),
      count: rng.int(1, 6),
      date: isoDay(meetingMs - rng.int(1, 28) * DAY_MS),
      text: rng.pick(OBSERVATION_TEXTS),
    });
  }
  const actions: ActionInput[] = [];
  for (let i = rng.int(1, 2); i > 0; i--) {
    actions.push({ text: rng.pick(ACTION_TEXTS), owner: rng.pick(OWNERS), due: isoDay(meetingMs + rng.int(14, 60) * DAY_MS) });
  }
  return { status: 'discussed', observations, actions };
}

function placesOf(districtIndex: number): string[] {
  return [0, 1, 2].map((k) => PLACES[(districtIndex * 3 + k) % PLACES.length]);
}

function forumType(index: number): ForumType {
  // One BRÅ per district, then SSPFs and samverkansforum.
  return index === 0 ? 'bra' : index <= 4 ? 'sspf' : 'samverkansforum';
}

function itemOf(agenda: readonly AgendaItem[], kind: AgendaItem['kind']): AgendaItem {
  const item = agenda.find((i) => i.kind === kind);
  if (!item) throw new Error(`Dagordningen saknar punkten ${kind}.`);
  return item;
}

const hasOpenAction = (m: Meeting) => Object.values(m.minutes).some((item) => item.vbe?.actions.some((a) => !a.completedAt));

interface ForumRun {
  forum: Forum;
  areas: string[];
  years: number[];
  perYear: number;
  actorId: string;
  rng: Rng;
  newId: () => string;
}

/** One forum's history, oldest first: held, minuted, approved, with actions followed up at later meetings. */
function forumMeetings(run: ForumRun): Meeting[] {
  const { forum, rng, newId, actorId } = run;
  const meetings: Meeting[] = [];
  const indexOf = new Map<string, number>();
  // Only meetings with open actions are handed to openActions: the whole history each time would be quadratic.
  const withOpen = new Set<number>();
  const baseDay = rng.int(2, 24);
  const hour = rng.int(7, 14);

  for (const year of run.years) {
    for (let k = 0; k < run.perYear; k++) {
      const month = Math.floor((k * 12) / run.perYear);
      const day = Math.min(28, baseDay + rng.int(0, 3));
      const startMs = Date.UTC(year, month, day, hour);
      const startsAt = iso(startMs);
      const change = (afterMinutes: number): Change => ({ actorId, now: iso(startMs + afterMinutes * MINUTE_MS), newId });

      const carried = openActions([...withOpen].map((i) => meetings[i]), startsAt);
      let agenda = composeAgenda(forum.template, { forumType: forum.type, carriedActions: carried, newId });
      if (rng.chance(0.25)) agenda = addItem(agenda, { title: rng.pick(TOPICS) }, newId());
      const created = iso(startMs - 14 * DAY_MS);
      let m: Meeting = {
        id: newId(),
        forumId: forum.id,
        districtId: forum.districtId,
        startsAt,
        ...(rng.chance(0.5) ? { location: `${rng.pick(run.areas)} medborgarhus` } : {}),
        status: 'planned',
        agenda,
        minutes: {},
        history: [],
        createdAt: created,
        createdBy: actorId,
        updatedAt: created,
      };

      // Three or four items, always the VBE item.
      // Minutes text names roles; the justerare's names belong in the approval only.
      const checker = rng.pick(APPROVERS);
      m = saveItemMinutes(m, { itemId: itemOf(agenda, 'minutes-checker').id, text: 'Till justerare valdes polisens representant.' }, change(5));
      if (carried.length > 0) {
        m = saveItemMinutes(m, { itemId: itemOf(agenda, 'follow-up').id, text: 'Åtgärderna från tidigare möten gicks igenom.' }, change(15));
      }
      m = saveItemMinutes(
        m,
        { itemId: itemOf(agenda, 'vbe').id, text: rng.pick(VBE_TEXTS), vbe: vbeInput(rng, run.areas, startMs) },
        change(40),
      );
      if (carried.length === 0 && rng.chance(0.5)) {
        m = saveItemMinutes(m, { itemId: itemOf(agenda, 'other-business').id, text: 'Inga övriga frågor.' }, change(80));
      }
      m = saveItemMinutes(m, { itemId: itemOf(agenda, 'next-meeting').id, text: 'Nästa möte hålls enligt planen.' }, change(85));
      m = approveMinutes(m, { approvers: [checker, rng.pick(APPROVERS)], version: latestVersion(m) }, change(3 * 24 * 60));

      // Most carried actions are reported done at this meeting.
      for (const a of carried) {
        if (!rng.chance(0.85)) continue;
        const i = indexOf.get(a.meetingId)!;
        meetings[i] = completeAction(meetings[i], a.actionId, change(20));
        if (!hasOpenAction(meetings[i])) withOpen.delete(i);
      }

      indexOf.set(m.id, meetings.length);
      if (hasOpenAction(m)) withOpen.add(meetings.length);
      meetings.push(m);
    }
  }
  return meetings;
}

export async function writeSyntheticData(dataDir: string, opts: SyntheticOptions): Promise<SyntheticData> {
  const started = performance.now();
  const rng = new Rng(opts.seed);
  const newId = () => seededUuid(rng);
  // One scrypt hash for every account: scrypt per account would dominate generation.
  const passwordHash = await hashPassword(opts.adminPassword);

  const lastYear = new Date(Date.parse(opts.reference) - 1).getUTCFullYear();
  const years = Array.from({ length: opts.years }, (_, i) => lastYear - opts.years + 1 + i);
  const since = iso(Date.UTC(years[0] - 1, 11, 1, 9));

  const districts: District[] = [];
  const forums: Forum[] = [];
  const accounts: Account[] = [];
  const account = (username: string, displayName: string, role: Account['role'], districtId: string, forumIds: string[]): Account => ({
    id: newId(),
    username,
    displayName,
    role,
    districtId,
    forumIds,
    passwordHash,
    disabled: false,
    createdAt: since,
    updatedAt: since,
  });
  const admin = account(opts.adminUsername, 'Bänkadministratör', 'admin', benchDistrictId(1), []);
  accounts.push(admin);

  for (let d = 1; d <= opts.districts; d++) {
    const district: District = { id: benchDistrictId(d), name: `Stadsdel ${String(d).padStart(2, '0')}`, areas: placesOf(d) };
    districts.push(district);
    const ids: string[] = [];
    for (let f = 0; f < opts.forumsPerDistrict; f++) {
      const type = forumType(f);
      const place = district.areas[f % district.areas.length];
      const name = type === 'bra' ? `BRÅ ${district.name}` : `${type === 'sspf' ? 'SSPF' : 'Samverkansforum'} ${place} ${f}`;
      forums.push({
        id: newId(),
        name,
        type,
        districtId: district.id,
        memberOrganisations: ORGANISATIONS.slice(0, rng.int(3, ORGANISATIONS.length)),
        cadence: { every: 1, unit: 'month' },
        template: defaultTemplate(type),
        createdAt: since,
        updatedAt: since,
      });
      ids.push(forums.at(-1)!.id);
    }
    accounts.push(account(`samordnare.${district.id}`, `Samordnare ${district.name}`, 'coordinator', district.id, []));
    accounts.push(account(`konvenor.${district.id}`, `Sammankallande ${district.name}`, 'convener', district.id, ids.slice(0, 3)));
  }

  // Grouped into files exactly as the store keys them.
  const files = new Map<string, Meeting[]>();
  let meetingCount = 0;
  for (const forum of forums) {
    const areas = districts.find((d) => d.id === forum.districtId)!.areas;
    for (const m of forumMeetings({ forum, areas, years, perYear: opts.meetingsPerYear, actorId: admin.id, rng, newId })) {
      const key = meetingFileKey(m);
      let list = files.get(key);
      if (!list) files.set(key, (list = []));
      list.push(m);
      meetingCount++;
    }
  }

  // The Stockholm reference districts too, so start-up has nothing to add and write.
  const core: CoreFile = { format: FORMAT_VERSION, districts: [...districts, ...missingDistricts(districts)], accounts, forums };
  await mkdir(dataDir, { recursive: true });
  await writeFile(path.join(dataDir, 'core.json'), JSON.stringify(core));
  for (const key of files.keys()) await mkdir(path.dirname(path.join(dataDir, key)), { recursive: true });
  await Promise.all(
    [...files].map(([key, meetings]) => {
      meetings.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
      const file: MeetingsFile = { format: FORMAT_VERSION, meetings };
      // Compact, as DurableJsonFile writes it, so sizes and parse times are the real ones.
      return writeFile(path.join(dataDir, key), JSON.stringify(file));
    }),
  );

  return {
    dataDir,
    years,
    districts: districts.map((d) => ({ id: d.id, areas: d.areas })),
    forums: forums.map((f) => ({ id: f.id, districtId: f.districtId, type: f.type })),
    meetings: meetingCount,
    files: files.size + 1,
    bytes: await folderBytes(dataDir),
    ms: performance.now() - started,
  };
}

export async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += await folderBytes(full);
    else if (entry.isFile()) total += (await stat(full)).size;
  }
  return total;
}
