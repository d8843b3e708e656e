// Last year's figures imported as a CSV in the format of /export/lagesbild.csv
// (api/exports/observations-csv.ts): the same header and columns, semicolons,
// with or without a BOM, CRLF or LF. Miljö, Kategori and Källa may be the
// Swedish labels the export writes or the codes. Every row is checked as an
// observation in the minutes is, and refused rows name their row and column.
import { CATEGORIES, CATEGORY_LABELS, MILIEUS, MILIEU_LABELS, SOURCES, SOURCE_LABELS } from './codes.ts';
import type { Category, Milieu, Source } from './codes.ts';
import { assertDeidentified } from './deidentify.ts';
import { DomainError, badRequest } from './errors.ts';
import { cleanText, LIMITS, STATEMENT_LIMITS, YEARS } from './limits.ts';
import { isIsoDate } from './periods.ts';
import type { Observation } from './types.ts';
// The export owns the header; the import reads exactly what it writes.
import { OBSERVATIONS_CSV_HEADER } from '../exports/observations-csv.ts';

export type ImportedObservation = Omit<Observation, 'id'>;

export interface ImportProblem {
  /** The column's header, or '' for the row as a whole. */
  column: string;
  message: string;
}

export interface ImportRow {
  /** The line in the file, the header being row 1 (as a spreadsheet numbers it). */
  row: number;
  observation?: ImportedObservation;
  problems: ImportProblem[];
}

export interface ImportPreview {
  rows: ImportRow[];
  accepted: number;
  refused: number;
}

const SEPARATOR = ';';

/**
 * RFC 4180 records with `;`: quoted cells may hold `;`, `"` (doubled) and line
 * breaks. Each record keeps the line it starts on.
 */
export function parseCsv(csv: string): { line: number; cells: string[] }[] {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === SEPARATOR) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  // Blank lines (and Excel's trailing one) are no rows.
  return records.filter((r) => !(r.cells.length === 1 && r.cells[0].trim() === ''));
}

/** Undoes the export's formula guard: a leading apostrophe before =, +, -, @, tab or CR. */
function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function codeReader<K extends string>(codes: readonly K[], labels: Record<K, string>): (value: string) => K | undefined {
  const byName = new Map<string, K>();
  for (const code of codes) {
    byName.set(code.toLowerCase(), code);
    byName.set(labels[code].toLowerCase(), code);
  }
  return (value) => byName.get(value.trim().toLowerCase());
}

const readMilieu = codeReader<Milieu>(MILIEUS, MILIEU_LABELS);
const readCategory = codeReader<Category>(CATEGORIES, CATEGORY_LABELS);
const readSource = codeReader<Source>(SOURCES, SOURCE_LABELS);

const H = OBSERVATIONS_CSV_HEADER;
const COLUMN = Object.fromEntries(H.map((name, i) => [name, i])) as Record<(typeof H)[number], number>;

function readRow(line: number, cells: string[]): ImportRow {
  const problems: ImportProblem[] = [];
  if (cells.length !== H.length) {
    return { row: line, problems: [{ column: '', message: `Raden har ${cells.length} kolumner men ska ha ${H.length}.` }] };
  }
  const cell = (name: (typeof H)[number]) => cleanText(unguard(cells[COLUMN[name]])).trim();
  const problem = (column: string, message: string) => problems.push({ column, message });

  const milieu = readMilieu(cell('Miljö'));
  if (!milieu) problem('Miljö', 'Okänd miljö. Använd en miljö ur kodlistan.');
  const category = readCategory(cell('Kategori'));
  if (!category) problem('Kategori', 'Okänd kategori. Använd en kategori ur kodlistan.');
  const source = readSource(cell('Källa'));
  if (!source) problem('Källa', 'Okänd källa. Använd en källa ur kodlistan.');

  const area = cell('Område');
  if (area === '') problem('Område', 'Ange ett område (ett ortnamn, inte en adress).');
  else if (area.length > LIMITS.area) problem('Område', `Högst ${LIMITS.area} tecken.`);

  const countText = cell('Antal');
  const count = /^\d{1,6}$/.test(countText) ? Number(countText) : NaN;
  if (!Number.isInteger(count)) problem('Antal', 'Antalet måste vara ett heltal.');
  else if (count < 1) problem('Antal', 'Antalet måste vara minst 1.');
  else if (count > LIMITS.observationCount) problem('Antal', `Högst ${LIMITS.observationCount}.`);

  const date = cell('Observationsdatum');
  const year = Number(date.slice(0, 4));
  if (!isIsoDate(date)) problem('Observationsdatum', 'Ange ett giltigt datum som ÅÅÅÅ-MM-DD.');
  else if (year < YEARS.first || year > YEARS.last) problem('Observationsdatum', `Året måste vara mellan ${YEARS.first} och ${YEARS.last}.`);

  const text = cell('Beskrivning');
  if (text.length > LIMITS.observationText) problem('Beskrivning', `Högst ${LIMITS.observationText} tecken.`);

  // The forum's name is not stored, but a person's name there is still refused: the file should not carry one.
  try {
    assertDeidentified([
      { path: 'Forum', label: `Rad ${line}: Forum`, text: cell('Forum') },
      { path: 'Område', label: `Rad ${line}: Område`, text: area, group: 'row' },
      { path: 'Beskrivning', label: `Rad ${line}: Beskrivning`, text, group: 'row' },
    ]);
  } catch (e) {
    if (!(e instanceof DomainError) || !e.field) throw e;
    problem(e.field, e.message);
  }

  if (problems.length > 0 || !milieu || !category || !source) return { row: line, problems };
  return { row: line, observation: { milieu, category, source, area, count, date, text }, problems };
}

export const NOT_UTF8_MESSAGE =
  'Filen har tecken som inte går att läsa (till exempel å, ä eller ö). Spara den i Excel som "CSV UTF-8 (kommaavgränsad)" och välj den igen.';

/**
 * Reads the file into rows, each with its observation or its problems.
 * Throws BAD_REQUEST (field `csv`) for a file that is not the export's format
 * at all: a wrong header, no rows, or too many.
 */
export function previewImport(csv: string): ImportPreview {
  if (csv.length > STATEMENT_LIMITS.importChars) throw badRequest(`Filen får vara högst ${STATEMENT_LIMITS.importChars} tecken.`, 'csv');
  // A file read as UTF-8 that was not ("Miljö" from Excel's plain CSV) would otherwise fail on its header, misleadingly.
  if (csv.includes('\uFFFD')) throw badRequest(NOT_UTF8_MESSAGE, 'csv');
  const [header, ...records] = parseCsv(csv);
  const names = header?.cells.map((c) => c.trim()) ?? [];
  if (names.length !== H.length || names.some((n, i) => n !== H[i])) {
    throw badRequest(`Rad 1: rubrikerna ska vara desamma som i exporten av lägesbilden: ${H.join(';')}.`, 'csv');
  }
  if (records.length === 0) throw badRequest('Filen har inga rader under rubrikerna.', 'csv');
  if (records.length > STATEMENT_LIMITS.importRows) throw badRequest(`Filen får ha högst ${STATEMENT_LIMITS.importRows} rader.`, 'csv');
  const rows = records.map((r) => readRow(r.line, r.cells));
  const accepted = rows.filter((r) => r.observation).length;
  return { rows, accepted, refused: rows.length - accepted };
}

/** The first and last observation day of the rows. */
export function importPeriod(observations: readonly { date: string }[]): { from: string; to: string } {
  let from = observations[0].date;
  let to = from;
  for (const o of observations) {
    if (o.date < from) from = o.date;
    if (o.date > to) to = o.date;
  }
  return { from, to };
}
