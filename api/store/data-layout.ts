// What belongs in the data folder, so the loader never skips a data file
// silently. Every path is relative to the data folder.
//
// In the layout (the loader reads these, or refuses to start over them):
//   core.json, sessions.json
//   meetings/<district>/<forum>/<year>.json   year 2000–2100, the UTC year of each meeting's start
//   audit/<YYYY-MM>.jsonl
//   reports|surveys|statements|imports/<district>/<year>.json   the lägesbild's other sources (issue 11)
// Any other `.json` file under meetings/ or those four, or `.jsonl` file in audit/, claims
// to hold data the loader cannot place: the start stops, naming it.
//
// Also the store's own, never warned about: `.lock`, `backups/` (read by
// backups.ts), and `*.tmp` files (a writer's temp files; removed at start by
// the lock holder).
//
// Outside the layout (listed as a warning, left alone): anything else, such
// as `lost+found`, an editor's backup (`core.json~`, `.core.json.swp`,
// `#2026.json#`), hidden files and folders, a README.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './durable-json-file.ts';

export const CORE = 'core.json';
export const SESSIONS = 'sessions.json';
export const MEETINGS_DIR = 'meetings';
export const AUDIT_DIR = 'audit';
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export const REPORTS_DIR = 'reports';
export const SURVEYS_DIR = 'surveys';
export const STATEMENTS_DIR = 'statements';
export const IMPORTS_DIR = 'imports';
/** Issue 12: the saved lägesbilder, by the year of `to`. */
export const LAGESBILDER_DIR = 'lagesbilder';
/** Folders of records filed by district and year: `<folder>/<district>/<year>.json`. */
export const DISTRICT_YEAR_DIRS = [REPORTS_DIR, SURVEYS_DIR, STATEMENTS_DIR, IMPORTS_DIR, LAGESBILDER_DIR] as const;
export type DistrictYearDir = (typeof DISTRICT_YEAR_DIRS)[number];

// Add a new top-level file or folder here when the store gains one.
const ROOT_ENTRIES = new Set<string>([CORE, SESSIONS, MEETINGS_DIR, AUDIT_DIR, ...DISTRICT_YEAR_DIRS, 'backups', '.lock']);
const MONTH_FILE = /^\d{4}-(?:0[1-9]|1[0-2])\.jsonl$/;

/** A file in the data folder's own layout that the loader cannot place. */
export class DataLayoutError extends Error {
  readonly file: string;

  constructor(file: string, reason: string) {
    super(
      `Filen ${file} ligger bland datamappens datafiler men går inte att placera: ${reason}\n` +
        'Servern startar inte, så att inga uppgifter försvinner utan att det märks. ' +
        `Rätta filens namn eller innehåll, eller flytta den ur datamappen, och starta igen (mötesfiler heter meetings/<stadsdel>/<forum>/<år>.json, ` +
        `rapporter, enkäter, lägesbilder och importer ${DISTRICT_YEAR_DIRS.join('|')}/<stadsdel>/<år>.json, år ${FIRST_YEAR}–${LAST_YEAR}).`,
    );
    this.name = 'DataLayoutError';
    this.file = file;
  }
}

export interface DataLayout {
  /** meetings/<district>/<forum>/<year>.json, sorted. */
  meetingFiles: string[];
  /** Per folder of DISTRICT_YEAR_DIRS, its `<district>/<year>.json` files, sorted. */
  districtYearFiles: Record<DistrictYearDir, string[]>;
  /** Entries outside the layout, to list as a warning; folders are not looked into. */
  outside: string[];
}

/** The year a meeting file name stands for, or null if it names none in range. */
export function meetingFileYear(name: string): number | null {
  const match = /^(\d{4})\.json$/.exec(name);
  const year = match ? Number(match[1]) : NaN;
  return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
}

/** Whether the year can hold meetings (files are keyed by it). */
export function isPlaceableYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

// Names that are never data: hidden files, editor backups and locks, lost+found.
const isForeign = (name: string) => name.startsWith('.') || name.startsWith('#') || name.endsWith('~') || name === 'lost+found';
const isTemp = (name: string) => name.endsWith('.tmp');
const claimsData = (name: string, ext: string) => !isForeign(name) && name.toLowerCase().endsWith(ext);

async function entries(dataDir: string, relative: string): Promise<Dirent[] | null> {
  try {
    return await readdir(path.join(dataDir, relative), { withFileTypes: true });
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    if (errorCode(err) === 'ENOTDIR') throw new DataLayoutError(path.join(dataDir, relative), 'det ska vara en mapp, men är en fil.');
    throw err;
  }
}

/** Walks the data folder: the meeting files to load, and what lies outside the layout. Throws DataLayoutError. */
export async function scanDataLayout(dataDir: string): Promise<DataLayout> {
  const meetingFiles: string[] = [];
  const districtYearFiles = Object.fromEntries(DISTRICT_YEAR_DIRS.map((d) => [d, [] as string[]])) as Record<DistrictYearDir, string[]>;
  const outside: string[] = [];
  const unplaceable = (relative: string, reason: string) => new DataLayoutError(path.join(dataDir, relative), reason);

  for (const e of (await entries(dataDir, '')) ?? []) {
    if (!ROOT_ENTRIES.has(e.name) && !isTemp(e.name)) outside.push(e.name);
  }

  for (const e of (await entries(dataDir, AUDIT_DIR)) ?? []) {
    const rel = path.join(AUDIT_DIR, e.name);
    if (MONTH_FILE.test(e.name) || isTemp(e.name)) continue;
    if (claimsData(e.name, '.jsonl')) throw unplaceable(rel, 'revisionsloggens filer heter <ÅÅÅÅ-MM>.jsonl.');
    outside.push(rel);
  }

  for (const d of (await entries(dataDir, MEETINGS_DIR)) ?? []) {
    const districtRel = path.join(MEETINGS_DIR, d.name);
    if (isTemp(d.name)) continue;
    if (claimsData(d.name, '.json')) throw unplaceable(districtRel, 'en mötesfil ligger direkt i mappen meetings, utan stadsdel och forum.');
    if (!d.isDirectory() || isForeign(d.name)) {
      outside.push(districtRel);
      continue;
    }
    for (const f of (await entries(dataDir, districtRel)) ?? []) {
      const forumRel = path.join(districtRel, f.name);
      if (isTemp(f.name)) continue;
      if (claimsData(f.name, '.json')) throw unplaceable(forumRel, 'en mötesfil ligger direkt i stadsdelens mapp, utan forum.');
      if (!f.isDirectory() || isForeign(f.name)) {
        outside.push(forumRel);
        continue;
      }
      for (const y of (await entries(dataDir, forumRel)) ?? []) {
        const rel = path.join(forumRel, y.name);
        if (isTemp(y.name)) continue;
        if (claimsData(y.name, '.json')) {
          if (meetingFileYear(y.name) !== null) meetingFiles.push(rel);
          else if (/^\d{4}\.json$/.test(y.name)) throw unplaceable(rel, `året ${y.name.slice(0, 4)} ligger utanför ${FIRST_YEAR}–${LAST_YEAR}.`);
          else throw unplaceable(rel, 'namnet är inte ett årtal med fyra siffror (<år>.json).');
          continue;
        }
        outside.push(rel);
      }
    }
  }
  for (const top of DISTRICT_YEAR_DIRS) {
    for (const d of (await entries(dataDir, top)) ?? []) {
      const districtRel = path.join(top, d.name);
      if (isTemp(d.name)) continue;
      if (claimsData(d.name, '.json')) throw unplaceable(districtRel, `en datafil ligger direkt i mappen ${top}, utan stadsdel.`);
      if (!d.isDirectory() || isForeign(d.name)) {
        outside.push(districtRel);
        continue;
      }
      for (const y of (await entries(dataDir, districtRel)) ?? []) {
        const rel = path.join(districtRel, y.name);
        if (isTemp(y.name)) continue;
        if (claimsData(y.name, '.json')) {
          if (meetingFileYear(y.name) !== null) districtYearFiles[top].push(rel);
          else if (/^\d{4}\.json$/.test(y.name)) throw unplaceable(rel, `året ${y.name.slice(0, 4)} ligger utanför ${FIRST_YEAR}–${LAST_YEAR}.`);
          else throw unplaceable(rel, 'namnet är inte ett årtal med fyra siffror (<år>.json).');
          continue;
        }
        outside.push(rel);
      }
    }
    districtYearFiles[top].sort();
  }
  return { meetingFiles: meetingFiles.sort(), districtYearFiles, outside: outside.sort() };
}
