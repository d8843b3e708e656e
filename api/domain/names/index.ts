// Lookups in the name lists for the de-identification guard (../deidentify.ts).
//
// Every lookup demands a capital first letter ("anna" is no name, "Anna" and
// "ANNA" are) and otherwise compares a key (nameKey): NFC, case ignored, and
// diacritics foreign to Swedish removed, so "Sahin" finds "Şahin", "Hodzic"
// finds "Hodžić" and "Yilmaz" finds "Yılmaz". Å, ä, ö and é are kept: they
// are letters of Swedish spelling, and folding them would turn words into
// names ("Kära" into "Kara", "Norden" into "Nordén", "Dalen" into "Dalén").
// The sets are built once, when the module is loaded, and take some 250 kB.
// A genitive ("Anderssons") is not stripped here; that is the caller's rule.

import { FIRST_NAMES } from './first-names.ts';
import { FIRST_NAMES_ALSO_WORDS, NOT_NAME_WORDS, SURNAMES_ALSO_WORDS } from './not-names.ts';
import { SURNAMES } from './surnames.ts';

export { FIRST_NAMES, FIRST_NAMES_ALSO_WORDS, NOT_NAME_WORDS, SURNAMES, SURNAMES_ALSO_WORDS };

const SWEDISH_LETTERS = new Set(['å', 'ä', 'ö', 'é']);
// Letters that carry no combining mark to strip.
const UNMARKED: Record<string, string> = {
  ı: 'i', ł: 'l', đ: 'd', ð: 'd', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th', ħ: 'h', ŧ: 't',
};
const MARKS = /\p{M}/gu;
// Anything but a–z, å, ä, ö and é may need folding.
const FOLDABLE = /[^a-zåäöé]/u;
const FOLDABLE_ALL = /[^a-zåäöé]/gu;
const CAPITAL_FIRST = /^[\p{Lu}\p{Lt}]/u;

function fold(char: string): string {
  if (SWEDISH_LETTERS.has(char)) return char;
  const bare = char.normalize('NFD').replace(MARKS, '');
  return UNMARKED[bare] ?? bare;
}

/**
 * The key a word is compared by: NFC, a capital first letter and the rest in
 * lower case, diacritics other than å, ä, ö and é removed. "Hodžić",
 * "HODZIC" and "Hodzic" share "Hodzic"; "ANNA" is "Anna".
 */
export function nameKey(word: string): string {
  const lower = word.normalize('NFC').toLowerCase();
  const folded = FOLDABLE.test(lower) ? lower.replace(FOLDABLE_ALL, fold) : lower;
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}

// Keys have the lists' own capitalisation, so for most entries the key is the
// entry itself and the set holds the list's string rather than a copy.
function keys(list: readonly string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const entry of list) {
    const key = nameKey(entry);
    set.add(key === entry ? entry : key);
  }
  return set;
}

const FIRST = keys(FIRST_NAMES);
const SUR = keys(SURNAMES);
const NOT_NAME = keys(NOT_NAME_WORDS);
const FIRST_ALSO_WORD = keys(FIRST_NAMES_ALSO_WORDS);
const SUR_ALSO_WORD = keys(SURNAMES_ALSO_WORDS);

function listed(set: ReadonlySet<string>, word: string): boolean {
  return CAPITAL_FIRST.test(word.normalize('NFC')) && set.has(nameKey(word));
}

/** A common given name ("Anna", "Mohamed", "Şükrü"), written with a capital first letter. */
export function isFirstName(word: string): boolean {
  return listed(FIRST, word);
}

/** A common surname ("Andersson", "Hodzic", "Öztürk"), written with a capital first letter. */
export function isSurname(word: string): boolean {
  return listed(SUR, word);
}

/**
 * A capitalised word that is no surname where it follows a given name: a
 * place, an organisation, a role, a weekday or month, a common sentence word.
 */
export function isNotNameWord(word: string): boolean {
  return listed(NOT_NAME, word);
}

/** A given name that is also an ordinary word or sentence starter ("Per", "Bo", "Hans", "Inga"). */
export function isAmbiguousFirstName(word: string): boolean {
  return listed(FIRST_ALSO_WORD, word);
}

/** A surname that is also an ordinary word ("Berg", "Lund", "Stark"). */
export function isAmbiguousSurname(word: string): boolean {
  return listed(SUR_ALSO_WORD, word);
}
