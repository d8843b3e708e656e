// Writes a name list's array from a one-column text file, so FIRST_NAMES and
// SURNAMES can be filled from Statistics Sweden's (SCB) name statistics:
//
//   npx tsx api/domain/names/write-list.ts [--merge] api/domain/names/first-names.ts FIRST_NAMES names.txt
//
// One name a line, as SCB spells it; blank lines and lines starting with "#"
// are skipped, and anything after a tab or a semicolon is dropped (a count
// column). Double names ("Anna-Karin", "Al-Hassan") are split into their parts,
// leaving out particles such as "af", "von" and "al", which are no names.
// Only the array `export const NAME: readonly string[] = [ ... ];` is
// rewritten; the file's header comment is kept and must be updated by hand.
// With --merge the names already in the array are kept and the file's added:
// SCB's published top lists are shorter than these lists.
// Not imported by the application: index.ts reads the lists themselves.

import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Swedish alphabetical order without Intl: ICU's collation data differs
// between Node versions, and the tests demand the same order on all of them.
// Å, Ä and Ö come after Z (Æ and Ø with Ä and Ö, Ü with Y), other accented
// letters with their base letter; ties fall back to code points.
const AFTER_Z: Record<string, string> = { å: '{', ä: '|', æ: '|', ö: '}', ø: '}', ü: 'y' };
const UNMARKED: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', œ: 'oe', þ: 'th' };

function sortKey(name: string): string {
  let key = '';
  for (const char of name.normalize('NFC').toLowerCase()) {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    key += AFTER_Z[char] ?? UNMARKED[bare] ?? bare;
  }
  return key;
}

/** Compares two names in Swedish alphabetical order, the same on every Node version. */
export function swedishOrder(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Parts of a multi-part name that are no names of their own.
const PARTICLES = new Set([
  'af', 'al', 'abu', 'ben', 'bin', 'bint', 'da', 'de', 'del', 'della', 'der', 'di', 'dos', 'el', 'ibn', 'la', 'le',
  'van', 'von',
]);

/** A list entry: one capitalised word of letters, no spaces, hyphens or digits. */
export const ENTRY = /^\p{Lu}\p{Ll}+$/u;

/**
 * The names in NFC, deduplicated case-insensitively (the first spelling wins)
 * and sorted in Swedish order. Different diacritics stay different entries:
 * "Şahin" and "Sahin" are both kept, as people write both.
 */
export function canonicalList(names: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const nfc = name.normalize('NFC');
    const key = nfc.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, nfc);
  }
  return [...byKey.values()].sort(swedishOrder);
}

/** Names from a one-column text file; throws on a line with a part that is not a word of letters. */
export function parseNameFile(text: string): string[] {
  const names: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.split(/[\t;]/)[0]!.trim();
    if (line === '' || line.startsWith('#')) return;
    const parts = line.normalize('NFC').split(/[\s-]+/);
    for (const part of parts.length > 1 ? parts.filter((p) => !PARTICLES.has(p.toLowerCase())) : parts) {
      // "ANDERSSON" and "andersson" become "Andersson".
      const name = part.charAt(0).toUpperCase() + part.slice(1).toLowerCase();
      if (!ENTRY.test(name)) throw new Error(`Line ${i + 1}: "${raw}" is not a name of letters only`);
      names.push(name);
    }
  });
  return names;
}

/** The array body as the list files write it: quoted names, wrapped before column 120. */
export function formatArrayBody(names: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const item = `'${name}',`;
    if (line !== '' && 2 + line.length + 1 + item.length > 118) {
      lines.push(`  ${line}`);
      line = item;
    } else {
      line = line === '' ? item : `${line} ${item}`;
    }
  }
  if (line !== '') lines.push(`  ${line}`);
  return lines.join('\n');
}

/** Where the array of `constName` starts (at the newline after "[") and ends (at the newline before "];"). */
function arrayBounds(source: string, constName: string): [number, number] {
  const start = `export const ${constName}: readonly string[] = [\n`;
  const from = source.indexOf(start);
  if (from < 0) throw new Error(`No "${start.trim()}" in the file`);
  const headEnd = from + start.length - 1;
  const to = source.indexOf('\n];', headEnd);
  if (to < 0) throw new Error(`The array ${constName} does not end in "];" on a line of its own`);
  return [headEnd, to];
}

/** The names in the array of `constName`. */
export function readArray(source: string, constName: string): string[] {
  const [from, to] = arrayBounds(source, constName);
  return [...source.slice(from, to).matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

/** `source` with the array of `constName` replaced by `names` in canonical order. */
export function replaceArray(source: string, constName: string, names: Iterable<string>): string {
  const [headEnd, to] = arrayBounds(source, constName);
  const body = formatArrayBody(canonicalList(names));
  return source.slice(0, headEnd) + (body === '' ? '' : `\n${body}`) + source.slice(to);
}

function main(args: string[]): void {
  const merge = args[0] === '--merge';
  if (merge) args = args.slice(1);
  if (args.length !== 3) {
    console.error('Usage: npx tsx api/domain/names/write-list.ts [--merge] <list.ts> <CONST_NAME> <names.txt>');
    process.exit(2);
  }
  const [listFile, constName, textFile] = args as [string, string, string];
  const source = readFileSync(listFile, 'utf8');
  const names = parseNameFile(readFileSync(textFile, 'utf8'));
  const all = merge ? [...readArray(source, constName), ...names] : names;
  writeFileSync(listFile, replaceArray(source, constName, all));
  console.log(`${constName}: ${canonicalList(all).length} names written to ${listFile}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
