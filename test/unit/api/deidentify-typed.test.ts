// The guard against data as people really type it (issue 8): every shape the
// review found getting through, and the harmless text that must still pass.
import { describe, expect, it } from 'vitest';
import { assertDeidentified, findPersonalData, type GuardedField, type PersonalDataKind } from '../../../api/domain/deidentify.ts';
import { expectDomainError } from '../../fixtures/domain-helpers.ts';

function found(text: string): { kind: PersonalDataKind; match: string } | null {
  const f = findPersonalData(text);
  return f && { kind: f.kind, match: text.slice(f.index, f.index + f.length) };
}

function expectClean(texts: string[]) {
  for (const t of texts) expect(found(t), t).toBeNull();
}

function expectKind(kind: PersonalDataKind, texts: string[]) {
  for (const t of texts) expect(found(t)?.kind, t).toBe(kind);
}

describe('personnummer as people type them', () => {
  // 121212-1212 (Tolvan Tolvansson) and 811218-9876 are Skatteverket's own examples.
  it.each([
    '121212 - 1212',
    '121212  -  1212',
    '121212 -1212',
    '121212\t1212',
    '121212\n1212',
    '121212\r\n1212',
    '121212\u20141212', // em dash
    '121212\u20121212', // figure dash
    '121212 \u2212 1212', // minus
    '121212\u20101212', // hyphen
    '12.12.12-1212',
    '12 12 12-1212',
    '12 12 12 - 1212',
    '12-12-12-1212',
    '1912-12-12-1212',
    '1912-12-12 - 1212',
    '1912 12 12-1212',
    '191212121212',
    '19121212 - 1212',
    '811218 – 9876',
    '8112\u200b18-9876',
  ])('finds %j', (written) => {
    expect(found(`Eleven (${written}) nämndes.`)?.kind).toBe('personnummer');
  });

  it('reports the whole number as written', () => {
    expect(found('Pnr 12 12 12 - 1212 i ärendet')).toEqual({ kind: 'personnummer', match: '12 12 12 - 1212' });
    expect(found('Pnr 1912-12-12-1212.')).toEqual({ kind: 'personnummer', match: '1912-12-12-1212' });
  });

  it('finds coordination numbers written the same ways', () => {
    // 811278-9873: day 78 = 18 + 60.
    expectKind('samordningsnummer', ['811278 - 9873', '81.12.78-9873', '1981-12-78-9873', '811278\n9873']);
  });

  it('still demands Luhn and a real date', () => {
    expectClean(['121212 - 1213', '12.12.12-1213', '1912-12-12-1213', '12 13 32 - 1212', '2026-03-14 - 1400']);
  });

  it('leaves a date followed by a time or a count alone', () => {
    expectClean(['2026-03-14 1400', '14.03.26 1400', '2026-03-14 kl 14.00', '12 12 12 elever', '2026-03-14, 1212 besökare']);
  });
});

describe('phone numbers as people type them', () => {
  it.each([
    ['46701234567', '46701234567'],
    ['+46(0)70-123 45 67', '+46(0)70-123 45 67'],
    ['+46 (0)70 123 45 67', '+46 (0)70 123 45 67'],
    ['8-123 456 78', '8-123 456 78'],
    ['8 - 123 456 78', '8 - 123 456 78'],
    ['0 70 123 45 67', '0 70 123 45 67'],
    ['0 7 0 1 2 3 4 5 6 7', '0 7 0 1 2 3 4 5 6 7'],
    ['070\u20141234567', '070\u20141234567'],
    ['070 \u2212 123 45 67', '070 \u2212 123 45 67'],
    ['tel 123 45 67', '123 45 67'],
    ['tel: 1234567', '1234567'],
    ['Tfn 12 34 56', '12 34 56'],
    ['mobil 123-45 67', '123-45 67'],
    ['ring 123 456 78', '123 456 78'],
  ])('finds %j', (text, match) => {
    expect(found(`Kontakt: ${text} efter mötet.`)).toEqual({ kind: 'telefonnummer', match });
  });

  it('leaves counts, years and emergency numbers alone', () => {
    expectClean([
      '46 000 kronor',
      'Under 46 veckor',
      'Ring 112 eller 114 14',
      'Ring 1177',
      'tel 114 14',
      'åk 7–9',
      'åk 7-9 och 10-12',
      'klockan 8-10',
      '8-12 elever',
      'Beslut nummer 123456',
      '2 019 ärenden',
      '0 1 2 3 4 5 6 7',
    ]);
  });
});

describe('e-mail addresses in disguise', () => {
  it.each([
    'namn at exempel dot se',
    'namn at exempel punkt se',
    'namn snabel-a exempel punkt se',
    'namn [at] exempel [dot] se',
    'namn (at) exempel (punkt) se',
    'namn{at}exempel.se',
    'namn%40exempel.se',
    'namn&#64;exempel.se',
    'namn&#x40;exempel.se',
    'namn&commat;exempel.se',
    'namn @ exempel . se',
    'namn @ exempel. se',
    'namn@exempel . se',
    'namn@exempel%2Ese',
    'anna.svensson @ skolan . stockholm . se',
  ])('finds %j', (written) => {
    expect(found(`Mejla ${written} före fredag.`)?.kind).toBe('e-post');
  });

  it('reports the address from the local part to the top-level domain', () => {
    expect(found('Skriv till namn at exempel dot se i morgon')).toEqual({ kind: 'e-post', match: 'namn at exempel dot se' });
  });

  it('leaves ordinary text with "at", "punkt" and "@" alone', () => {
    expectClean([
      'Vi tog upp punkt 3 på dagordningen.',
      'Nästa punkt: lägesbilden.',
      'at the school',
      'Meet at 10 dot',
      'Anmälan @ fritidsgården. Se bilaga.',
      'Vi ses @ 14.00',
    ]);
  });
});

describe('street addresses as people type them', () => {
  it.each([
    ['Kistagången 12', 'Kistagången 12'],
    ['Medborgarplatsen 3', 'Medborgarplatsen 3'],
    ['Mötesplatsen 3', 'Mötesplatsen 3'],
    ['Storgatan nr 12', 'Storgatan nr 12'],
    ['Storgatan nr. 12', 'Storgatan nr. 12'],
    ['Storgatan, 12', 'Storgatan, 12'],
    ['Storgatan 12 lgh 1102', 'Storgatan 12'],
    ['Storgatan 12, 2 tr', 'Storgatan 12'],
    ['Storgatan 12 B', 'Storgatan 12 B'],
    ['Hagsätra torg 4', 'Hagsätra torg 4'],
    ['Rinkebystråket 7', 'Rinkebystråket 7'],
    ['Akallatorget 2', 'Akallatorget 2'],
    ['Husbybacken 5', 'Husbybacken 5'],
    ['Kistabågen 9', 'Kistabågen 9'],
    ['Rågsvedsringen 10', 'Rågsvedsringen 10'],
    ['Tenstaallén 3', 'Tenstaallén 3'],
    ['Västgötagränd 6', 'Västgötagränd 6'],
    ['Björkstigen 8', 'Björkstigen 8'],
    ['Sjöliden 4', 'Sjöliden 4'],
    ['Bredbyplan 3', 'Bredbyplan 3'],
    ['Stadsgårdskajen 2', 'Stadsgårdskajen 2'],
    ['Hagapromenaden 11', 'Hagapromenaden 11'],
    ['Storg. 12', 'Storg. 12'],
    ['Sveav. 44', 'Sveav. 44'],
    ['bor på 12 Storgatan', '12 Storgatan'],
    ['163 71 Spånga', '163 71 Spånga'],
    ['SE-164 40 Kista', 'SE-164 40 Kista'],
  ])('finds %j', (text, match) => {
    expect(found(`Händelsen vid ${text} i går.`)).toEqual({ kind: 'adress', match });
  });

  it('lets street names without a number, lower-case everyday words and counts pass', () => {
    expectClean([
      'Klotter vid Kistagången och Medborgarplatsen.',
      'genomgången 2 visade att',
      'Genomgången 2 visade att',
      'första gången 2 personer',
      'på platsen 3 poliser',
      'Vid Husby torg 5 ungdomar',
      'Rinkebytorget, 5 ungdomar',
      'plan 2 i huset',
      'Handlingsplan 2',
      'Kista 164 40',
      'Postnummer 163 55',
      'Tisdag. 3 personer kom',
    ]);
  });
});

describe('names of private persons', () => {
  it.each([
    ['Kalle Svensson sa att han var orolig.', 'Kalle Svensson'],
    ['Enligt Fatima Ali har klottret ökat.', 'Fatima Ali'],
    ['Mötet med Mohammed Hassan i morse.', 'Mohammed Hassan'],
    ['Anna-Karin Lindberg deltog.', 'Anna-Karin Lindberg'],
    ['kalle svensson sa att', 'kalle svensson'],
    ['KALLE SVENSSON sa att', 'KALLE SVENSSON'],
    ['Samtal med Anna af Klint', 'Anna af Klint'],
    ['Eleven Fatima Xyzberg sa', 'Fatima Xyzberg'],
  ])('finds %j', (text, match) => {
    expect(found(text)).toEqual({ kind: 'namn', match });
  });

  it('lets organisations, places and roles written with capitals pass', () => {
    expectClean([
      'Stiftelsen Fryshuset höll i samtalet.',
      'Tensta Konsthall visade en utställning.',
      'Kista Galleria har fått nya kameror.',
      'Hizb ut-Tahrir delade ut flygblad.',
      'Röda Korset och Rädda Barnen deltog.',
      'Polisen i Rinkeby informerade.',
      'Olof Palmes gata var avspärrad.',
      'En elev berättade för rektor.',
      'Kalle sa att han var orolig.',
      'Per capita räknat ökade anmälningarna.',
      'Maj 2026: lägesbild',
      'Ali Husby',
    ]);
  });

  it('lets names through where officials are named by definition', () => {
    expect(findPersonalData('Kalle Svensson', { allowNames: true })).toBeNull();
    expect(findPersonalData('Kalle Svensson 811218-9876', { allowNames: true })?.kind).toBe('personnummer');
  });
});

describe('vehicle registration numbers', () => {
  it.each(['ABC 123', 'ABC123', 'ABC 12A', 'ABC12A', 'KLM 45U'])('finds %j', (plate) => {
    expect(found(`En bil med ${plate} stod parkerad.`)).toEqual({ kind: 'registreringsnummer', match: plate });
  });

  it('leaves acronyms with numbers alone', () => {
    expectClean(['BRÅ 123', 'IOP 123', 'VBE 2026', 'SFS 2009:400', 'LSS 123', 'HVB 120', 'KS 2023/00123', 'ABC 12O', 'ABC 1234', 'AB 123']);
  });
});

describe('assertDeidentified: fields, spans and groups', () => {
  const thrown = (fields: GuardedField[]) => expectDomainError(() => assertDeidentified(fields), 'BAD_REQUEST');

  it('gives the refused span as offsets and never echoes it', () => {
    const text = 'Eleven Kalle Svensson sa att';
    const error = thrown([{ path: 'text', label: 'Anteckningar', text }]);
    expect(error.span).toEqual({ start: 7, end: 21 });
    expect(error.message).toContain('ett namn på en person');
    expect(error.message).toContain('”en elev”');
    expect(error.message).not.toMatch(/Kalle|Svensson/);
  });

  it('allows names only in fields that hold officials', () => {
    expect(() => assertDeidentified([{ path: 'approvers.0', label: 'Justerare 1', text: 'Kalle Svensson', allowNames: true }])).not.toThrow();
    expect(thrown([{ path: 'reason', label: 'Motivering', text: 'Kalle Svensson bad om det' }]).field).toBe('reason');
  });

  it('catches an identity number split over two fields of one record', () => {
    const error = thrown([
      { path: 'vbe.observations.0.area', label: 'Observation 1: område', text: 'Rinkeby 121212', group: 'vbe.observations.0' },
      { path: 'vbe.observations.0.text', label: 'Observation 1: beskrivning', text: '-1212 sågs vid skolan', group: 'vbe.observations.0' },
    ]);
    expect(error.field).toBe('vbe.observations.0.area');
    expect(error.message).toContain('Observation 1: område');
    expect(error.message).toContain('Observation 1: beskrivning');
    expect(error.message).toContain('ett personnummer');
    expect(error.span).toEqual({ start: 8, end: 14 });
  });

  it('does not join fields of different records', () => {
    expect(() =>
      assertDeidentified([
        { path: 'vbe.observations.0.text', label: 'Observation 1: beskrivning', text: 'Rinkeby 121212', group: 'vbe.observations.0' },
        { path: 'vbe.observations.1.text', label: 'Observation 2: beskrivning', text: '-1212 sågs', group: 'vbe.observations.1' },
      ]),
    ).not.toThrow();
  });
});

describe('harmless text the guard must not refuse', () => {
  it('leaves dates, times, counts, case numbers, law references, organisation numbers, grade spans and places alone', () => {
    expectClean([
      'Mötet 2026-03-14 kl. 14.00–16.00 i Husby träff.',
      '14/3 kl 9, 3 personer, 12 observationer',
      'Dnr 155-943/2015 och KS 2023/00123',
      'enligt lagen (1990:52) och SFS 2009:400',
      'Org.nr 556036-0793',
      'åk 7–9 på Rinkebyskolan',
      'Rinkeby, Tensta, Husby, Hjulsta och Rågsved',
      'Klotter med hakkors vid Rinkebystråket, 5 ungdomar.',
      'Polisen rapporterade 3 händelser under vecka 12.',
      '121212-1213',
    ]);
  });
});

describe('assertDeidentified: names are not joined across fields', () => {
  it('does not make a name of the last word of one field and the first of the next', () => {
    expect(() =>
      assertDeidentified([
        { path: 'vbe.actions.0.text', label: 'Åtgärd 1: beskrivning', text: 'Följa upp samtalet med Ali', group: 'vbe.actions.0' },
        { path: 'vbe.actions.0.owner', label: 'Åtgärd 1: ansvarig', text: 'Fältassistenterna', group: 'vbe.actions.0' },
      ]),
    ).not.toThrow();
  });
});

describe('names in more shapes, and places named after people', () => {
  it.each([
    ['Enligt Svensson, Kalle var det lugnt.', 'Svensson, Kalle'],
    ['Svensson Kalle ringde.', 'Svensson Kalle'],
    ['Samtal med Kalle SVENSSON i dag.', 'Kalle SVENSSON'],
    ['Ahmed YUSUF kom inte.', 'Ahmed YUSUF'],
    ['Herr Svensson var orolig.', 'Herr Svensson'],
    ['Vi talade med familjen Svensson.', 'familjen Svensson'],
    ['Rapport från K. Svensson.', 'K. Svensson'],
  ])('finds %j', (text, match) => {
    expect(found(text)).toEqual({ kind: 'namn', match });
  });

  it('lets streets, schools, churches, funds and shops named after people pass', () => {
    expectClean([
      'Klotter vid Edvard Griegsgången.',
      'Möte på Erik Dahlbergsgatan.',
      'Hedvig Eleonora församling deltog.',
      'Gustav Vasa kyrka har fått klotter.',
      'Elever från Olof Palmeskolan.',
      'Ellen Keyskolan bjöd in.',
      'Anna Lindhs minnesfond delar ut stipendier.',
      'Ali Livs har fått klistermärken på fönstret.',
      'Samir Pizzeria stängde tidigt.',
      'Andersson sa att läget var lugnt.',
    ]);
  });
});

describe('registration numbers in more shapes', () => {
  it.each([
    ['En bil med ABC-123 stod parkerad.', 'ABC-123'],
    ['Bilen abc 123 sågs igen.', 'abc 123'],
    ['reg.nr abc 123', 'abc 123'],
    ['Regnr: klm12u', 'klm12u'],
  ])('finds %j', (text, match) => {
    expect(found(text)).toEqual({ kind: 'registreringsnummer', match });
  });

  it('leaves lower-case words with numbers and organisations with numbers alone', () => {
    expectClean(['och 123 till', 'ute 120 dagar', 'NMR 123', 'SSU 123', 'SCB 123', 'bil 2026']);
  });
});

describe('phone numbers from abroad and in brackets', () => {
  it.each([
    ['+358 40 123 4567', '+358 40 123 4567'],
    ['+47 912 34 567', '+47 912 34 567'],
    ['+90 532 123 45 67', '+90 532 123 45 67'],
    ['0090 532 123 45 67', '0090 532 123 45 67'],
    ['+252 61 234 5678', '+252 61 234 5678'],
    ['(+46) 70 123 45 67', '+46) 70 123 45 67'],
    ['+46 (70) 123 45 67', '+46 (70) 123 45 67'],
  ])('finds %j', (text, match) => {
    expect(found(`Nås på ${text} i kväll.`)).toEqual({ kind: 'telefonnummer', match });
  });

  it('leaves giro and account numbers, ISBNs and temperatures alone', () => {
    expectClean(['Bankgiro 123-4567', 'Plusgiro 12 34 56-7', 'bg 5050-1055', 'ISBN 0-123-45678-9', '+3 grader', 'Skillnaden var +12 procent']);
  });
});
