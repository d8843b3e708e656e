// The guard that keeps identifying data about private persons out of minutes.
// Detection is heuristic and leans towards refusing: a false refusal costs the
// writer a rewording, a miss stores personal data in a record about extremism.

import { badRequest } from './errors.ts';

export type PersonalDataKind = 'personnummer' | 'samordningsnummer' | 'telefonnummer' | 'e-post' | 'adress';

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  personnummer: 'ett personnummer',
  samordningsnummer: 'ett samordningsnummer',
  telefonnummer: 'ett telefonnummer',
  'e-post': 'en e-postadress',
  adress: 'en gatuadress',
};

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** UTF-16 offset of the match in the text. */
  index: number;
  length: number;
}

export interface GuardedField {
  /** Dotted input path, e.g. `vbe.observations.0.text`; becomes the error's `field`. */
  path: string;
  /** Swedish label shown in the message, e.g. `Observation 1: beskrivning`. */
  label: string;
  text: string;
}

type Detector = (text: string) => PersonalDataFinding | null;

// Word processors turn "-" into en dashes and spaces into no-break spaces, so
// the separators people actually paste include those.
const SPACES = ' \u00a0\u202f';
const DASHES = '\\-\u2010\u2011\u2013\u2212'; // Escaped for a character class.

// --- Personnummer, samordningsnummer, interimsnummer -----------------------

// Either CCYYMMDD or YYMMDD, then an optional separator and the last four:
// four digits, or a letter and three digits (interimsnummer). "." and "/" are
// accepted as separators too ("850101.1236"); Luhn and the date rule keep
// decimals and case numbers out.
const ID_NUMBER = new RegExp(
  `(?<!\\d)(?:(\\d{2})(\\d{6})|(\\d{6}))([${DASHES}+${SPACES}./]?)(\\d{4}|[A-Za-z]\\d{3})(?!\\d)`,
  'g',
);
const DASH_OR_PLUS = new RegExp(`^[${DASHES}+]$`);

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return (10 - (sum % 10)) % 10;
}

function classifyIdNumber(century: string | undefined, date: string, separator: string, last: string): PersonalDataKind | null {
  // "16" is the prefix of 12-digit organisation numbers, not a century.
  if (century !== undefined && !['18', '19', '20'].includes(century)) return null;
  const yy = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  // Without a century, accept a date that is real in either 19xx or 20xx (matters only for 29 February).
  const years = century !== undefined ? [Number(century) * 100 + yy] : [1900 + yy, 2000 + yy];
  const realIn = (d: number) => years.some((y) => isRealDate(y, month, d));

  if (/[A-Za-z]/.test(last[0]!)) {
    // No checksum to lean on, so demand the shape nobody uses for anything else.
    const dashOrPlus = DASH_OR_PLUS.test(separator);
    if (century === undefined ? !dashOrPlus : separator !== '' && !dashOrPlus) return null;
    return realIn(day) ? 'personnummer' : null;
  }

  if (last.startsWith('000')) return null;
  if (luhnCheckDigit(date + last.slice(0, 3)) !== Number(last[3])) return null;
  if (realIn(day)) return 'personnummer';
  if (day >= 61 && day <= 91 && realIn(day - 60)) return 'samordningsnummer';
  return null;
}

const findIdNumber: Detector = (text) => {
  const re = new RegExp(ID_NUMBER.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind = classifyIdNumber(m[1], (m[2] ?? m[3])!, m[4]!, m[5]!);
    if (kind) return { kind, index: m.index, length: m[0].length };
    re.lastIndex = m.index + 1;
  }
  return null;
};

// --- Telephone numbers -------------------------------------------------------

// A run starting with +46, 0046 or 0, continuing in digit groups joined by a
// space, a dash (spaced or not), a dot or a slash. Not after a digit (nor a
// digit and a punctuation mark), so the zeros in "14.00", "2026-03-14" and
// "KS 2023/00123" start nothing. phoneLength decides how much of it is a number.
const PHONE_CANDIDATE = new RegExp(
  `(?<!\\d|\\d[${DASHES}.,:/])` +
    `(?:(?:\\+|00)46[${DASHES}${SPACES}]?(?:\\(0\\)[${DASHES}${SPACES}]?)?(?=[1-9])|\\((?=0[1-9]\\d{0,3}\\))|(?=0[1-9]))` +
    `\\d+(?:(?:\\)[${SPACES}]?|[${SPACES}]?[${DASHES}][${SPACES}]?|[${SPACES}]?/[${SPACES}]?|[${SPACES}]|\\.)\\d+)*`,
  'g',
);

// Service numbers (freephone, shared cost, premium rate) never belong to a private person.
const SERVICE_PREFIX = /^(?:020|077|0900|0939|0944)/;

function isHhmm(group: string): boolean {
  return group.length === 4 && Number(group.slice(0, 2)) <= 23 && Number(group.slice(2)) <= 59;
}

const PHONE_PREFIX = new RegExp(`^(?:(?:\\+|00)46[${DASHES}${SPACES}]?(?:\\(0\\)[${DASHES}${SPACES}]?)?|\\()?`);

interface DigitGroup {
  digits: string;
  /** What joins the group to the one before it; '' for the first. */
  joiner: string;
  end: number;
}

/**
 * The groups that can belong to one number. A slash is taken only after the
 * area code ("070/1234567"). Dots are taken only when they join all groups
 * after the area code ("070.123.45.67", "070-123.45.67"), so "08.00–10.00",
 * "08.00 2026-03-14" and "05.03.14 07.30" fall apart into short pieces.
 */
function numberGroups(groups: DigitGroup[]): DigitGroup[] {
  const dotted = (g: DigitGroup | undefined) => g?.joiner === '.';
  const style = dotted(groups[1]) || dotted(groups[2]);
  for (let i = 2; i < groups.length; i++) {
    if (groups[i]!.joiner.includes('/') || dotted(groups[i]) !== style) return groups.slice(0, i);
  }
  return groups;
}

/** Length of the longest phone-shaped prefix of a candidate, or 0. */
function phoneLength(candidate: string): number {
  const prefix = PHONE_PREFIX.exec(candidate)![0];
  const international = prefix.length > 1;
  let previousEnd = prefix.length;
  const groups = numberGroups(
    [...candidate.slice(prefix.length).matchAll(/\d+/g)].map((g) => {
      const start = prefix.length + g.index;
      const group = { digits: g[0], joiner: candidate.slice(previousEnd, start), end: start + g[0].length };
      previousEnd = group.end;
      return group;
    }),
  );
  const [first, second, third] = groups.map((g) => g.digits);
  if (first === undefined) return 0;
  if (!international) {
    // An area code is at least "08"; a lone "0" starts a list or an ISBN.
    if (first.length < 2) return 0;
    // dd-mm-yyyy, hhmm-hhmm and the personnummer shape are not phone numbers.
    if (first.length === 2 && second?.length === 2 && third?.length === 4 && /^(?:19|20)/.test(third)) return 0;
    if (isHhmm(first) && second !== undefined && isHhmm(second)) return 0;
    if (groups.length === 2 && first.length === 6 && second!.length === 4) return 0;
    // "Dnr 0123/2019": a year after the slash is a case number.
    if (groups[1]?.joiner.includes('/') && /^(?:19|20)\d{2}$/.test(second!)) return 0;
  }
  let best = 0;
  // +46 replaces the trunk 0, which is counted so both forms are measured alike.
  let national = international ? '0' : '';
  for (const g of groups) {
    national += g.digits;
    if (national.length > 10) break;
    // Swedish numbers are the trunk 0 plus 7–9 digits.
    if (national.length >= 8 && !SERVICE_PREFIX.test(national)) best = g.end;
  }
  return best;
}

const findPhone: Detector = (text) => {
  const re = new RegExp(PHONE_CANDIDATE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const length = phoneLength(m[0]);
    if (length > 0) return { kind: 'telefonnummer', index: m.index, length };
    // A rejected run ("öppet 0800-1700 070-123 45 67") may end in a number of its own.
    re.lastIndex = m.index + 1;
  }
  return null;
};

// --- E-mail addresses ------------------------------------------------------

// "namn [at] exempel.se" is caught too: bracketed "at" followed by a domain
// has no other use in Swedish text. So is "anna @ exempel.se", with spaces on
// either side of the @, but only before a lower-case ASCII top-level domain,
// so a missing space after a full stop ("möte @ Husby.Vi ses") is no address.
const EMAIL_LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+`;
const EMAIL_DOMAIN = String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.`;
const EMAIL = new RegExp(
  `${EMAIL_LOCAL}(?:` +
    String.raw`(?:@|\s*[\[(]\s*(?:at|snabel-a)\s*[\])]\s*)${EMAIL_DOMAIN}\p{L}{2,}` +
    `|(?:[${SPACES}]+@[${SPACES}]*|@[${SPACES}]+)${EMAIL_DOMAIN}[a-z]{2,}` +
    String.raw`)(?![\p{L}\p{N}])`,
  'u',
);

const findEmail: Detector = (text) => {
  const m = EMAIL.exec(text);
  return m ? { kind: 'e-post', index: m.index, length: m[0].length } : null;
};

// --- Street addresses --------------------------------------------------------

// Decision: a street name with a house number is refused, with or without a
// postcode, and so is a postcode followed by a place; an area or a street
// without a number ("Husby centrum", "vid Rinkebystråket") is a place, allowed.
// "-platsen" and "-gången" are left out: "Mötesplatsen 3" and "Genomgången 2"
// are everyday text in minutes. "-plan" is handled apart, see PLAN_NOUN.
const STREET_SUFFIXES = [
  'gatan', 'vägen', 'gränden', 'gränd', 'torget', 'backen', 'stigen', 'allén', 'leden', 'stråket',
  'kajen', 'slingan', 'promenaden', 'svängen',
];
// Short forms end ordinary words too ("hastig 3"), so they count only in a
// capitalised name; the definite forms above are also caught in lower case,
// as writers do not always capitalise ("storgatan 12").
const SHORT_STREET_SUFFIXES = ['gata', 'väg', 'torg', 'backe', 'stig', 'allé', 'sväng', 'plan'];
// Multi-word names end in a separate generic word: "Husby torg", "Drottning Kristinas väg".
const STREET_WORDS = ['väg', 'gata', 'torg', 'gränd', 'allé', 'backe', 'stig'];
const capitalisedOrNot = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

const STREET = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    `\\p{L}+(?:${STREET_SUFFIXES.join('|')})` +
    `|\\p{Lu}\\p{L}*(?:${SHORT_STREET_SUFFIXES.join('|')})` +
    `|(?:\\p{Lu}\\p{L}*[${SPACES}]){1,3}(?:${STREET_WORDS.map(capitalisedOrNot).join('|')})` +
    `)[${SPACES}]+\\d{1,3}(?:(?:[A-Za-z]|[${SPACES}][A-Z])(?!\\p{L}))?(?!\\p{N}|[.,:]\\p{N})`,
  'gu',
);

// Decision: "-plan" + number is an address unless the word is a plan or a floor ("Handlingsplan 2", "Våningsplan 2").
// Streets named "-plan" take a place or a person (Bredbyplan, Odenplan, Fridhemsplan, Eriksplan); plans and
// floors take a common noun, often a derived one (-ings, -hets, -ions, -itets, -ande). Lower case is not
// checked at all, as for the other short forms.
const PLAN_NOUN = new RegExp(
  '(?:ings|hets|ions|itets|ande|ende|skaps|samverkans|åtgärds|arbets|tids|projekt|budget|detalj|översikts|' +
    'vård|kris|insats|elev|studie|läro|kurs|ämnes|skol|mötes|miljö|trafik|risk|mål|botten|entré|gatu|mark|' +
    'källar|mellan|bas)plan$',
  'iu',
);

// "Vid Rinkebytorget 5 ungdomar" counts people at a place; a house number is not followed by a unit.
const COUNT_WORDS = [
  'personer', 'person', 'pers', 'ungdomar', 'unga', 'vuxna', 'män', 'kvinnor', 'pojkar', 'flickor', 'killar', 'tjejer',
  'barn', 'elever', 'individer', 'deltagare', 'besökare', 'st', 'stycken', 'gånger', 'ggr', 'tillfällen',
  'dagar', 'veckor', 'månader', 'timmar', 'minuter', 'år', 'kr', 'kronor', 'procent', 'meter', 'km',
];
const COUNT_AFTER = new RegExp(`^[\\s${SPACES}]+(?:${COUNT_WORDS.join('|')})(?!\\p{L})`, 'iu');

// SE-164 40 Kista; a postcode alone ("163 55") may be a count, so a place name must follow.
const POSTCODE_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}${DASHES}])(?:SE[${DASHES}${SPACES}]?)?[1-9]\\d{2}[${SPACES}]?\\d{2}(?!\\p{N})[${SPACES}]+\\p{Lu}\\p{L}+`,
  'u',
);

const findAddress: Detector = (text) => {
  let street: PersonalDataFinding | null = null;
  const re = new RegExp(STREET.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (PLAN_NOUN.test(m[0].slice(0, m[0].search(/\s+\d/)))) continue;
    const withLetter = /\p{L}$/u.test(m[0]);
    if (withLetter || !COUNT_AFTER.test(text.slice(m.index + m[0].length))) {
      street = { kind: 'adress', index: m.index, length: m[0].length };
      break;
    }
  }
  const p = POSTCODE_PLACE.exec(text);
  const postcode: PersonalDataFinding | null = p ? { kind: 'adress', index: p.index, length: p[0].length } : null;
  if (street && postcode) return street.index <= postcode.index ? street : postcode;
  return street ?? postcode;
};

// --- Normalisation -------------------------------------------------------------

// Pasted or deliberately disguised text hides data from the patterns above:
// full-width digits ("８５０１０１-１２３６"), decomposed letters ("svängen"
// as a + U+0308) and invisible format characters (U+200B zero-width space,
// U+00AD soft hyphen, all of \p{Cf}) inside a number. The detectors therefore
// also run on NFKC copies of the text, and findings are mapped back so that
// index and length always point into the original.

interface TextVariant {
  text: string;
  /** Original offset of each UTF-16 unit's source, and one past the source's end. */
  start: number[];
  end: number[];
}

const FORMAT_CHAR = /\p{Cf}/u;
const MARK = /^\p{M}$/u;

/**
 * The NFKC form of `text`, without \p{Cf} characters if `stripFormat`. Each
 * base character is normalised with the marks that follow it, so every unit
 * of the result maps to the span of the original it came from.
 */
function normalise(text: string, stripFormat: boolean): TextVariant {
  const variant: TextVariant = { text: '', start: [], end: [] };
  let cluster = '';
  let clusterStart = 0;
  let clusterEnd = 0;
  const flush = () => {
    if (cluster === '') return;
    const normal = cluster.normalize('NFKC');
    variant.text += normal;
    for (let i = 0; i < normal.length; i++) {
      variant.start.push(clusterStart);
      variant.end.push(clusterEnd);
    }
    cluster = '';
  };
  let offset = 0;
  for (const char of text) {
    const next = offset + char.length;
    if (stripFormat && FORMAT_CHAR.test(char)) {
      // Skipped; a mark after it still joins the cluster before it.
    } else if (cluster !== '' && MARK.test(char)) {
      cluster += char;
      clusterEnd = next;
    } else {
      flush();
      cluster = char;
      clusterStart = offset;
      clusterEnd = next;
    }
    offset = next;
  }
  flush();
  return variant;
}

function identity(text: string): TextVariant {
  const start = Array.from({ length: text.length }, (_, i) => i);
  return { text, start, end: start.map((i) => i + 1) };
}

/**
 * The text as written, and its NFKC forms with and without format characters.
 * Both are needed: stripping joins "8112\u200b18-9876" into a number, keeping
 * leaves "5\u200b070-123 45 67" a phone number after an unrelated digit.
 */
function variantsOf(text: string): TextVariant[] {
  const variants = [identity(text)];
  const hasFormat = FORMAT_CHAR.test(text);
  if (!hasFormat && text.normalize('NFKC') === text) return variants;
  for (const v of [normalise(text, false), ...(hasFormat ? [normalise(text, true)] : [])]) {
    if (!variants.some((w) => w.text === v.text)) variants.push(v);
  }
  return variants;
}

function inOriginal(found: PersonalDataFinding, variant: TextVariant): PersonalDataFinding {
  const index = variant.start[found.index]!;
  return { kind: found.kind, index, length: variant.end[found.index + found.length - 1]! - index };
}

// --- The guard -----------------------------------------------------------------

// On a tie at the same index the earlier detector wins: a 10-digit number that
// is both a valid personnummer and phone-shaped is reported as a personnummer.
const DETECTORS: Detector[] = [findIdNumber, findPhone, findEmail, findAddress];

/** The first (leftmost) piece of identifying data in `text`, or null. Index and length are in `text` as given. */
export function findPersonalData(text: string): PersonalDataFinding | null {
  const variants = variantsOf(text);
  let first: PersonalDataFinding | null = null;
  for (const detect of DETECTORS) {
    // Across the variants of one detector, the leftmost and then the longest match wins.
    let best: PersonalDataFinding | null = null;
    for (const variant of variants) {
      const raw = detect(variant.text);
      const found = raw && inOriginal(raw, variant);
      if (found && (!best || found.index < best.index || (found.index === best.index && found.length > best.length))) {
        best = found;
      }
    }
    if (best && (!first || best.index < first.index)) first = best;
  }
  return first;
}

/**
 * Throws BAD_REQUEST for the first field that contains identifying data. The
 * message names the field and the kind but never repeats the data, since
 * messages end up in logs and on screens.
 */
export function assertDeidentified(fields: Iterable<GuardedField>): void {
  for (const field of fields) {
    const found = findPersonalData(field.text);
    if (found) {
      const message =
        `Fältet "${field.label}" innehåller ${PERSONAL_DATA_LABELS[found.kind]}. ` +
        'Ta bort uppgifter som kan identifiera en person innan du sparar.';
      throw badRequest(message, field.path);
    }
  }
}
