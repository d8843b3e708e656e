// Personal identity numbers, coordination and interim numbers, and phone
// numbers: both are runs of digit groups, so both read the same list of
// groups. Every candidate looks at a bounded number of groups after it, so the
// cost is linear in the text however long its runs of digits are.
import type { Finding } from './finding.ts';
import type { TokenList } from './tokens.ts';

interface Group {
  digits: string;
  start: number;
  end: number;
}

/**
 * The digit groups of the text, in order, made on demand (a list of live
 * objects for every group would cost the garbage collector more than the
 * scan). `tokenIndex` maps a group to its token.
 */
class Groups {
  readonly length: number;
  readonly tokenIndex: Int32Array;

  constructor(private readonly tokens: TokenList) {
    const indices = new Int32Array(tokens.length);
    let n = 0;
    for (let k = 0; k < tokens.length; k++) if (tokens.kindAt(k) === 'number') indices[n++] = k;
    this.tokenIndex = indices.subarray(0, n);
    this.length = n;
  }

  startAt(i: number): number {
    return this.tokens.startAt(this.tokenIndex[i]!);
  }

  endAt(i: number): number {
    return this.tokens.endAt(this.tokenIndex[i]!);
  }

  at(i: number): Group | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const t = this.tokens.at(this.tokenIndex[i]!)!;
    return { digits: t.text, start: t.start, end: t.end };
  }
}

// --- Personnummer, samordningsnummer, interimsnummer -----------------------

// Between the date and the last four: nothing, a space (also a tab or line
// break, which the canonical text turned into one), a dash or plus with or
// without spaces around it, a dot or a slash.
const DASH_OR_PLUS = /^ ?[-+] ?$/;
const ANY_SEPARATOR = /^(?: ?[-+] ?| |\.|\/)$/;
// Inside a separated date: "12 12 12", "12.12.12", "1912-12-12".
const DATE_JOINER = /^[ .-]$/;

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

type IdKind = 'personnummer' | 'samordningsnummer';

// Module-level helpers rather than closures: the guard runs on every save, and tsx names each closure it creates.
function realIn(years: number[], month: number, day: number): boolean {
  return years.some((y) => isRealDate(y, month, day));
}

/** The text between group k and k + 1 ("\u0000" after the last). */
function gapAfter(text: string, groups: Groups, k: number): string {
  return k + 1 < groups.length ? text.slice(groups.endAt(k), groups.startAt(k + 1)) : '\u0000';
}

function idFinding(kind: IdKind | null, start: number, end: number): Finding | null {
  return kind ? { kind, index: start, length: end - start } : null;
}

/** `date` is YYMMDD; `last` four digits, or a letter and three digits (interimsnummer). */
function classifyIdNumber(century: string | undefined, date: string, last: string, separator: string): IdKind | null {
  // "16" is the prefix of 12-digit organisation numbers, not a century.
  if (century !== undefined && !['18', '19', '20'].includes(century)) return null;
  const yy = Number(date.slice(0, 2));
  const month = Number(date.slice(2, 4));
  const day = Number(date.slice(4, 6));
  // Without a century, accept a date that is real in either 19xx or 20xx (matters only for 29 February).
  const years = century !== undefined ? [Number(century) * 100 + yy] : [1900 + yy, 2000 + yy];

  if (/[A-Za-z]/.test(last[0]!)) {
    // No checksum to lean on, so demand the shape nobody uses for anything else.
    const dashOrPlus = /^[-+]$/.test(separator);
    if (century === undefined ? !dashOrPlus : separator !== '' && !dashOrPlus) return null;
    return realIn(years, month, day) ? 'personnummer' : null;
  }
  if (last.startsWith('000')) return null;
  if (luhnCheckDigit(date + last.slice(0, 3)) !== Number(last[3])) return null;
  if (realIn(years, month, day)) return 'personnummer';
  if (day >= 61 && day <= 91 && realIn(years, month, day - 60)) return 'samordningsnummer';
  return null;
}

/** Splits an 8- or 6-digit date into its century (if any) and YYMMDD. */
function splitDate(date: string): [string | undefined, string] {
  return date.length === 8 ? [date.slice(0, 2), date.slice(2)] : [undefined, date];
}

const INTERIM_TAIL = /([-+ ./]?)([A-Za-z])(\d{3})(?!\d)/y;

function idNumberAt(text: string, groups: Groups, i: number): Finding | null {
  const g = groups.at(i)!;
  const n = g.digits.length;

  if (n === 10 || n === 12) {
    const [century, date] = splitDate(g.digits.slice(0, n - 4));
    const hit = idFinding(classifyIdNumber(century, date, g.digits.slice(n - 4), ''), g.start, g.end);
    if (hit) return hit;
  }
  if (n === 6 || n === 8) {
    const [century, date] = splitDate(g.digits);
    const next = groups.at(i + 1);
    if (next && next.digits.length === 4 && ANY_SEPARATOR.test(gapAfter(text, groups, i))) {
      const hit = idFinding(classifyIdNumber(century, date, next.digits, gapAfter(text, groups, i).trim()), g.start, next.end);
      if (hit) return hit;
    }
    INTERIM_TAIL.lastIndex = g.end;
    const interim = INTERIM_TAIL.exec(text);
    if (interim) {
      const hit = idFinding(classifyIdNumber(century, date, interim[2]! + interim[3]!, interim[1]!), g.start, g.end + interim[0].length);
      if (hit) return hit;
    }
  }
  // A date written in parts, then a dash: "12 12 12-1212", "12.12.12 - 1212", "1912-12-12-1212".
  if ((n === 2 || n === 4) && i + 3 < groups.length) {
    const [mm, dd, last] = [groups.at(i + 1)!, groups.at(i + 2)!, groups.at(i + 3)!];
    const joiner = gapAfter(text, groups, i);
    if (
      mm.digits.length === 2 &&
      dd.digits.length === 2 &&
      last.digits.length === 4 &&
      DATE_JOINER.test(joiner) &&
      gapAfter(text, groups, i + 1) === joiner &&
      DASH_OR_PLUS.test(gapAfter(text, groups, i + 2))
    ) {
      const [century, yy] = n === 4 ? [g.digits.slice(0, 2), g.digits.slice(2)] : [undefined, g.digits];
      const hit = idFinding(classifyIdNumber(century, yy + mm.digits + dd.digits, last.digits, gapAfter(text, groups, i + 2).trim()), g.start, last.end);
      if (hit) return hit;
    }
  }
  return null;
}

// --- Telephone numbers -------------------------------------------------------

// Service numbers (freephone, shared cost, premium rate) never belong to a private person.
const SERVICE_PREFIX = /^(?:020|077|0900|0939|0944)/;
// What may join the groups of one number: a space, a dash or slash (spaced or
// not), a dot, or the closing parenthesis of "(08) 123 45 67".
const JOINER = /^(?: ?[-/] ?| |\.|\) ?)$/;
const PLAIN_JOINER = /^(?: ?- ?| )$/;
// Words after which a number without an area code is still a phone number.
const PHONE_WORDS = new Set([
  'tel', 'tfn', 'telefon', 'telefonnummer', 'telefonnr', 'telnr', 'mobil', 'mobilnummer', 'mobilnr', 'mob',
  'mobiltelefon', 'hemtelefon', 'ring', 'ringa', 'ringde', 'ringer', 'sms', 'phone',
]);
// At most this many groups are looked at from one start: "0 7 0 1 2 3 4 5 6 7" is the longest shape.
const MAX_GROUPS = 12;

function isHhmm(group: string): boolean {
  return group.length === 4 && Number(group.slice(0, 2)) <= 23 && Number(group.slice(2)) <= 59;
}

/** The word just before token `tokenIndex`, over at most ": ", ". " or " ", in lower case; undefined if none. */
function wordBefore(text: string, tokens: TokenList, tokenIndex: number): string | undefined {
  let k = tokenIndex - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && tokens.kindAt(k) !== 'word'; skipped++, k--) {
    const c = text[tokens.startAt(k)];
    if (c !== ' ' && c !== ':' && c !== '.') return undefined;
  }
  return tokens.kindAt(k) === 'word' ? text.slice(tokens.startAt(k), tokens.endAt(k)).toLowerCase() : undefined;
}

function afterPhoneWord(text: string, tokens: TokenList, tokenIndex: number): boolean {
  const word = wordBefore(text, tokens, tokenIndex);
  return word !== undefined && PHONE_WORDS.has(word);
}

// Words after which a number is an account, a giro or a book, not a phone number.
const NOT_PHONE_WORDS = new Set([
  'bankgiro', 'plusgiro', 'postgiro', 'bg', 'pg', 'giro', 'konto', 'kontonummer', 'kontonr', 'clearingnummer', 'clearingnr',
  'isbn', 'issn', 'orgnr', 'organisationsnummer', 'dnr', 'diarienummer',
]);

// Foreign numbers: "+358 40 123 4567", "+90 532 123 45 67", "0090 532 …". A country code and 7 to 12 more digits.
const FOREIGN_JOINER = /^(?: ?[-.] ?| |\) ?| ?\()$/;

function foreignPhoneAt(text: string, groups: Groups, i: number): Finding | null {
  const start = groups.startAt(i);
  const plus = text[start - 1] === '+';
  if (plus && /[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) return null;
  // "00" must carry a country code in the same group ("0090"), and never continue "14.00".
  if (!plus && (groups.endAt(i) - start < 3 || (/[-.,:/]/.test(text[start - 1] ?? '') && /\d/.test(text[start - 2] ?? '')))) return null;
  let digits = groups.endAt(i) - start - (plus ? 0 : 2);
  let end = groups.endAt(i);
  let best = 0;
  for (let k = i; digits <= 15; k++) {
    if (digits >= 8 && digits <= 15) best = end;
    if (k + 1 >= groups.length || !FOREIGN_JOINER.test(text.slice(groups.endAt(k), groups.startAt(k + 1)))) break;
    digits += groups.endAt(k + 1) - groups.startAt(k + 1);
    end = groups.endAt(k + 1);
  }
  if (best === 0) return null;
  const from = plus ? start - 1 : start;
  return { kind: 'telefonnummer', index: from, length: best - from };
}

/** "0 1 2 3 4 5 6 7": a count, not a number. */
function isCountingRun(groups: readonly { digits: string }[]): boolean {
  return groups.length > 3 && groups.every((g, k) => g.digits.length === 1 && (k === 0 || Number(g.digits) === Number(groups.at(k - 1)!.digits) + 1));
}

type PhoneStart = 'international' | 'bare-international' | 'national' | 'bare-area-code' | 'local';

function phoneAt(text: string, groups: Groups, i: number, startsAfterPhoneWord: () => boolean, notPhone: () => boolean): Finding | null {
  const first = groups.at(i)!;
  const before = text[first.start - 1] ?? '';
  // Not inside "14.00", "2026-03-14" or "KS 2023/00123": a number does not start right after a digit and a mark.
  if (/[-.,:/]/.test(before) && /\d/.test(text[first.start - 2] ?? '')) return null;

  let start = first.start;
  let kind: PhoneStart;
  let firstDigits = first.digits;
  if (before === '+' && firstDigits.startsWith('46')) {
    if (/[\p{L}\p{N}]/u.test(text[first.start - 2] ?? '')) return null;
    kind = 'international';
    start--;
    firstDigits = firstDigits.slice(2);
  } else if (firstDigits.startsWith('0046')) {
    kind = 'international';
    firstDigits = firstDigits.slice(4);
  } else if (firstDigits.startsWith('0')) {
    if (notPhone()) return null;
    kind = 'national';
  } else if (firstDigits.startsWith('46')) {
    kind = 'bare-international';
    firstDigits = firstDigits.slice(2);
  } else if (firstDigits.length <= 3 && /^ ?- ?$/.test(text.slice(first.end, groups.at(i + 1)?.start ?? first.end)) && !notPhone()) {
    kind = 'bare-area-code';
  } else if (startsAfterPhoneWord()) {
    kind = 'local';
  } else {
    return null;
  }
  if (before === '(' && kind === 'national') start--;

  // The groups that can belong to this number: no more than a number can hold.
  const chain: { digits: string; joiner: string; end: number }[] = [];
  if (firstDigits !== '') chain.push({ digits: firstDigits, joiner: '', end: first.end });
  let digitCount = firstDigits.length;
  for (let k = i; k + 1 < groups.length && chain.length < MAX_GROUPS && digitCount <= 11; k++) {
    const nextStart = groups.startAt(k + 1);
    let joiner = text.slice(groups.endAt(k), nextStart);
    if (joiner.length > 3) break;
    // "+46 (0)8 …": the trunk zero in parentheses is skipped.
    if (kind === 'international' && chain.length === 0 && /^ ?\($/.test(joiner) && groups.endAt(k + 1) - nextStart === 1 && text[nextStart] === '0' && k + 2 < groups.length) {
      const after = text.slice(groups.endAt(k + 1), groups.startAt(k + 2));
      if (!/^\) ?-? ?$/.test(after)) break;
      k++;
      joiner = ' ';
    } else if (chain.length === 0 && kind === 'international') {
      // "+46 70", "(+46) 70", "+46 (70) 123 45 67".
      if (!/^\)?[- ]?\(?$/.test(joiner)) break;
      joiner = '';
    } else if (!JOINER.test(joiner)) {
      break;
    }
    const end = groups.endAt(k + 1);
    const digits = text.slice(groups.startAt(k + 1), end);
    chain.push({ digits, joiner, end });
    digitCount += digits.length;
  }

  // Dots only when they join every group after the area code ("070.123.45.67"); a slash only after the area code.
  const style = chain[1]?.joiner === '.' || chain[2]?.joiner === '.';
  let groupsOfNumber = chain;
  for (let k = 2; k < chain.length; k++) {
    if (chain[k]!.joiner.includes('/') || (chain[k]!.joiner === '.') !== style) {
      groupsOfNumber = chain.slice(0, k);
      break;
    }
  }
  const [a, b, c] = groupsOfNumber.map((g) => g.digits);
  if (a === undefined) return null;

  if (kind === 'national') {
    // A lone "0" starts a list, an ISBN or a score, unless digits spaced one by one follow.
    if (a.length < 2 && (groupsOfNumber[1]?.joiner !== ' ' || isCountingRun(groupsOfNumber))) return null;
    // dd-mm-yyyy, hhmm-hhmm and the personnummer shape are not phone numbers.
    if (a.length === 2 && b?.length === 2 && c?.length === 4 && /^(?:19|20)/.test(c)) return null;
    if (isHhmm(a) && b !== undefined && isHhmm(b)) return null;
    if (groupsOfNumber.length === 2 && a.length === 6 && b!.length === 4) return null;
    // "Dnr 0123/2019": a year after the slash is a case number.
    if (groupsOfNumber[1]?.joiner.includes('/') && /^(?:19|20)\d{2}$/.test(b!)) return null;
  }
  if (kind === 'bare-area-code' || kind === 'local') {
    // Without a trunk zero or a country code, only the plainest shape counts.
    if (groupsOfNumber.slice(1).some((g) => g.digits.length < 2 || !PLAIN_JOINER.test(g.joiner))) return null;
  }

  let national = kind === 'national' || kind === 'local' ? '' : '0';
  let best = 0;
  for (const g of groupsOfNumber) {
    national += g.digits;
    if (national.length > 10) break;
    if (SERVICE_PREFIX.test(national)) continue;
    const long =
      kind === 'local'
        ? national.length >= 6 && national.length <= 8 && !national.startsWith('11')
        : kind === 'bare-international'
          ? national.length >= 9 && /^0[1-9]/.test(national)
          : national.length >= 8 && /^0[1-9]/.test(national);
    if (long) best = g.end;
  }
  // A bare "46…" must be the whole run: "46 000 kr" or a longer code is something else.
  if (kind === 'bare-international' && best !== groupsOfNumber.at(-1)!.end) return null;
  return best > 0 ? { kind: 'telefonnummer', index: start, length: best - start } : null;
}

// --- Both ---------------------------------------------------------------------

/** The leftmost identity number and the leftmost phone number in the canonical text. */
export function findNumbers(text: string, tokens: TokenList): Finding[] {
  const groups = new Groups(tokens);
  let id: Finding | null = null;
  let phone: Finding | null = null;
  for (let i = 0; i < groups.length && !(id && phone); i++) {
    // Cheap tests first: most groups are years, times and counts that start nothing.
    const start = groups.startAt(i);
    const end = groups.endAt(i);
    const n = end - start;
    if (!id && n % 2 === 0 && n <= 12) id = idNumberAt(text, groups, i);
    if (phone) continue;
    const firstDigit = text.charCodeAt(start);
    const candidate =
      firstDigit === 48 /* 0 */ ||
      text.startsWith('46', start) ||
      (n <= 3 && (text[end] === '-' || (text[end] === ' ' && text[end + 1] === '-'))) ||
      afterPhoneWord(text, tokens, groups.tokenIndex[i]!);
    const notPhone = () => NOT_PHONE_WORDS.has(wordBefore(text, tokens, groups.tokenIndex[i]!) ?? '');
    if (candidate) phone = phoneAt(text, groups, i, () => afterPhoneWord(text, tokens, groups.tokenIndex[i]!), notPhone);
    const foreign = !phone && ((text[start - 1] === '+' && !text.startsWith('46', start)) || (text.startsWith('00', start) && !text.startsWith('0046', start)));
    if (foreign) phone = foreignPhoneAt(text, groups, i);
  }
  return [id, phone].filter((f): f is Finding => f !== null);
}
