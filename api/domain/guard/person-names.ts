// Names of private persons: a first name followed by a surname ("Kalle
// Svensson", "Fatima Ali", "kalle svensson", "Kalle SVENSSON"), the surname
// first ("Svensson, Kalle"), a title or an initial before a surname ("Herr
// Svensson", "K. Svensson"), and a common first name followed by any
// capitalised word that is not a place, organisation or role ("Fatima
// Xyzberg"). Organisations, places and roles pass ("Stiftelsen Fryshuset",
// "Tensta Konsthall", "Hizb ut-Tahrir"), and so do places, schools and shops
// named after people ("Olof Palmes gata", "Edvard Griegsgången", "Ali Livs").
// First names that are also ordinary words ("Per", "Bo", "Dag") count only
// before a known surname.
import { STOCKHOLM_DISTRICTS } from '../districts.ts';
import { isAmbiguousFirstName, isAmbiguousSurname, isFirstName, isNotNameWord, isSurname } from '../names/index.ts';
import type { Finding } from './finding.ts';
import type { Token, TokenList } from './tokens.ts';

const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)*$/u;
const LOWER_CASE = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
const UPPER_CASE = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
// Particles inside surnames: "Anna af Klint", "Omar bin Laden", "Ellen van Dijk".
const PARTICLES = new Set(['af', 'von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'abu', 'al', 'el', 'ben', 'ter']);
// Lower-case words after a name that make it the name of a place: "Olof Palmes gata", "Gustav Vasa kyrka".
const PLACE_WORDS = new Set([
  'gata', 'gatan', 'väg', 'vägen', 'plats', 'platsen', 'torg', 'torget', 'park', 'parken', 'skola', 'skolan', 'gymnasium',
  'gymnasiet', 'grundskola', 'förskola', 'bibliotek', 'biblioteket', 'kyrka', 'kyrkan', 'församling', 'sjukhus', 'sjukhuset',
  'minne', 'stiftelse', 'stiftelsen', 'hus', 'huset', 'gård', 'gården', 'allé', 'gränd', 'backe', 'stig', 'kaj', 'bro', 'bron',
  'center', 'centrum', 'hall', 'hallen', 'museum', 'museet', 'fond', 'fonden', 'pris', 'priset', 'institut', 'institutet',
]);

const places = new Set(
  STOCKHOLM_DISTRICTS.flatMap((d) => [d.name, ...d.areas])
    .flatMap((name) => name.split(/[-\s]+/))
    .map((w) => w.toLowerCase()),
);

/** "Anna-Karin" is a first name when every part is. */
function firstNameIn(word: string): boolean {
  // No given name has a single letter; most words end here without a lookup.
  if (word.length < 2) return false;
  return word.includes('-') ? word.split('-').every((part) => isFirstName(part)) : isFirstName(word);
}

function surnameIn(word: string): boolean {
  return word.split('-').some((part) => isSurname(part));
}

function notAName(word: string): boolean {
  return isNotNameWord(word) || places.has(word.toLowerCase()) || word.split('-').some((part) => places.has(part.toLowerCase()));
}

const titled = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

function wordAfter(tokens: TokenList, i: number): Token | undefined {
  const space = tokens.at(i + 1);
  const word = tokens.at(i + 2);
  return space?.kind === 'space' && space.text === ' ' && word?.kind === 'word' ? word : undefined;
}

// A word after a first name that makes the pair a place, a school or a shop: "Edvard Griegsgången", "Olof Palmeskolan", "Ali Livs".
const PLACE_ENDINGS = [
  'gatan', 'vägen', 'gången', 'gränd', 'gränden', 'torget', 'stråket', 'platsen', 'plan', 'allén', 'backen', 'stigen', 'parken',
  'skolan', 'skola', 'gymnasiet', 'kyrka', 'kyrkan', 'församling', 'huset', 'hallen', 'centrum', 'badet', 'biblioteket', 'fond',
  'fonden', 'stiftelsen', 'salen', 'priset', 'gården',
];
const SHOP_WORDS = new Set([
  'livs', 'pizzeria', 'kebab', 'grill', 'frisör', 'bageri', 'café', 'cafe', 'kafé', 'kiosk', 'restaurang', 'market', 'städ',
  'bygg', 'taxi', 'däck', 'motor', 'import', 'trading', 'ab', 'hb', 'kb',
]);
// "Herr Svensson", "familjen Svensson": a surname after a title names a person too.
const TITLES = new Set(['herr', 'fru', 'fröken', 'familjen', 'familj', 'dr', 'doktor', 'mr', 'mrs', 'ms']);

function endsLikePlace(word: string): boolean {
  const lower = word.toLowerCase();
  return SHOP_WORDS.has(lower) || PLACE_ENDINGS.some((e) => lower.endsWith(e));
}

/** "Olof Palmes gata", "Gustav Vasa kyrka", "Hedvig Eleonora församling": a place named after someone. */
function placeFollows(tokens: TokenList, i: number): boolean {
  const w3 = wordAfter(tokens, i);
  return w3 !== undefined && /^\p{Ll}/u.test(w3.text) && (PLACE_WORDS.has(w3.text) || endsLikePlace(w3.text));
}

/** A surname nobody mistakes for a word or a place. */
function plainSurname(word: string): boolean {
  return surnameIn(word) && !isAmbiguousSurname(word) && !notAName(word);
}

/** "Svensson, Kalle", "Svensson Kalle", "Herr Svensson", "K. Svensson": the shapes that start with something else than a first name. */
function otherShapeAt(tokens: TokenList, i: number, w1: Token): Finding | null {
  const first = w1.text;
  // Surname first, with or without a comma.
  if (TITLE_CASE.test(first) && plainSurname(first)) {
    const comma = tokens.at(i + 1)?.text === ',';
    const w2 = comma ? wordAfter(tokens, i + 1) : wordAfter(tokens, i);
    if (w2 && TITLE_CASE.test(w2.text) && firstNameIn(w2.text) && !isAmbiguousFirstName(w2.text)) return hit(w1, w2);
  }
  // A title before a surname.
  if (TITLES.has(first.toLowerCase())) {
    const w2 = wordAfter(tokens, i);
    if (w2 && TITLE_CASE.test(w2.text) && plainSurname(w2.text)) return hit(w1, w2);
  }
  return null;
}

function nameAt(tokens: TokenList, i: number): Finding | null {
  const w1 = tokens.at(i)!;
  const first = w1.text;
  // "K. Svensson": an initial before a surname.
  if (first.length === 1 && /\p{Lu}/u.test(first) && tokens.at(i + 1)?.text === '.') {
    const w2 = wordAfter(tokens, i + 1);
    return w2 && TITLE_CASE.test(w2.text) && plainSurname(w2.text) ? hit(w1, w2) : null;
  }
  const shape = TITLE_CASE.test(first) ? 'title' : LOWER_CASE.test(first) ? 'lower' : UPPER_CASE.test(first) ? 'upper' : null;
  // Most words are no first name: one lookup, and done.
  if (!shape) return null;
  if (!firstNameIn(shape === 'title' ? first : titled(first))) return shape === 'upper' ? null : otherShapeAt(tokens, i, w1);
  let w2 = wordAfter(tokens, i);
  if (!w2) return null;
  let second = w2.text;

  // "Anna af Klint": the particle belongs to the surname.
  if (PARTICLES.has(second.toLowerCase())) {
    const w3 = wordAfter(tokens, i + 2);
    if (shape !== 'title' || !w3 || !TITLE_CASE.test(w3.text) || notAName(w3.text)) return null;
    w2 = w3;
    second = w3.text;
    return hit(w1, w2);
  }
  if (UPPER_CASE.test(second)) {
    // Acronyms are all capitals too, so the second word must be a known surname: "KALLE SVENSSON", "Kalle SVENSSON".
    return shape !== 'lower' && surnameIn(titled(second)) && !notAName(titled(second)) ? hit(w1, w2) : null;
  }
  if (shape === 'upper') return null;
  if (LOWER_CASE.test(second)) {
    // "kalle svensson": only names nobody mistakes for words ("per", "berg").
    const s = titled(second);
    return shape === 'lower' && !isAmbiguousFirstName(titled(first)) && plainSurname(s) ? hit(w1, w2) : null;
  }
  if (!TITLE_CASE.test(second) || notAName(second) || endsLikePlace(second) || placeFollows(tokens, i + 2)) return null;
  if (surnameIn(second)) return hit(w1, w2);
  return shape === 'title' && !isAmbiguousFirstName(first) ? hit(w1, w2) : null;
}

function hit(w1: Token, w2: Token): Finding {
  return { kind: 'namn', index: w1.start, length: w2.end - w1.start };
}

export function findPersonName(tokens: TokenList): Finding | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens.kindAt(i) !== 'word') continue;
    const found = nameAt(tokens, i);
    if (found) return found;
  }
  return null;
}
