import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STOCKHOLM_DISTRICTS } from '../../../api/domain/districts.ts';
import {
  FIRST_NAMES,
  FIRST_NAMES_ALSO_WORDS,
  isAmbiguousFirstName,
  isAmbiguousSurname,
  isFirstName,
  isNotNameWord,
  isSurname,
  nameKey,
  NOT_NAME_WORDS,
  SURNAMES,
  SURNAMES_ALSO_WORDS,
} from '../../../api/domain/names/index.ts';
import { NOT_NAME_WORDS_ALSO_FIRST_NAMES } from '../../../api/domain/names/not-names.ts';
import {
  canonicalList,
  ENTRY,
  formatArrayBody,
  parseNameFile,
  readArray,
  replaceArray,
  swedishOrder,
} from '../../../api/domain/names/write-list.ts';

const LISTS = { FIRST_NAMES, SURNAMES, NOT_NAME_WORDS, FIRST_NAMES_ALSO_WORDS, SURNAMES_ALSO_WORDS };
const NAME_LISTS = { FIRST_NAMES, SURNAMES, FIRST_NAMES_ALSO_WORDS, SURNAMES_ALSO_WORDS };

/** Entries of `a` whose lookup key is also a key of `b`. */
function overlap(a: readonly string[], b: readonly string[]): string[] {
  const keys = new Set(b.map(nameKey));
  return a.filter((w) => keys.has(nameKey(w)));
}

describe('the name lists', () => {
  it('are large, and the also-word lists short (tens, not hundreds)', () => {
    expect(FIRST_NAMES.length).toBeGreaterThanOrEqual(1000);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(1000);
    expect(NOT_NAME_WORDS.length).toBeGreaterThanOrEqual(1000);
    for (const list of [FIRST_NAMES_ALSO_WORDS, SURNAMES_ALSO_WORDS]) {
      expect(list.length).toBeGreaterThanOrEqual(10);
      expect(list.length).toBeLessThan(100);
    }
  });

  it.each(Object.entries(LISTS))('%s has no duplicates after NFC and lower case', (_, list) => {
    const seen = new Set<string>();
    const duplicates = list.filter((w) => {
      const key = w.normalize('NFC').toLowerCase();
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(duplicates).toEqual([]);
  });

  it.each(Object.entries(NAME_LISTS))('%s holds capitalised words of letters in NFC', (_, list) => {
    expect(list.filter((w) => !ENTRY.test(w) || w.normalize('NFC') !== w)).toEqual([]);
  });

  it('NOT_NAME_WORDS holds words of letters that start with a capital (acronyms allowed), in NFC', () => {
    expect(NOT_NAME_WORDS.filter((w) => !/^\p{Lu}\p{L}*$/u.test(w) || w.normalize('NFC') !== w)).toEqual([]);
  });

  it('FIRST_NAMES and SURNAMES are in Swedish order, in files write-list.ts can rewrite', () => {
    expect(FIRST_NAMES).toEqual(canonicalList(FIRST_NAMES));
    expect(SURNAMES).toEqual(canonicalList(SURNAMES));
    for (const [file, name, list] of [
      ['first-names.ts', 'FIRST_NAMES', FIRST_NAMES],
      ['surnames.ts', 'SURNAMES', SURNAMES],
    ] as const) {
      const source = readFileSync(new URL(`../../../api/domain/names/${file}`, import.meta.url), 'utf8');
      // Rewriting with the same names changes at most the wrapping of the lines.
      const squeeze = (text: string) => text.replace(/\s+/g, ' ');
      expect(squeeze(replaceArray(source, name, list))).toBe(squeeze(source));
    }
  });

  it('declares no given name a place or another non-name, but for the documented exceptions', () => {
    expect(overlap(NOT_NAME_WORDS, FIRST_NAMES)).toEqual(NOT_NAME_WORDS_ALSO_FIRST_NAMES);
    // An exception is a given name the guard treats with care, never a plain one.
    for (const w of NOT_NAME_WORDS_ALSO_FIRST_NAMES) expect(isAmbiguousFirstName(w)).toBe(true);
  });

  it('declares no surname a place or another non-name, so "Anna Lund" stays a name', () => {
    expect(overlap(NOT_NAME_WORDS, SURNAMES)).toEqual([]);
  });

  it('takes the also-word lists from the name lists', () => {
    expect(FIRST_NAMES_ALSO_WORDS.filter((w) => !FIRST_NAMES.includes(w))).toEqual([]);
    expect(SURNAMES_ALSO_WORDS.filter((w) => !SURNAMES.includes(w))).toEqual([]);
  });

  it('has no very common Swedish word as a surname, nor as a given name unless marked ambiguous', () => {
    const words = [
      'Vid', 'Om', 'Med', 'Sa', 'Sen', 'Er', 'Tas', 'Man', 'Han', 'Hon', 'Hen', 'Vi', 'Ni', 'De', 'Den', 'Det', 'Och',
      'Att', 'Som', 'Men', 'Kan', 'Ska', 'Har', 'Var', 'Vad', 'Hur', 'När', 'Där', 'Här', 'Nu', 'Då', 'Till', 'Från',
      'För', 'Av', 'På', 'Ut', 'Upp', 'In', 'Mot', 'Hos', 'Än', 'Så', 'Ja', 'Nej', 'Bra', 'Alla', 'Inga', 'Min',
      'Din', 'Sin', 'Mina', 'Dina', 'Sina', 'Hans', 'Per', 'Inom', 'Efter', 'Under', 'Över', 'Inte', 'Mer', 'Ny',
      'Nya', 'Stor', 'Kul', 'Bal', 'Mat', 'Gul', 'Valdes', 'Beslut', 'Mötet', 'Nästa', 'Juni', 'Liga', 'Kära',
      'Norden', 'Rosen',
    ];
    expect(words.filter(isSurname)).toEqual([]);
    expect(words.filter((w) => isFirstName(w) && !isAmbiguousFirstName(w))).toEqual([]);
  });

  it('has the names the lists were asked for', () => {
    const firstNames = [
      'Anna', 'Eva', 'Maria', 'Karin', 'Lars', 'Mikael', 'Erik', 'Johan', 'Alice', 'Maja', 'Elsa', 'Liam', 'Noah',
      'William', 'Hugo', 'Mohammed', 'Mohamed', 'Muhammad', 'Ahmed', 'Ali', 'Omar', 'Fatima', 'Aisha', 'Amina',
      'Yasmin', 'Hassan', 'Hussein', 'Abdi', 'Abdirahman', 'Hodan', 'Hawa', 'Fadumo', 'Ayan', 'Mustafe', 'Tesfaye',
      'Yonas', 'Senait', 'Åsa', 'Björn', 'Şükrü', 'Matti', 'Mehmet', 'Kawa', 'Reza', 'Ninos', 'Emina', 'Piotr',
      'Alejandro',
    ];
    const surnames = [
      'Andersson', 'Johansson', 'Karlsson', 'Carlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
      'Svensson', 'Gustafsson', 'Pettersson', 'Petersson', 'Lindberg', 'Lindqvist', 'Lundgren', 'Berg', 'Bergström',
      'Sjöberg', 'Stark', 'Modig', 'Virtanen', 'Korhonen', 'Nieminen', 'Ali', 'Mohamed', 'Ahmed', 'Hassan', 'Hussein',
      'Abdullahi', 'Yilmaz', 'Kaya', 'Demir', 'Şahin', 'Sahin', 'Öztürk', 'Hosseini', 'Mohammadi', 'Ahmadi', 'Rezaei',
      'Karimi', 'Jafari', 'Haddad', 'Gabriel', 'Aho', 'Hodžić', 'Hodzic', 'Kovačević', 'Nowak', 'Kowalski',
      'González', 'Rodríguez', 'Muñoz',
    ];
    expect(firstNames.filter((w) => !FIRST_NAMES.includes(w))).toEqual([]);
    expect(surnames.filter((w) => !SURNAMES.includes(w))).toEqual([]);
  });

  it('has every district of Stockholm, its areas, and the institutions and roles minutes name', () => {
    const places = STOCKHOLM_DISTRICTS.flatMap((d) => [d.name, ...d.areas])
      .flatMap((name) => name.split(/[-\s]+/))
      .filter((w) => /^\p{Lu}/u.test(w));
    const words = [
      ...places, 'Rinkeby', 'Kista', 'Husby', 'Akalla', 'Tensta', 'Hjulsta', 'Spånga', 'Rågsved', 'Hagsätra',
      'Högdalen', 'Bandhagen', 'Farsta', 'Skärholmen', 'Bredäng', 'Sätra', 'Vårberg', 'Hässelby', 'Vällingby',
      'Årsta', 'Enskede', 'Vantör', 'Bagarmossen', 'Skarpnäck', 'Norrmalm', 'Södermalm', 'Kungsholmen', 'Östermalm',
      'Bromma', 'Göteborg', 'Polisen', 'Socialtjänsten', 'Fryshuset', 'Exit', 'Passus', 'Röda', 'Korset', 'Rädda',
      'Barnen', 'Stadsmissionen', 'Konsthall', 'Galleria', 'Centrum', 'Stiftelsen', 'Föreningen', 'Moské', 'Moskén',
      'Kyrka', 'Kyrkan', 'Församling', 'Skola', 'Skolan', 'Gymnasium', 'Fritidsgård', 'Bibliotek', 'Medborgarhus',
      'Stadsdelsförvaltning', 'BRÅ', 'SSPF', 'IOP', 'VBE', 'Säpo', 'Rektor', 'Samordnare', 'Fältassistent', 'Polis',
      'Kurator', 'Måndag', 'Söndag', 'Januari', 'December', 'Beslut', 'Nästa',
    ];
    expect(words.filter((w) => !isNotNameWord(w))).toEqual([]);
  });
});

describe('the lookups', () => {
  it('demand a capital first letter and compare the rest without case', () => {
    expect(isFirstName('Anna')).toBe(true);
    expect(isFirstName('ANNA')).toBe(true);
    expect(isFirstName('anna')).toBe(false);
    expect(isSurname('andersson')).toBe(false);
    expect(isNotNameWord('rinkeby')).toBe(false);
    expect(isNotNameWord('BRÅ')).toBe(true);
    expect(isNotNameWord('Brå')).toBe(true);
    expect(isFirstName('')).toBe(false);
    expect(isFirstName('Anna,')).toBe(false);
    expect(isFirstName('Xyzzy')).toBe(false);
  });

  it('compare in NFC, so decomposed letters match', () => {
    expect(isFirstName('A\u030asa')).toBe(true); // Åsa
    expect(isSurname('Hodz\u030cic\u0301')).toBe(true); // Hodžić
    expect(isSurname('O\u0308berg')).toBe(true); // Öberg
  });

  it('find names written without diacritics foreign to Swedish', () => {
    expect(isSurname('Sahin')).toBe(true);
    expect(isSurname('Şahin')).toBe(true);
    expect(isSurname('SAHIN')).toBe(true);
    expect(isSurname('Hodzic')).toBe(true);
    expect(isSurname('Hodžic')).toBe(true);
    expect(isSurname('HODŽIĆ')).toBe(true);
    expect(isSurname('Kovacevic')).toBe(true);
    expect(isFirstName('Sukru')).toBe(true); // Şükrü
    expect(isSurname('Sorensen')).toBe(true); // Sørensen
    expect(isSurname('Gonzalez')).toBe(true);
    expect(isSurname('Munoz')).toBe(true);
  });

  it('find Turkish dotted and dotless i either way', () => {
    expect(isFirstName('İbrahim')).toBe(true);
    expect(isSurname('YILMAZ')).toBe(true);
    expect(isSurname('Yılmaz')).toBe(true);
    expect(isSurname('Yilmaz')).toBe(true);
    expect(isSurname('Yıldız')).toBe(true);
  });

  it('keep å, ä, ö and é apart, so Swedish words do not turn into names', () => {
    expect(isSurname('Kara')).toBe(true);
    expect(isSurname('Kära')).toBe(false);
    expect(isSurname('Nordén')).toBe(true);
    expect(isSurname('Norden')).toBe(false);
    expect(isNotNameWord('Norden')).toBe(true);
    expect(isSurname('Rosén')).toBe(true);
    expect(isSurname('Rosen')).toBe(false);
    expect(isFirstName('Lara')).toBe(true);
    expect(isFirstName('Lära')).toBe(false);
    expect(isFirstName('Saga')).toBe(true);
    expect(isFirstName('Säga')).toBe(false);
    expect(isSurname('Öztürk')).toBe(true);
    expect(isSurname('Ozturk')).toBe(true); // Listed in plain letters too.
  });

  it('tell the ambiguous names', () => {
    expect(isAmbiguousFirstName('Per')).toBe(true);
    expect(isAmbiguousFirstName('PER')).toBe(true);
    expect(isAmbiguousFirstName('per')).toBe(false);
    expect(isAmbiguousFirstName('Inga')).toBe(true);
    expect(isAmbiguousFirstName('Anna')).toBe(false);
    expect(isAmbiguousSurname('Berg')).toBe(true);
    expect(isAmbiguousSurname('Andersson')).toBe(false);
    expect(isFirstName('Maj') && isNotNameWord('Maj') && isAmbiguousFirstName('Maj')).toBe(true);
  });

  it('build their keys from NFC, one capital, lower case and foreign diacritics only', () => {
    expect(nameKey('HODŽIĆ')).toBe('Hodzic');
    expect(nameKey('şükrü')).toBe('Sukru');
    expect(nameKey('Øster')).toBe('Oster');
    expect(nameKey('ÅKESSON')).toBe('Åkesson');
    expect(nameKey('Lindén')).toBe('Lindén');
    expect(nameKey('Łukasz')).toBe('Lukasz');
    expect(nameKey('BRÅ')).toBe('Brå');
  });
});

describe('write-list.ts', () => {
  it('reads a one-column file: comments, counts, capitals, double names and particles', () => {
    const text = '# SCB\nANDERSSON\t1234\n\nanna-karin;99\n  Al-Hassan \nvon Essen\nŞahin\n';
    expect(parseNameFile(text)).toEqual(['Andersson', 'Anna', 'Karin', 'Hassan', 'Essen', 'Şahin']);
    expect(() => parseNameFile('Anna\nR2D2\n')).toThrow(/Line 2/);
  });

  it('sorts in Swedish order the same on every Node version, keeping spellings with other diacritics', () => {
    const names = ['Öberg', 'Zetterberg', 'Åberg', 'Sahin', 'Ärlig', 'Şahin', 'Andersson', 'ANDERSSON'];
    expect(canonicalList(names)).toEqual(['Andersson', 'Sahin', 'Şahin', 'Zetterberg', 'Åberg', 'Ärlig', 'Öberg']);
    expect(swedishOrder('Vik', 'Wik')).toBeLessThan(0);
    expect(swedishOrder('Anna', 'Anna')).toBe(0);
  });

  it('rewrites only the array, wrapped before column 120', () => {
    const source = "// header\n\nexport const X: readonly string[] = [\n  'Old',\n];\n\nexport const Y = 1;\n";
    const out = replaceArray(source, 'X', ['Östen', ...SURNAMES.slice(0, 40), 'Aaa']);
    expect(out.startsWith("// header\n\nexport const X: readonly string[] = [\n  'Aaa', ")).toBe(true);
    expect(out.endsWith("'Östen',\n];\n\nexport const Y = 1;\n")).toBe(true);
    expect(out.split('\n').every((line) => line.length < 120)).toBe(true);
    expect(replaceArray("export const X: readonly string[] = [\n];\n", 'X', ['Bo'])).toBe(
      "export const X: readonly string[] = [\n  'Bo',\n];\n",
    );
    expect(formatArrayBody([])).toBe('');
    expect(replaceArray(source, 'X', [])).toBe(
      "// header\n\nexport const X: readonly string[] = [\n];\n\nexport const Y = 1;\n",
    );
    expect(() => replaceArray(source, 'Z', ['Bo'])).toThrow(/No "export const Z/);
    expect(readArray(out, 'X')).toEqual(canonicalList(['Östen', ...SURNAMES.slice(0, 40), 'Aaa']));
  });
});
