// Street addresses: a street name with a house number ("Kistagången 12",
// "Storgatan nr 12", "Storgatan, 12", "Husby torg 3", "Sveav. 12", "12
// Storgatan"), and a postcode with a town ("163 71 Spånga"). A street name
// alone is a place and passes, and so does a count at a place ("vid
// Rinkebytorget 5 ungdomar").
import type { Finding } from './finding.ts';
import { isCapitalised, nextSolid, type TokenList } from './tokens.ts';

// Endings that make a word a street name even in lower case ("bor på storgatan 12").
const STREET_SUFFIXES = [
  'gatan', 'vägen', 'gränden', 'gränd', 'torget', 'stråket', 'allén', 'kajen', 'promenaden', 'slingan', 'svängen',
  'backen', 'stigen', 'esplanaden', 'kroken', 'terrassen', 'branten', 'trappan', 'passagen', 'viadukten',
];
// Endings shared with everyday words ("genomgången 2", "plan 2", "i ringen 3"): a street only when capitalised.
const CAPITALISED_SUFFIXES = [
  'gången', 'platsen', 'plan', 'bågen', 'ringen', 'liden', 'leden', 'höjden', 'udden', 'stranden', 'strand', 'backe',
  'gata', 'väg', 'torg', 'stig', 'allé', 'sväng', 'gång', 'plats', 'kaj', 'stråk', 'slinga', 'gårdsgata',
];
// Multi-word names end in a separate generic word: "Husby torg 3", "Drottning Kristinas väg 12".
const STREET_WORDS = new Set(['väg', 'vägen', 'gata', 'gatan', 'torg', 'torget', 'gränd', 'allé', 'backe', 'stig', 'plan', 'plats', 'gång', 'kaj', 'strand', 'park']);

// Nouns with those endings that are not streets (the capitalised first word of a sentence).
const NOT_STREETS = new Set([
  'genomgången', 'övergången', 'ingången', 'utgången', 'uppgången', 'nedgången', 'omgången', 'tillgången', 'avgången',
  'förbigången', 'återgången', 'undergången', 'gången', 'platsen', 'arbetsplatsen', 'parkeringsplatsen', 'brottsplatsen',
  'samlingsplatsen', 'ringen', 'leden', 'liden', 'höjden', 'bågen', 'stranden', 'gata', 'väg', 'torg', 'plan', 'plats',
  'stig', 'gång', 'regnbågen', 'vägen', 'gatan', 'torget', 'backen', 'stigen', 'svängen', 'slingan', 'trappan', 'passagen',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'idag', 'dag',
]);
// "-plan" + number is a plan or a floor when the word is a common noun ("Handlingsplan 2", "Våningsplan 2").
const PLAN_NOUN = new RegExp(
  '(?:ings|hets|ions|itets|ande|ende|skaps|samverkans|åtgärds|arbets|tids|projekt|budget|detalj|översikts|' +
    'vård|kris|insats|elev|studie|läro|kurs|ämnes|skol|mötes|miljö|trafik|risk|mål|botten|entré|gatu|mark|' +
    'källar|mellan|bas|vånings)plan$',
  'iu',
);

// "Vid Rinkebytorget 5 ungdomar" counts people at a place; a house number is not followed by a unit.
const COUNT_WORDS = new Set([
  'personer', 'person', 'pers', 'ungdomar', 'unga', 'vuxna', 'män', 'kvinnor', 'pojkar', 'flickor', 'killar', 'tjejer',
  'barn', 'elever', 'individer', 'deltagare', 'besökare', 'st', 'stycken', 'gånger', 'ggr', 'tillfällen', 'dagar',
  'veckor', 'månader', 'timmar', 'minuter', 'år', 'kr', 'kronor', 'procent', 'meter', 'km', 'poliser', 'vakter',
  'affischer', 'klistermärken', 'lappar', 'fall', 'händelser', 'anmälningar', 'observationer', 'klotter', 'grupper',
]);

function endsWithAny(word: string, suffixes: readonly string[]): string | undefined {
  return suffixes.find((s) => word.length > s.length + 1 && word.endsWith(s));
}

// Every suffix ends in one of these; most words do not, and are done with after one lookup.
const SUFFIX_TAILS = new Set([...STREET_SUFFIXES, ...CAPITALISED_SUFFIXES].map((s) => s.slice(-2)));

/** Whether a word is a street name (not counting multi-word names). */
function isStreetWord(word: string): boolean {
  if (!SUFFIX_TAILS.has(word.slice(-2).toLowerCase())) return false;
  const lower = word.toLowerCase();
  if (NOT_STREETS.has(lower)) return false;
  if (endsWithAny(lower, STREET_SUFFIXES)) return true;
  const suffix = isCapitalised(word) ? endsWithAny(lower, CAPITALISED_SUFFIXES) : undefined;
  if (!suffix) return false;
  return !(suffix === 'plan' && PLAN_NOUN.test(lower));
}

const LETTER_SUFFIX = /^[A-Za-z]$/;
// Words before "12 Storgatan" that make the number a house number.
const ADDRESS_WORDS = new Set(['på', 'vid', 'i', 'till', 'från', 'adress', 'adressen', 'bor', 'boende', 'hemma']);

/**
 * The house number after a street name that ends at token `i`: "12", "12B",
 * "12 B", ", 12", "nr 12", "nr. 12". Returns the offset where it ends, or -1.
 */
function houseNumberEnd(tokens: TokenList, i: number): number {
  let j = i + 1;
  let numberWord = false;
  if (tokens.at(j)?.text === ',') j++;
  if (tokens.at(j)?.kind === 'space') j++;
  const word = tokens.at(j);
  if (word?.kind === 'word' && /^(?:nr|no|nummer)$/i.test(word.text)) {
    j++;
    if (tokens.at(j)?.text === '.') j++;
    if (tokens.at(j)?.kind === 'space') j++;
    numberWord = true;
  }
  const number = tokens.at(j);
  if (number?.kind !== 'number' || number.text.length > 3 || /^0/.test(number.text) || j === i + 1) return -1;
  // "Torget 14.00", "Storgatan 12,5": a time or a decimal.
  const after = tokens.at(j + 1);
  if (after && /^[.,:]$/.test(after.text) && tokens.at(j + 2)?.kind === 'number') return -1;
  if (after?.kind === 'word' && LETTER_SUFFIX.test(after.text)) return after.end;
  if (after?.kind === 'space' && tokens.at(j + 2)?.kind === 'word' && /^[A-Z]$/.test(tokens.at(j + 2)!.text) && tokens.at(j + 3)?.kind !== 'word') return tokens.at(j + 2)!.end;
  if (after?.kind === 'word') return -1;
  const unit = nextSolid(tokens, j);
  // "nr 5" is a house number whatever follows.
  if (!numberWord && unit !== -1 && tokens.at(unit)!.kind === 'word' && COUNT_WORDS.has(tokens.at(unit)!.text.toLowerCase())) return -1;
  return number.end;
}

function streetAt(tokens: TokenList, i: number): Finding | null {
  const t = tokens.at(i)!;
  // "Sveav. 12", "Drottningg. 5": an abbreviated street.
  if (isCapitalised(t.text) && t.text.length >= 4 && /[gv]$/.test(t.text) && tokens.at(i + 1)?.text === '.' && !NOT_STREETS.has(t.text.toLowerCase())) {
    const end = houseNumberEnd(tokens, i + 1);
    if (end !== -1) return { kind: 'adress', index: t.start, length: end - t.start };
  }
  if (isStreetWord(t.text)) {
    const end = houseNumberEnd(tokens, i);
    if (end !== -1) return { kind: 'adress', index: t.start, length: end - t.start };
    // "12 Storgatan": a number before a capitalised street name.
    const space = tokens.at(i - 1);
    const number = tokens.at(i - 2);
    if (isCapitalised(t.text) && space?.kind === 'space' && number?.kind === 'number' && number.text.length <= 3 && !/^0/.test(number.text)) {
      // Only where an address is expected ("bor på 12 Storgatan"), not after another word's number ("Handlingsplan 2 Rinkebytorget").
      const before = tokens.at(i - 3)?.kind === 'space' ? tokens.at(i - 4) : tokens.at(i - 3);
      if (!before || before.kind === 'other' || (before.kind === 'word' && ADDRESS_WORDS.has(before.text.toLowerCase()))) {
        return { kind: 'adress', index: number.start, length: t.end - number.start };
      }
    }
  }
  // "Husby torg 3", "Drottning Kristinas väg 12": one to three capitalised words, then the generic word.
  if (STREET_WORDS.has(t.text.toLowerCase())) {
    let first = -1;
    for (let k = i - 2, words = 0; k >= 0 && words < 3 && tokens.kindAt(k) === 'word' && isCapitalised(tokens.at(k)!.text) && tokens.kindAt(k + 1) === 'space'; k -= 2, words++) {
      first = k;
    }
    if (first !== -1) {
      const end = houseNumberEnd(tokens, i);
      if (end !== -1) return { kind: 'adress', index: tokens.at(first)!.start, length: end - tokens.at(first)!.start };
    }
  }
  return null;
}

/** "163 71 Spånga", "16371 Spånga", "SE-164 40 Kista". A postcode alone ("163 55") may be a count. */
function postcodeAt(text: string, tokens: TokenList, i: number): Finding | null {
  const t = tokens.at(i)!;
  let digits = t.text;
  let j = i;
  if (digits.length === 3 && tokens.at(i + 1)?.kind === 'space' && tokens.at(i + 2)?.kind === 'number' && tokens.at(i + 2)!.text.length === 2) {
    digits += tokens.at(i + 2)!.text;
    j = i + 2;
  }
  if (digits.length !== 5 || digits[0] === '0') return null;
  let start = t.start;
  const prefix = /(?:^|[^\p{L}\p{N}-])(SE ?-?|S-)$/u.exec(text.slice(Math.max(0, t.start - 5), t.start));
  if (prefix) start -= prefix[1]!.length;
  else if (/[\p{L}\p{N}-]/u.test(text[t.start - 1] ?? '')) return null;
  const town = tokens.at(j + 2);
  if (tokens.at(j + 1)?.kind !== 'space' || town?.kind !== 'word' || !isCapitalised(town.text) || town.text.length < 2) return null;
  if (COUNT_WORDS.has(town.text.toLowerCase())) return null;
  return { kind: 'adress', index: start, length: town.end - start };
}

export function findAddress(text: string, tokens: TokenList): Finding | null {
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kindAt(i);
    const found = kind === 'word' ? streetAt(tokens, i) : kind === 'number' ? postcodeAt(text, tokens, i) : null;
    if (found) return found;
  }
  return null;
}
