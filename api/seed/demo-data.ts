// Fictional demo data for an empty store: two districts, their forums, demo
// accounts and a year of meetings, so that every screen and the lägesbild
// have something to show. Places, forums and member organisations follow the
// districts' action plans; every person is an obvious "Demo" placeholder.
//
// Meetings are made with the same domain functions as real ones
// (composeAgenda, saveItemMinutes, approveMinutes, completeAction), so the
// demo obeys the same rules. A seeded PRNG makes the content identical on
// every run for the same `now`; only ids and passwords differ.
import { randomBytes, randomUUID } from 'node:crypto';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords.ts';
import { composeAgenda, defaultTemplate } from '../domain/agenda.ts';
import type { Category, ForumType, Milieu, Role, Source, VbeStatus } from '../domain/codes.ts';
import { approveMinutes, completeAction, openActions, saveItemMinutes } from '../domain/minutes.ts';
import type { ActionInput, Change, ObservationInput, VbeInput } from '../domain/minutes.ts';
import { addDays, stockholmDate } from '../domain/periods.ts';
import type { Account, AgendaItem, Cadence, District, Forum, Meeting } from '../domain/types.ts';
import type { AuditContext, Store } from '../store/store.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  districtId: string;
  forumIds: string[];
}

export interface SeedOptions {
  now: Date;
  newId?: () => string;
  /** Clear-text password per username; random by default. */
  password?: (username: string) => string;
  hash?: (password: string) => Promise<string>;
}

const AUDIT: AuditContext = { actorId: 'system', procedure: 'seed.demo' };

// ---------------------------------------------------------------------------
// Deterministic randomness

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// FNV-1a, so each forum has its own stream and adding a forum does not
// change the others' meetings.
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const SEED_SALT = 'vbe-demo-2026';

const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

// ---------------------------------------------------------------------------
// Time: meetings are planned in Stockholm local time and stored as UTC instants.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** Daytime on `date` in Stockholm as epoch ms (EU summer time rule; meetings are never at night). */
function stockholmTime(date: string, hour: number, minute: number): number {
  const year = Number(date.slice(0, 4));
  const summer = date >= lastSunday(year, 3) && date < lastSunday(year, 10);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hour - (summer ? 2 : 1), minute);
}

const iso = (ms: number) => new Date(ms).toISOString();
const dayOf = (ms: number) => stockholmDate(iso(ms));

/** The `nth` given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7);
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const spokenDate = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;

// ---------------------------------------------------------------------------
// The districts and their forums

interface ForumSpec {
  /** Stable key for the PRNG; never shown. */
  key: string;
  name: string;
  type: ForumType;
  memberOrganisations: string[];
  cadence: Cadence;
  weekday: number;
  /** For monthly forums: which of the month's `weekday`s. */
  nth: number;
  hour: number;
  minute: number;
  location: string;
  /** The areas the forum covers; the whole district when absent. */
  areas?: string[];
  /** Which of the district's two conveners convenes it. */
  convener: 0 | 1;
}

interface DistrictSpec {
  district: District;
  /** Used in usernames: samordnare.rk. */
  short: string;
  /** How common each milieu is, after the district's own lägesbild. */
  milieuWeight: Record<Milieu, number>;
  forums: ForumSpec[];
}

const MONTHLY: Cadence = { every: 1, unit: 'month' };
const SIX_WEEKS: Cadence = { every: 6, unit: 'week' };

const RK_POLICE = 'Polisen lokalpolisområde Rinkeby';
const EAV_POLICE = 'Polisen, kommunpolisen';

// Tensta and Hjulsta belong to Spånga-Tensta, not to Rinkeby-Kista.
const DISTRICTS: DistrictSpec[] = [
  {
    district: { id: 'rinkeby-kista', name: 'Rinkeby-Kista', areas: ['Rinkeby', 'Kista', 'Husby', 'Akalla'] },
    short: 'rk',
    // The plan describes the Islamist milieu as the main concern, the autonomous one as occasional.
    milieuWeight: { islamistisk: 1.6, autonoma: 1, 'vit-makt': 0.5, oklar: 0.8 },
    forums: [
      {
        key: 'bra',
        name: 'Lokalt brottsförebyggande råd Rinkeby-Kista',
        type: 'bra',
        memberOrganisations: [
          'Stadsdelsdirektören',
          'Preventionssamordnaren',
          'Lokal samordnare mot våldsbejakande extremism',
          RK_POLICE,
          'Bostadsbolagen',
          'Föreningen Fastighetsägare i Järva',
        ],
        cadence: MONTHLY,
        weekday: 2,
        nth: 2,
        hour: 13,
        minute: 0,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
      {
        key: 'sspf-rinkeby',
        name: 'SSPF Rinkeby',
        type: 'sspf',
        memberOrganisations: ['Grundskolorna i Rinkeby', 'Socialtjänsten, barn och unga', RK_POLICE, 'Fritidsgårdarna', 'Fältassistenterna'],
        cadence: MONTHLY,
        weekday: 3,
        nth: 1,
        hour: 9,
        minute: 0,
        location: 'Socialtjänstens lokaler i Rinkeby',
        areas: ['Rinkeby'],
        convener: 1,
      },
      {
        key: 'sspf-husby-akalla-kista',
        name: 'SSPF Husby, Akalla och Kista',
        type: 'sspf',
        memberOrganisations: [
          'Grundskolorna i Husby, Akalla och Kista',
          'Socialtjänsten, barn och unga',
          RK_POLICE,
          'Fritidsgårdarna',
          'Fältassistenterna',
        ],
        cadence: MONTHLY,
        weekday: 3,
        nth: 3,
        hour: 9,
        minute: 0,
        location: 'Socialtjänstens lokaler i Husby',
        areas: ['Husby', 'Akalla', 'Kista'],
        convener: 1,
      },
      {
        key: 'trygghet-fastigheter',
        name: 'Trygghet i fastigheter och utemiljö',
        type: 'samverkansforum',
        memberOrganisations: ['Bostadsbolagen', 'Föreningen Fastighetsägare i Järva', 'Trygghetssamordnaren', RK_POLICE, 'Trafikkontoret'],
        cadence: SIX_WEEKS,
        weekday: 4,
        nth: 1,
        hour: 10,
        minute: 0,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
      {
        key: 'skolsociala-stodteam',
        name: 'Skolsociala stödteam',
        type: 'samverkansforum',
        memberOrganisations: ['De kommunala högstadieskolorna', 'Elevhälsan', 'Socialtjänsten, barn och unga', 'Fältassistenterna'],
        cadence: SIX_WEEKS,
        weekday: 1,
        nth: 1,
        hour: 14,
        minute: 30,
        location: 'Skolans konferensrum',
        convener: 1,
      },
      {
        key: 'iop-civilsamhallet',
        name: 'IOP-samverkan med civilsamhället',
        type: 'samverkansforum',
        memberOrganisations: [
          'Civilsamhällets föreningar med IOP',
          'Lokala trossamfund',
          'Förvaltningsledningen',
          'Lokal samordnare mot våldsbejakande extremism',
          RK_POLICE,
        ],
        cadence: SIX_WEEKS,
        weekday: 2,
        nth: 1,
        hour: 17,
        minute: 30,
        location: 'Medborgarkontoret, mötesrummet',
        convener: 0,
      },
    ],
  },
  {
    district: {
      id: 'enskede-arsta-vantor',
      name: 'Enskede-Årsta-Vantör',
      areas: [
        'Årsta',
        'Årstadal',
        'Johanneshov',
        'Enskede gård',
        'Gamla Enskede',
        'Enskededalen',
        'Östberga',
        'Stureby',
        'Svedmyra',
        'Tallkrogen',
        'Bandhagen',
        'Högdalen',
        'Rågsved',
        'Hagsätra',
        'Örby',
      ],
    },
    short: 'eav',
    // The plan names white-power graffiti and propaganda as the most common, all three milieus present.
    milieuWeight: { 'vit-makt': 1.7, autonoma: 0.9, islamistisk: 0.6, oklar: 0.8 },
    forums: [
      {
        key: 'bra',
        name: 'Lokalt brottsförebyggande råd Enskede-Årsta-Vantör',
        type: 'bra',
        memberOrganisations: ['Stadsdelsdirektören', 'Preventionssamordnaren', 'Säkerhetssamordnaren', EAV_POLICE, 'Bostadsbolagen'],
        cadence: MONTHLY,
        weekday: 4,
        nth: 2,
        hour: 13,
        minute: 30,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
      {
        key: 'sspf-arsta-enskede',
        name: 'SSPF Årsta och Enskede',
        type: 'sspf',
        memberOrganisations: ['Grundskolorna i området', 'Socialtjänsten, barn och unga', EAV_POLICE, 'Fritidsgårdarna', 'Fältassistenterna'],
        cadence: MONTHLY,
        weekday: 2,
        nth: 1,
        hour: 9,
        minute: 30,
        location: 'Socialtjänstens lokaler',
        areas: ['Årsta', 'Årstadal', 'Johanneshov', 'Enskede gård', 'Gamla Enskede', 'Enskededalen', 'Östberga', 'Stureby', 'Svedmyra', 'Tallkrogen'],
        convener: 1,
      },
      {
        key: 'sspf-vantor',
        name: 'SSPF Vantör',
        type: 'sspf',
        memberOrganisations: ['Grundskolorna i området', 'Socialtjänsten, barn och unga', EAV_POLICE, 'Fritidsgårdarna', 'Fältassistenterna'],
        cadence: MONTHLY,
        weekday: 2,
        nth: 3,
        hour: 9,
        minute: 30,
        location: 'Socialtjänstens lokaler',
        areas: ['Bandhagen', 'Högdalen', 'Rågsved', 'Hagsätra', 'Örby'],
        convener: 1,
      },
      {
        key: 'barn-0-20-vantor',
        name: 'Samverkansforum barn och unga 0–20 år, Vantör',
        type: 'samverkansforum',
        memberOrganisations: [
          'Utbildningsförvaltningen (sammankallande)',
          'Förskolorna',
          'Grundskolorna i området',
          'Socialtjänsten, barn och unga',
          EAV_POLICE,
          'Fritidsgårdarna',
          'Fältassistenterna',
        ],
        cadence: SIX_WEEKS,
        weekday: 3,
        nth: 1,
        hour: 13,
        minute: 0,
        location: 'Skolans konferensrum',
        areas: ['Bandhagen', 'Högdalen', 'Rågsved', 'Hagsätra', 'Örby'],
        convener: 1,
      },
      {
        key: 'barn-0-20-arsta-enskede',
        name: 'Samverkansforum barn och unga 0–20 år, Årsta och Enskede',
        type: 'samverkansforum',
        memberOrganisations: [
          'Utbildningsförvaltningen (sammankallande)',
          'Förskolorna',
          'Grundskolorna i området',
          'Socialtjänsten, barn och unga',
          EAV_POLICE,
          'Fritidsgårdarna',
        ],
        cadence: SIX_WEEKS,
        weekday: 4,
        nth: 1,
        hour: 13,
        minute: 0,
        location: 'Skolans konferensrum',
        areas: ['Årsta', 'Årstadal', 'Johanneshov', 'Enskede gård', 'Gamla Enskede', 'Enskededalen', 'Östberga', 'Stureby'],
        convener: 0,
      },
      {
        key: 'forvaltningsovergripande',
        name: 'Förvaltningsövergripande gruppen mot våldsbejakande extremism',
        type: 'samverkansforum',
        memberOrganisations: [
          'Preventionssamordnaren',
          'Säkerhetssamordnaren',
          'Avdelningen social omsorg barn och unga',
          'Avdelningen förskola',
          'Biblioteken',
          'Jobbtorg',
          'Äldreomsorgen',
        ],
        cadence: SIX_WEEKS,
        weekday: 1,
        nth: 1,
        hour: 10,
        minute: 0,
        location: 'Stadsdelsförvaltningen, sammanträdesrummet',
        convener: 0,
      },
    ],
  },
];

// ---------------------------------------------------------------------------
// What gets written in the minutes. All texts are de-identified: roles and
// organisations only, no names, no numbers that could be mistaken for
// identity or phone numbers, and places no finer than "near the centre".

interface ObservationTemplate {
  milieu: Milieu;
  category: Category;
  sources: Source[];
  weight: number;
  maxCount: number;
  text: string;
}

const OBSERVATIONS: ObservationTemplate[] = [
  // Vit makt
  { milieu: 'vit-makt', category: 'klotter', sources: ['fastighetsagare', 'egen-verksamhet', 'polis'], weight: 6, maxCount: 6,
    text: 'Hakkors och andra vit makt-symboler målade i en gångtunnel; polisanmält och sanerat av fastighetsägaren.' },
  { milieu: 'vit-makt', category: 'propaganda', sources: ['fastighetsagare', 'egen-verksamhet', 'civilsamhalle'], weight: 6, maxCount: 6,
    text: 'Dekaler med vit makt-budskap uppsatta vid flera busshållplatser; fastighetsägaren har tagit bort dem.' },
  { milieu: 'vit-makt', category: 'propaganda', sources: ['fastighetsagare', 'civilsamhalle'], weight: 4, maxCount: 5,
    text: 'Flygblad från en nazistisk organisation har delats ut i brevlådor i ett bostadsområde; boende kontaktade bostadsbolaget.' },
  { milieu: 'vit-makt', category: 'propaganda', sources: ['fackforvaltning', 'polis'], weight: 2, maxCount: 2,
    text: 'En banderoll med rasistiskt budskap hängdes upp på en gångbro under natten och togs ned dagen efter.' },
  { milieu: 'vit-makt', category: 'symboler', sources: ['skola'], weight: 2, maxCount: 3,
    text: 'Några elever har burit kläder med märken som används inom vit makt-miljön; skolan har haft samtal med vårdnadshavare.' },
  { milieu: 'vit-makt', category: 'asiktsyttring', sources: ['egen-verksamhet'], weight: 3, maxCount: 2,
    text: 'Personal på fritidsgården hörde ungdomar förhärliga rasistiskt våld; personalen tog samtalet på plats.' },
  { milieu: 'vit-makt', category: 'hot', sources: ['egen-verksamhet', 'skola'], weight: 1, maxCount: 1,
    text: 'En medarbetare fick ett hotfullt meddelande med rasistiskt innehåll efter ett föräldramöte; händelsen är polisanmäld.' },
  { milieu: 'vit-makt', category: 'hot', sources: ['fastighetsagare'], weight: 1, maxCount: 2,
    text: 'Lappar med hot och rasistiska budskap har satts upp i ett trapphus; bostadsbolaget har gjort en polisanmälan.' },
  { milieu: 'vit-makt', category: 'rekrytering', sources: ['skola', 'polis'], weight: 1, maxCount: 2,
    text: 'Unga har kontaktats via spelplattformar av okända vuxna som delat vit makt-material; skolan har informerat vårdnadshavare.' },
  { milieu: 'vit-makt', category: 'lokalbokning', sources: ['egen-verksamhet'], weight: 0.5, maxCount: 1,
    text: 'En förening med kopplingar till vit makt-miljön ville hyra en samlingslokal; förfrågan avslogs.' },

  // Autonoma miljön
  { milieu: 'autonoma', category: 'klotter', sources: ['egen-verksamhet', 'fastighetsagare'], weight: 5, maxCount: 6,
    text: 'Antidemokratiska slagord klottrade på en skolbyggnad; anmält till polisen och sanerat.' },
  { milieu: 'autonoma', category: 'propaganda', sources: ['egen-verksamhet', 'fastighetsagare', 'polis'], weight: 4, maxCount: 5,
    text: 'Affischer som uppmanar till våld mot polisen har satts upp vid tunnelbanans uppgång.' },
  { milieu: 'autonoma', category: 'propaganda', sources: ['egen-verksamhet'], weight: 2, maxCount: 3,
    text: 'Dikter och texter med antidemokratiskt innehåll har satts upp på anslagstavlan vid biblioteket.' },
  { milieu: 'autonoma', category: 'symboler', sources: ['egen-verksamhet', 'polis'], weight: 1, maxCount: 3,
    text: 'Personer med symboler från den autonoma miljön delade ut material vid centrum en lördag.' },
  { milieu: 'autonoma', category: 'asiktsyttring', sources: ['fackforvaltning'], weight: 1, maxCount: 1,
    text: 'En deltagare i vuxenutbildningen gav uttryck för stöd till politiskt våld under en lektion; rutinen vid oro följdes.' },
  { milieu: 'autonoma', category: 'vald', sources: ['polis'], weight: 0.5, maxCount: 1,
    text: 'Polisen rapporterar en misshandel i samband med en demonstration där gärningspersonerna bedöms höra till den autonoma miljön.' },
  { milieu: 'autonoma', category: 'klotter', sources: ['fastighetsagare', 'polis'], weight: 1, maxCount: 2,
    text: 'Skadegörelse på en lokal inför ett politiskt möte, med klotter som pekar mot den autonoma miljön.' },

  // Våldsbejakande islamism
  { milieu: 'islamistisk', category: 'propaganda', sources: ['egen-verksamhet', 'civilsamhalle', 'fackforvaltning'], weight: 2, maxCount: 4,
    text: 'Flygblad från en odemokratisk organisation som uppmanar till att inte rösta delades ut utanför centrum.' },
  { milieu: 'islamistisk', category: 'asiktsyttring', sources: ['skola'], weight: 2, maxCount: 1,
    text: 'En elev har i klassrummet uttryckt stöd för en terrorstämplad organisation; skolan har gjort en orosanmälan.' },
  { milieu: 'islamistisk', category: 'oro-anhorig', sources: ['socialtjanst', 'fackforvaltning'], weight: 2, maxCount: 1,
    text: 'En anhörig har hört av sig med oro för att en ung vuxen dras in i en våldsbejakande miljö; stödsamtal har erbjudits.' },
  { milieu: 'islamistisk', category: 'oro-anhorig', sources: ['civilsamhalle'], weight: 1.5, maxCount: 1,
    text: 'En förälder berättade för en förening om oro för sitt barns kontakter på nätet; föreningen hänvisade till samordnaren.' },
  { milieu: 'islamistisk', category: 'rekrytering', sources: ['polis'], weight: 1, maxCount: 2,
    text: 'Polisen har uppgifter om försök att rekrytera unga i området; skolor och fritidsgårdar har fått information.' },
  { milieu: 'islamistisk', category: 'orosanmalan', sources: ['polis'], weight: 1, maxCount: 2,
    text: 'Orosanmälan från polisen som rör barn till en återvändare; socialtjänsten handlägger enligt ordinarie rutin.' },
  { milieu: 'islamistisk', category: 'atervandare', sources: ['polis'], weight: 0.5, maxCount: 1,
    text: 'Polisen informerade om att en person har återvänt från ett konfliktområde; socialtjänsten samverkar med stadens stödteam.' },
  { milieu: 'islamistisk', category: 'lokalbokning', sources: ['egen-verksamhet'], weight: 1, maxCount: 1,
    text: 'En odemokratisk organisation försökte boka en lokal genom en privatperson; bokningen stoppades av bokningsenheten.' },
  { milieu: 'islamistisk', category: 'symboler', sources: ['skola', 'egen-verksamhet'], weight: 1, maxCount: 2,
    text: 'Ungdomar har visat upp flaggor och symboler från terrorstämplade grupper i sociala medier; vårdnadshavare har kontaktats.' },
  { milieu: 'islamistisk', category: 'klotter', sources: ['fastighetsagare'], weight: 1.5, maxCount: 3,
    text: 'Klotter som hyllar en terrorstämplad organisation på en fasad nära centrum; sanerat samma vecka.' },

  // Oklar eller annan
  { milieu: 'oklar', category: 'klotter', sources: ['fastighetsagare', 'egen-verksamhet'], weight: 2, maxCount: 4,
    text: 'Klotter med hatiska budskap på en lekplats; det går inte att säga vilken miljö det kommer från.' },
  { milieu: 'oklar', category: 'hot', sources: ['egen-verksamhet'], weight: 1, maxCount: 1,
    text: 'Hotfulla kommentarer mot personal på fritidsgården i sociala medier utan tydlig ideologisk avsändare; polisanmält.' },
  { milieu: 'oklar', category: 'ovrigt', sources: ['psykiatri'], weight: 0.5, maxCount: 1,
    text: 'Psykiatrin har noterat våldsbejakande uttalanden i ett patientmöte utan tydlig ideologisk koppling; hanteras inom vården.' },
  { milieu: 'oklar', category: 'propaganda', sources: ['fastighetsagare', 'civilsamhalle'], weight: 1, maxCount: 4,
    text: 'Konspirationsbetonade flygblad med våldsinslag har delats ut i brevlådor; avsändaren är okänd.' },
  { milieu: 'oklar', category: 'asiktsyttring', sources: ['egen-verksamhet'], weight: 1, maxCount: 1,
    text: 'Personal på biblioteket hörde besökare hylla ett nyligen inträffat attentat; händelsen rapporterades till samordnaren.' },
];

const ACTIONS: { text: string; owner: string }[] = [
  { text: 'Sammanställa årets observationer inför lägesbilden', owner: 'Lokal samordnare' },
  { text: 'Påminna enheterna om blanketten för avidentifierad information', owner: 'Lokal samordnare' },
  { text: 'Ta fram en kort genomgång av symboler för personalen', owner: 'Lokal samordnare' },
  { text: 'Återkomma med polisens bild av läget till nästa möte', owner: 'Polisen' },
  { text: 'Sanera klotter och ta bort affischer i området', owner: 'Fastighetsägaren' },
  { text: 'Kontakta bostadsbolagen om sanering och belysning i gångtunnlar', owner: 'Trygghetssamordnaren' },
  { text: 'Planera en trygghetsvandring med boende och föreningar', owner: 'Trygghetssamordnaren' },
  { text: 'Informera personalen om rutinen vid oro eller händelse', owner: 'Fritidsgården' },
  { text: 'Bjuda in stadens stödteam för återvändare till ett kommande möte', owner: 'Socialtjänsten' },
  { text: 'Planera en föräldraträff om nätet och radikalisering', owner: 'Skolan' },
  { text: 'Se över rutinen för lokalbokning och bidrag', owner: 'Förvaltningsledningen' },
  { text: 'Fråga föreningarna vilket stöd de behöver i frågor om extremism', owner: 'Lokal samordnare' },
];

const OPENING = [
  'Sammankallande hälsade välkommen och öppnade mötet.',
  'Mötet öppnades. Samtliga parter var representerade.',
  'Mötet öppnades. {org} hade förhinder.',
  'Sammankallande öppnade mötet och presenterade en ny representant för {org}.',
];

const PREVIOUS_MINUTES = [
  'Anteckningarna från förra mötet gicks igenom och lades till handlingarna.',
  'Inga synpunkter på föregående mötes anteckningar.',
  'Föregående anteckningar godkändes med en mindre rättelse.',
];

const OTHER_BUSINESS = [
  'Inga övriga frågor.',
  'Inga övriga frågor.',
  'Stadens webbutbildning om våldsbejakande extremism: parterna sprider den till sin personal.',
  'Påminnelse om blanketten för avidentifierad information och var den finns på intranätet.',
  'Fritidsgårdarna informerade om lovaktiviteter för unga.',
  'Polisen informerade om planerade insatser i området under helgerna.',
  'Förslag om att bjuda in en föreläsare om symboler och kännetecken till ett kommande möte.',
  'Kort information om arbetet med nästa års handlingsplan.',
];

const VBE_TEXT: Record<VbeStatus, Record<ForumType | 'any', string[]>> = {
  discussed: {
    any: ['Parterna gick igenom händelser sedan förra mötet.', 'Genomgång av läget per miljö med parternas iakttagelser.'],
    bra: ['Polisen redogjorde för sin bild av läget; övriga parter kompletterade.', 'Lägesbilden per miljö gicks igenom inför den årliga sammanställningen.'],
    sspf: ['Inga uppgifter på individnivå utan samtycke. Parterna delade iakttagelser på gruppnivå.', 'Rutinen vid oro diskuterades utifrån händelser sedan förra mötet.'],
    samverkansforum: ['Parterna delade vad de sett och hört i sina verksamheter.', 'Civilsamhällets och verksamheternas iakttagelser gicks igenom.'],
  },
  'nothing-to-report': {
    any: ['Punkten togs upp; ingen av parterna hade något nytt att rapportera.', 'Inga nya iakttagelser sedan förra mötet.'],
    bra: [],
    sspf: [],
    samverkansforum: [],
  },
  'not-discussed': {
    any: ['Punkten hanns inte med och tas upp på nästa möte.', 'Punkten utgick på grund av tidsbrist.'],
    bra: [],
    sspf: [],
    samverkansforum: [],
  },
};

const SECOND_APPROVERS: Record<ForumType, string[]> = {
  bra: ['Demo Justerare Polisen', 'Demo Justerare Bostadsbolaget', 'Demo Justerare Förvaltningen'],
  sspf: ['Demo Justerare Skolan', 'Demo Justerare Socialtjänsten', 'Demo Justerare Fritid'],
  samverkansforum: ['Demo Justerare Skolan', 'Demo Justerare Civilsamhället', 'Demo Justerare Fastighetsägaren'],
};

// ---------------------------------------------------------------------------
// Accounts and passwords

// Lowercase letters and digits without look-alikes (0/o, 1/l/i).
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four, e.g. `k7dm-x3qa-9fhe-tw2p`: about 79 bits, easy to read out and type. */
export function randomDemoPassword(username = ''): string {
  for (;;) {
    const chars: string[] = [];
    while (chars.length < 16) {
      for (const byte of randomBytes(32)) {
        // Rejection sampling keeps every character equally likely.
        if (byte < 256 - (256 % PASSWORD_ALPHABET.length) && chars.length < 16) chars.push(PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length]!);
      }
    }
    const password = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
    if (checkPasswordPolicy(password, { username }) === null) return password;
  }
}

interface AccountSpec {
  username: string;
  displayName: string;
  role: Role;
  districtId: string;
  forumIds: string[];
}

// ---------------------------------------------------------------------------
// Meetings

interface Schedule {
  past: number[];
  upcoming: number;
}

/** A year of meeting times before `now` by the forum's cadence, and the next one after it. */
function schedule(spec: ForumSpec, now: number, rng: Rng): Schedule {
  const yearAgo = now - 365 * DAY;
  const at = (date: string) => stockholmTime(date, spec.hour, spec.minute);
  const today = dayOf(now);
  let slot: (k: number) => number;
  if (spec.cadence.unit === 'month') {
    const y = Number(today.slice(0, 4));
    const m = Number(today.slice(5, 7));
    // k months from the current one; k may be negative.
    const month = (k: number) => {
      const index = y * 12 + (m - 1) + k;
      return at(nthWeekday(Math.floor(index / 12), (index % 12) + 1, spec.weekday, spec.nth));
    };
    let first = 0;
    while (month(first) <= now) first++;
    slot = (k) => month(first + k * spec.cadence.every);
  } else {
    // The next weekday of the forum after today, shifted so forums of the same cadence do not all meet the same week.
    const period = spec.cadence.every * 7;
    let date = addDays(today, 1);
    while (weekdayOf(date) !== spec.weekday) date = addDays(date, 1);
    date = addDays(date, 7 * int(rng, 0, spec.cadence.every - 1));
    slot = (k) => at(addDays(date, k * period));
  }
  const past: number[] = [];
  for (let k = -1; slot(k) >= yearAgo; k--) {
    const t = slot(k);
    // Forums take a summer break in July; a meeting only hours ago is not minuted yet.
    if (dayOf(t).slice(5, 7) === '07' || t > now - 4 * HOUR) continue;
    past.unshift(t);
  }
  return { past, upcoming: slot(0) };
}

interface ForumContext {
  spec: ForumSpec;
  forum: Forum;
  district: DistrictSpec;
  convener: { id: string; displayName: string };
  /** Forced number of trailing held-but-unapproved meetings, if any. */
  minHeldTail: number;
}

interface PendingCompletion {
  meeting: number;
  actionId: string;
  at: number;
}

function buildMeetings(ctx: ForumContext, now: number, newId: () => string): Meeting[] {
  const { spec, forum, district, convener } = ctx;
  const rng = mulberry32(seedOf(`${SEED_SALT}/${district.district.id}/${spec.key}`));
  const { past, upcoming } = schedule(spec, now, rng);
  const areas = spec.areas ?? district.district.areas;
  const observationChoices = OBSERVATIONS.map((o) => [o, o.weight * district.milieuWeight[o.milieu]] as const);
  const cadenceDays = spec.cadence.unit === 'month' ? 30 * spec.cadence.every : 7 * spec.cadence.every;

  let heldTail = rng() < 0.45 ? (rng() < 0.3 ? 2 : 1) : 0;
  heldTail = Math.max(heldTail, ctx.minHeldTail);

  const built: Meeting[] = [];
  const pending: PendingCompletion[] = [];
  const change = (at: number): Change => ({ actorId: convener.id, now: iso(at), newId });

  // Completions happen in time order, and only those before `until`, so a
  // meeting carries exactly the actions still open when it starts.
  const completeUntil = (until: number) => {
    pending.sort((a, b) => a.at - b.at);
    while (pending.length > 0 && pending[0]!.at < until) {
      const c = pending.shift()!;
      built[c.meeting] = completeAction(built[c.meeting]!, c.actionId, change(c.at));
    }
  };

  const fresh = (start: number, createdAt: number): Meeting => {
    const carried = openActions(built, iso(start));
    const agenda = composeAgenda(forum.template, { forumType: forum.type, carriedActions: carried, newId });
    return {
      id: newId(),
      forumId: forum.id,
      districtId: forum.districtId,
      startsAt: iso(start),
      location: rng() < 0.2 ? 'Digitalt möte' : spec.location,
      status: 'planned',
      agenda,
      minutes: {},
      history: [],
      createdAt: iso(createdAt),
      createdBy: convener.id,
      updatedAt: iso(createdAt),
    };
  };

  past.forEach((start, index) => {
    completeUntil(start);
    let meeting = fresh(start, start - int(rng, 10, 25) * DAY - int(rng, 0, 6) * HOUR);
    const item = (kind: AgendaItem['kind']) => meeting.agenda.find((i) => i.kind === kind);
    const unapproved = index >= past.length - heldTail;
    // Minutes are written a day or three after the meeting, never after `now`.
    let at = Math.min(start + int(rng, 1, 3) * DAY + int(rng, 0, 4) * HOUR, now - HOUR - 10 * 60_000);
    const save = (kind: AgendaItem['kind'], text: string | undefined, vbe?: VbeInput) => {
      const target = item(kind);
      if (!target || (text === undefined && vbe === undefined)) return;
      meeting = saveItemMinutes(meeting, { itemId: target.id, ...(text === undefined ? {} : { text }), ...(vbe ? { vbe } : {}) }, change(at));
      at += int(rng, 1, 4) * 60_000;
    };

    const second = pick(rng, SECOND_APPROVERS[forum.type]);
    const opening = pick(rng, OPENING).replace('{org}', pick(rng, forum.memberOrganisations));
    save('opening', opening);
    save('minutes-checker', `Till justerare jämte sammankallande valdes ${second}.`);
    if (index > 0) save('previous-minutes', pick(rng, PREVIOUS_MINUTES));
    const carried = item('follow-up')?.carriedActions?.length ?? 0;
    if (carried > 0) save('follow-up', `Öppna åtgärder från tidigare möten gicks igenom (${carried} st).`);

    // Some of the newest minutes are still being written.
    const inProgress = unapproved && rng() < 0.3;
    if (!inProgress) {
      const status = weighted<VbeStatus>(rng, [
        ['discussed', 75],
        ['nothing-to-report', 18],
        ['not-discussed', 7],
      ]);
      const observations: ObservationInput[] = [];
      const actions: ActionInput[] = [];
      if (status === 'discussed') {
        const n = weighted(rng, [
          [0, 14],
          [1, 34],
          [2, 28],
          [3, 16],
          [4, 8],
        ]);
        for (let i = 0; i < n; i++) {
          const t = weighted(rng, observationChoices);
          observations.push({
            milieu: t.milieu,
            category: t.category,
            source: pick(rng, t.sources),
            area: pick(rng, areas),
            count: int(rng, 1, t.maxCount),
            date: dayOf(start - int(rng, 1, Math.min(cadenceDays, 42)) * DAY),
            text: t.text,
          });
        }
        const a = weighted(rng, [
          [0, 45],
          [1, 40],
          [2, 15],
        ]);
        // Not an action that is already on the list of open ones.
        const open = new Set(item('follow-up')?.carriedActions?.map((c) => c.text));
        const used = new Set(ACTIONS.flatMap((x, i) => (open.has(x.text) ? [i] : [])));
        for (let i = 0; i < a && used.size < ACTIONS.length; i++) {
          let choice = int(rng, 0, ACTIONS.length - 1);
          while (used.has(choice)) choice = (choice + 1) % ACTIONS.length;
          used.add(choice);
          actions.push({ ...ACTIONS[choice]!, due: dayOf(start + int(rng, 2, 8) * 7 * DAY) });
        }
      }
      const texts = [...VBE_TEXT[status].any, ...VBE_TEXT[status][forum.type]];
      save('vbe', pick(rng, texts), { status, observations, actions });
      save('other-business', pick(rng, OTHER_BUSINESS));
      const next = index + 1 < past.length ? past[index + 1]! : upcoming;
      save('next-meeting', `Nästa möte hålls ${spokenDate(dayOf(next))}.`);
    }

    // Justering a few days to two weeks later; what would fall after `now` is still waiting.
    const approveAt = at + int(rng, 3, 14) * DAY + int(rng, 0, 5) * HOUR;
    if (!unapproved && !inProgress && approveAt < now - HOUR) {
      meeting = approveMinutes(meeting, [convener.displayName, second], change(approveAt));
    }

    // Most actions get done around their due date; the rest stay open (some overdue).
    const lastAt = Date.parse(meeting.updatedAt);
    const vbeItem = item('vbe');
    for (const action of (vbeItem && meeting.minutes[vbeItem.id]?.vbe?.actions) || []) {
      if (rng() >= 0.85) continue;
      const due = stockholmTime(action.due, 10, 0);
      const doneAt = Math.max(lastAt + DAY, due - int(rng, -5, 14) * DAY) + int(rng, 0, 6) * HOUR;
      if (doneAt < now - HOUR) pending.push({ meeting: index, actionId: action.id, at: doneAt });
    }
    built.push(meeting);
  });
  completeUntil(now);

  // The next meeting: agenda only.
  const planned = fresh(upcoming, now - int(rng, 1, 6) * DAY - int(rng, 0, 6) * HOUR);
  return [...built, planned];
}

// ---------------------------------------------------------------------------

/**
 * Fills an empty store with the demo. Returns the accounts with their
 * clear-text passwords, for the caller to show once.
 */
export async function seedDemoData(store: Store, opts: SeedOptions): Promise<DemoAccount[]> {
  if ((await store.listAccounts()).length > 0 || (await store.listForums()).length > 0) {
    throw new Error('Demodata läggs bara in i en tom datamapp.');
  }
  const now = opts.now.getTime();
  const newId = opts.newId ?? randomUUID;
  const hash = opts.hash ?? hashPassword;
  const passwordFor = opts.password ?? randomDemoPassword;
  // Set up a little over a year ago, before the first seeded meeting.
  const setUpAt = iso(now - 400 * DAY);

  const specs: AccountSpec[] = [];
  const forumsByDistrict = new Map<string, { spec: ForumSpec; forum: Forum }[]>();

  for (const d of DISTRICTS) {
    await store.putDistrict(d.district, AUDIT);
    const forums: { spec: ForumSpec; forum: Forum }[] = [];
    for (const spec of d.forums) {
      const forum: Forum = {
        id: newId(),
        name: spec.name,
        type: spec.type,
        districtId: d.district.id,
        memberOrganisations: [...spec.memberOrganisations],
        cadence: { ...spec.cadence },
        template: defaultTemplate(spec.type),
        createdAt: setUpAt,
        updatedAt: setUpAt,
      };
      await store.createForum(forum, AUDIT);
      forums.push({ spec, forum });
    }
    forumsByDistrict.set(d.district.id, forums);

    const name = d.district.name;
    specs.push({ username: `samordnare.${d.short}`, displayName: `Demo Samordnare ${name}`, role: 'coordinator', districtId: d.district.id, forumIds: [] });
    ([0, 1] as const).forEach((c) =>
      specs.push({
        username: `sammankallande${c === 0 ? '' : '2'}.${d.short}`,
        displayName: `Demo Sammankallande ${name} ${c === 0 ? 'A' : 'B'}`,
        role: 'convener',
        districtId: d.district.id,
        forumIds: forums.filter((f) => f.spec.convener === c).map((f) => f.forum.id),
      }),
    );
  }
  // An administrator has no district of their own; the first one is a harmless home.
  specs.push({ username: 'admin', displayName: 'Demo Administratör', role: 'admin', districtId: DISTRICTS[0]!.district.id, forumIds: [] });

  const passwords = specs.map((s) => passwordFor(s.username));
  // scrypt is slow on purpose; hashing in parallel keeps start-up short.
  const hashes = await Promise.all(passwords.map((p) => hash(p)));
  const accounts: Account[] = [];
  for (const [i, s] of specs.entries()) {
    const account: Account = { id: newId(), ...s, forumIds: [...s.forumIds], passwordHash: hashes[i]!, disabled: false, createdAt: setUpAt, updatedAt: setUpAt };
    await store.createAccount(account, AUDIT);
    accounts.push(account);
  }

  for (const d of DISTRICTS) {
    const forums = forumsByDistrict.get(d.district.id)!;
    for (const [i, { spec, forum }] of forums.entries()) {
      const convener = accounts.find((a) => a.role === 'convener' && a.forumIds.includes(forum.id))!;
      // The first forum of each district always has fresh minutes awaiting justering.
      const meetings = buildMeetings({ spec, forum, district: d, convener, minHeldTail: i === 0 ? 1 : 0 }, now, newId);
      for (const meeting of meetings) await store.createMeeting(meeting, AUDIT);
    }
  }

  return specs.map((s, i) => ({ ...s, password: passwords[i]! }));
}
