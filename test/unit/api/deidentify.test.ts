import { describe, expect, it } from 'vitest';
import {
  assertDeidentified,
  findPersonalData,
  type GuardedField,
  PERSONAL_DATA_LABELS,
  type PersonalDataKind,
} from '../../../api/domain/deidentify.ts';
import { DomainError } from '../../../api/domain/errors.ts';

// An independent Luhn, so test data is checked rather than trusted.
function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return (10 - (sum % 10)) % 10;
}
const luhnValid = (tenDigits: string) => luhnCheckDigit(tenDigits.slice(0, 9)) === Number(tenDigits[9]);
/** YYMMDDNNN plus its check digit. */
const withCheckDigit = (nineDigits: string) => nineDigits + luhnCheckDigit(nineDigits);

/** Every way the issue says a number may be written, for CC YYMMDD NNNN. */
function formats(century: string, date: string, last: string): string[] {
  return [
    `${date}-${last}`,
    `${date}+${last}`,
    `${date} ${last}`,
    `${date}${last}`,
    `${century}${date}-${last}`,
    `${century}${date} ${last}`,
    `${century}${date}${last}`,
  ];
}

/** The matched text, so assertions show what was found. */
function found(text: string): { kind: PersonalDataKind; match: string } | null {
  const f = findPersonalData(text);
  return f && { kind: f.kind, match: text.slice(f.index, f.index + f.length) };
}

function expectClean(texts: string[]) {
  for (const t of texts) expect(findPersonalData(t), t).toBeNull();
}

describe('PERSONAL_DATA_LABELS', () => {
  it('gives the Swedish phrase for every kind', () => {
    expect(PERSONAL_DATA_LABELS).toEqual({
      personnummer: 'ett personnummer',
      samordningsnummer: 'ett samordningsnummer',
      telefonnummer: 'ett telefonnummer',
      'e-post': 'en e-postadress',
      adress: 'en gatuadress',
      namn: 'ett namn på en person',
      registreringsnummer: 'ett registreringsnummer',
    });
  });
});

describe('findPersonalData: personnummer', () => {
  // Skatteverket's worked example (811218-9876), Tolvan Tolvansson (121212-1212),
  // a number from Skatteverket's testpersonnummer data set (201701012393), and
  // numbers in Skatteverket's test series (serials 980–999).
  const numbers: [century: string, date: string, last: string][] = [
    ['19', '811218', '9876'],
    ['19', '121212', '1212'],
    ['20', '170101', '2393'],
    ['19', '800101', '9986'],
    ['19', '990101', '9985'],
    ['19', '460209', '9881'],
  ];

  it('uses Luhn-valid test data', () => {
    for (const [, date, last] of numbers) expect(luhnValid(date + last), date + last).toBe(true);
  });

  it.each(numbers)('finds %s%s-%s in every format, inside a sentence', (century, date, last) => {
    for (const written of formats(century, date, last)) {
      const text = `Personen (${written}) nämndes.`;
      expect(findPersonalData(text), written).toEqual({ kind: 'personnummer', index: 10, length: written.length });
    }
  });

  it('accepts en dash and no-break space as separators, as word processors write them', () => {
    expect(found('811218\u20139876')).toEqual({ kind: 'personnummer', match: '811218\u20139876' });
    expect(found('811218\u00a09876')).toEqual({ kind: 'personnummer', match: '811218\u00a09876' });
  });

  it('accepts "." and "/" as separators', () => {
    for (const [century, date, last] of numbers) {
      for (const written of [`${date}.${last}`, `${date}/${last}`, `${century}${date}.${last}`, `${century}${date}/${last}`]) {
        const text = `Personen (${written}) nämndes.`;
        expect(findPersonalData(text), written).toEqual({ kind: 'personnummer', index: 10, length: written.length });
      }
    }
  });

  it('finds a number with invisible format characters inside and reports it as written', () => {
    expect(luhnValid('8501011236')).toBe(true);
    for (const written of [
      '8501\u200b01-1236', // zero-width space
      '850101-\u00ad1236', // soft hyphen
      '850101\u20601236', // word joiner
      '850101\u200d-1236', // zero-width joiner
      '19850101-1236\u200e', // left-to-right mark after it, left out of the match
      [...'8501011236'].join('\u200b'),
    ]) {
      const text = `Personen (${written}) nämndes.`;
      const match = written.replace(/\p{Cf}+$/u, '');
      expect(findPersonalData(text), written).toEqual({ kind: 'personnummer', index: 10, length: match.length });
    }
  });

  it('finds a number in full-width digits and reports it as written', () => {
    for (const written of ['８５０１０１-１２３６', '８５０１０１－１２３６', '１９８５０１０１１２３６', '８５０１０１.１２３６']) {
      expect(findPersonalData(`Pnr ${written}.`), written).toEqual({ kind: 'personnummer', index: 4, length: written.length });
    }
  });

  it('still demands Luhn and a real date when the number is disguised', () => {
    expect(luhnValid('8501011237')).toBe(false);
    expectClean([
      '850101.1237',
      '850101/1237',
      '8501\u200b01-1237',
      '８５０１０１-１２３７',
      '123456.7890', // month 34
      'Summa 811318.9876', // month 13
      '５５６０３６-０７９３', // organisation number
    ]);
  });

  it('finds a number at the very start and end of the text', () => {
    expect(findPersonalData('8112189876')).toEqual({ kind: 'personnummer', index: 0, length: 10 });
    expect(findPersonalData('Pnr 19811218-9876')).toEqual({ kind: 'personnummer', index: 4, length: 13 });
  });

  it('refuses the number when the check digit is wrong', () => {
    for (const [century, date, last] of numbers) {
      const wrong = last.slice(0, 3) + ((Number(last[3]) + 1) % 10);
      expect(luhnValid(date + wrong)).toBe(false);
      expectClean(formats(century, date, wrong));
    }
  });

  it('takes 29 February from the 12-digit century, and from 19xx or 20xx otherwise', () => {
    const feb29in2000 = withCheckDigit('000229988');
    const feb29in2001 = withCheckDigit('010229988');
    expect(found(`000229-${feb29in2000.slice(6)}`)?.kind).toBe('personnummer');
    expect(found(`20${feb29in2000}`)?.kind).toBe('personnummer');
    // 1900 was no leap year.
    expect(found(`19${feb29in2000}`)).toBeNull();
    expect(found(`010229-${feb29in2001.slice(6)}`)).toBeNull();
    expect(found(`20${feb29in2001}`)).toBeNull();
  });

  it('refuses impossible dates even when the checksum is right', () => {
    for (const nine of ['811318987', '811232987', '810230987', '810431987', '810018987', '811200987']) {
      const ten = withCheckDigit(nine);
      expect(luhnValid(ten)).toBe(true);
      expectClean([`${ten.slice(0, 6)}-${ten.slice(6)}`, `19${ten}`]);
    }
  });

  it('refuses serial 000', () => {
    const ten = withCheckDigit('811218000');
    expect(luhnValid(ten)).toBe(true);
    expectClean([`811218-${ten.slice(6)}`, `19${ten}`]);
  });

  it('accepts only the centuries 18, 19 and 20 in the 12-digit form', () => {
    expect(found('18811218-9876')?.kind).toBe('personnummer');
    // "17…" is not split into "17" and a valid 10-digit number either.
    expectClean(['17811218-9876', '21811218-9876', '178112189876']);
  });

  it('does not find a number inside a longer digit run', () => {
    expectClean(['18112189876', '81121898761', '1981121898761', '811218-98761', '9811218-9876']);
  });

  it('leaves organisation numbers alone (month 20 or more, or the 16 prefix)', () => {
    for (const org of ['2120000142', '5560360793', '5565475489', '2021005489']) {
      expect(luhnValid(org), org).toBe(true);
      expectClean([`${org.slice(0, 6)}-${org.slice(6)}`, org, `16${org}`, `Org.nr 16${org.slice(0, 6)}-${org.slice(6)}`]);
    }
  });
});

describe('findPersonalData: samordningsnummer', () => {
  const numbers = ['701063239', '811278987', '900161998'].map(withCheckDigit);

  it('finds day + 60 and reports it as a samordningsnummer', () => {
    for (const ten of numbers) {
      expect(luhnValid(ten)).toBe(true);
      const date = ten.slice(0, 6);
      const last = ten.slice(6);
      const century = ten.startsWith('0') ? '20' : '19';
      for (const written of formats(century, date, last)) {
        expect(found(`Snr ${written}.`), written).toEqual({ kind: 'samordningsnummer', match: written });
      }
    }
  });

  it('requires the day minus 60 to be a real day', () => {
    // Day 60 (= 0), day 92 (= 32) and 30 February (90).
    for (const nine of ['701060239', '701092239', '700290239']) {
      const ten = withCheckDigit(nine);
      expectClean([`${ten.slice(0, 6)}-${ten.slice(6)}`, `19${ten}`]);
    }
  });

  it('refuses a samordningsnummer with a wrong check digit', () => {
    const ten = numbers[0]!;
    const wrong = ten.slice(0, 9) + ((Number(ten[9]) + 5) % 10);
    expectClean([`${wrong.slice(0, 6)}-${wrong.slice(6)}`]);
  });
});

describe('findPersonalData: interimsnummer', () => {
  it('finds a letter and three digits after a real date with a separator or an 8-digit date', () => {
    for (const written of ['000101-P220', '000101+T220', '20000101-T220', '20000101T220', '19811218-R123', '811218-x123']) {
      expect(found(`Interimsnr ${written} i journalen`), written).toEqual({ kind: 'personnummer', match: written });
    }
  });

  it('needs the separator in the 10-digit form and a real date', () => {
    expectClean(['000101P220', '000101 P220', '000101.P220', '000101/P220', '20000101/T220', '20000101 P220', '001301-T220', '000132-T220', '000230-T220', '19000229-T220']);
  });
});

describe('findPersonalData: text that is not a personnummer', () => {
  it('leaves dates, times and years alone', () => {
    expectClean([
      '2026-03-14',
      'Mötet den 14/3 kl. 14.00.',
      '14:00–16:00',
      '2026-03-14 kl 9',
      '20260314',
      '2026-03-14 14:00',
      'Under 2019 och 2020',
      '1 januari 2026',
    ]);
  });

  it('leaves case numbers and law references alone', () => {
    expectClean([
      'Dnr 155-943/2015',
      'KS 2023/00123',
      'SDN 2019/123-1.2',
      'enligt lagen (1990:52)',
      'SFS 2009:400',
      'Dnr KS 2019/1234-1.2.3',
    ]);
  });

  it('leaves counts and amounts alone', () => {
    expectClean(['28 aktiviteter', '208 av 2 679', '12 500 kr', 'Postnummer 163 55', '1 250 000 kronor', '42']);
  });
});

describe('findPersonalData: telefonnummer', () => {
  const phones = [
    '070-123 45 67',
    '0701234567',
    '070 123 45 67',
    '070-1234567',
    '076-123 45 67',
    '+46 70 123 45 67',
    '+46701234567',
    '+46 70-123 45 67',
    '0046 70-123 45 67',
    '0046701234567',
    '08-123 456 78',
    '08 123 45 67',
    '08-12 34 56',
    '031-12 34 56',
    '0470-123 45',
    '0470-12 34 56',
    '+46 8 123 456 78',
    '+46 (0)8 123 45 67',
    '(08) 123 45 67',
    '08\u2013123\u00a045\u00a067',
    '070.123.45.67',
    '070.1234567',
    '08.123.456.78',
    '08.12.34.56',
    '070-123.45.67',
    '+46 70.123.45.67',
    '070/1234567',
    '070/123 45 67',
    '08/123 45 67',
    '070 - 123 45 67',
    '070 \u2013 123 45 67',
    '08 - 123 456 78',
  ];

  it.each(phones)('finds %s inside a sentence', (phone) => {
    expect(found(`Ring ${phone} efter mötet.`)).toEqual({ kind: 'telefonnummer', match: phone });
  });

  it('finds a number after "tel:" and at the end of a sentence', () => {
    expect(found('tel:070-123 45 67')).toEqual({ kind: 'telefonnummer', match: '070-123 45 67' });
    expect(found('Nås på 08-123 456 78.')).toEqual({ kind: 'telefonnummer', match: '08-123 456 78' });
  });

  it('finds a number written with full-width digits or format characters, as written', () => {
    for (const phone of ['０７０-１２３ ４５ ６７', '070\u200b-123 45 67', '070-123\u00ad45\u00ad67', '070.123.45\u200b.67']) {
      expect(found(`Ring ${phone} efter mötet.`), phone).toEqual({ kind: 'telefonnummer', match: phone });
    }
  });

  it('finds a number right after a rejected run', () => {
    expect(found('öppet 0800-1700 070-123 45 67')).toEqual({ kind: 'telefonnummer', match: '070-123 45 67' });
    expect(found('01-02-2026 070-123 45 67')).toEqual({ kind: 'telefonnummer', match: '070-123 45 67' });
    expect(found('Klockan 08.00 070-1234567')).toEqual({ kind: 'telefonnummer', match: '070-1234567' });
    // A format character between an unrelated digit and the number does not glue them together.
    expect(found('Punkt 5\u200b070-123 45 67')).toEqual({ kind: 'telefonnummer', match: '070-123 45 67' });
  });

  it('leaves dates, times, decimals and case numbers with dots, slashes and spaced dashes alone', () => {
    expectClean([
      '2026.03.14',
      '14.03.2026',
      '01.02.2026',
      '01/02/2026',
      '03/14/2026',
      'kl. 08.00',
      '08.00 - 10.00',
      '08.00\u201310.00',
      'Tel.tid 08.00-16.00',
      '0800 - 1700',
      'kl 08.30 2026-03-14',
      '05.03.14 07.30',
      '0.75',
      'Version 0.12.3',
      'IP 192.168.0.10',
      'Dnr 0123/2019',
      'Dnr 0123/2019-45',
      'Dnr 012/2019',
      'KS 2023/00123 - 2023/00124',
      'klass 07 - 09',
      'Matchen slutade 0 - 3',
    ]);
  });

  it('stops at the number, not at a count that follows it', () => {
    expect(found('070-123 45 67 28 aktiviteter')).toEqual({ kind: 'telefonnummer', match: '070-123 45 67' });
  });

  it('leaves phone-like text that is not a phone number alone', () => {
    expectClean([
      '2026-03-14',
      '2026-03-14 08 00',
      'kl. 08.00–10.00',
      'kl 09:00',
      'öppet 0800-1700',
      '01-02-2026',
      'KS 2023/00123',
      'Dnr 155-943/2015',
      '0470',
      '08-123 45',
      '0 1 2 3 4 5 6 7',
      'ISBN 0-123-45678-9',
      'Ring 112 eller 114 14',
      'Stödlinjen 020-123 456',
      'Kundtjänst 0771-567 567',
      'Totalt 2 019 ärenden',
    ]);
  });

  it('does not take a Luhn-failing personnummer shape for a phone number', () => {
    expectClean(['050312-1235']);
    expect(luhnValid('0503121235')).toBe(false);
  });
});

describe('findPersonalData: e-post', () => {
  it.each([
    'anna.svensson@stockholm.se',
    'a_b+c@exempel.co.uk',
    'kalle@skolan.stockholm',
    'åsa.öberg@exempel.se',
    'namn [at] exempel.se',
    'namn(at)exempel.se',
    'anna @ exempel.se',
    'anna @exempel.se',
    'anna@ exempel.se',
    'anna.svensson @ stockholm.se',
    'anna\u00a0@\u00a0exempel.se',
    'anna ＠ exempel.se',
    'anna\u00ad@exempel.se',
    'ａｎｎａ＠ｅｘｅｍｐｅｌ.ｓｅ',
  ])('finds %s', (email) => {
    expect(found(`Mejla ${email}.`)).toEqual({ kind: 'e-post', match: email });
  });

  it('leaves handles, words and bare @ alone', () => {
    expectClean(['@polisen_sthlm', 'e-post', 'namn@exempel', 'möte @ Husby', 'at (at) the start']);
  });

  it('takes "@" with spaces only before a domain with a lower-case top-level domain of two letters or more', () => {
    expectClean([
      'anna @ exempel',
      'anna @ exempel.s',
      'möte @ Husby.Vi ses där',
      'Träff @ Husby centrum',
      'Vi ses @ 14.00',
      'pris @ 12.50 kr',
    ]);
  });
});

describe('findPersonalData: gatuadress', () => {
  it.each([
    ['Storgatan 12, 164 40 Kista', 'Storgatan 12'],
    ['Rinkebyvägen 5B', 'Rinkebyvägen 5B'],
    ['Rinkebyvägen 5 B', 'Rinkebyvägen 5 B'],
    ['bor på storgatan 12', 'storgatan 12'],
    ['Husby torg 3', 'Husby torg 3'],
    ['Drottning Kristinas väg 12', 'Drottning Kristinas väg 12'],
    ['Storgata 3', 'Storgata 3'],
    ['Rinkebystråket 12', 'Rinkebystråket 12'],
    ['Kvarngränd 4-6', 'Kvarngränd 4'],
    ['164 40 Kista', '164 40 Kista'],
    ['16440 Kista', '16440 Kista'],
    ['SE-164 40 Kista', 'SE-164 40 Kista'],
    ['Box 123, 164 40 Kista', '164 40 Kista'],
    ['Rinkebysvängen 56', 'Rinkebysvängen 56'],
    ['bor på rinkebysvängen 56', 'rinkebysvängen 56'],
    ['Bor på Rinkebysva\u0308ngen 56.', 'Rinkebysva\u0308ngen 56'],
    ['Rinkebysväng 4', 'Rinkebysväng 4'],
    ['Bredbyplan 3', 'Bredbyplan 3'],
    ['Bredbyplan 3, 163 71 Spånga', 'Bredbyplan 3'],
    ['Odenplan 1', 'Odenplan 1'],
    ['Fridhemsplan 5B', 'Fridhemsplan 5B'],
    ['Sankt Eriksplan 2', 'Eriksplan 2'],
    ['Enligt Handlingsplan 2 bor hen på Bredbyplan 3', 'Bredbyplan 3'],
    ['Storgatan\u200b 12', 'Storgatan\u200b 12'],
  ])('finds %s', (text, match) => {
    expect(found(text)).toEqual({ kind: 'adress', match });
  });

  it('leaves areas, streets without a number and counts at a place alone', () => {
    expectClean([
      'Rinkeby',
      'Husby centrum',
      'Klotter vid Rinkebystråket',
      'Möte på Storgatan',
      'Vid Rinkebytorget 5 ungdomar',
      'På Kista torg 3 personer',
      'på gatan 3 gånger',
      'Handlingsplan 2',
      'Genomgången 2 visade',
      'genomgången 2 visade',
      'Storgatan 2019',
      'en hastig 3-minutersgenomgång',
      'Postnummer 163 55',
      'Kista 164 40',
    ]);
  });

  it('leaves plans, floors and other "-plan" and "-svängen" words alone', () => {
    expectClean([
      'Handlingsplan 2 aktiviteter',
      'handlingsplan 2 aktiviteter',
      'Enligt Handlingsplan 2, punkt 3',
      'Verksamhetsplan 2',
      'Åtgärdsplan 3',
      'Arbetsplan 1',
      'Aktivitetsplan 4',
      'Likabehandlingsplan 1',
      'Kommunikationsplan 2',
      'Beredskapsplan 1',
      'Genomförandeplan 3',
      'Tidsplan 2',
      'Våningsplan 2',
      'Bottenplan 1',
      'Verksamhetsplan 2026',
      'Vid Bredbyplan 5 ungdomar',
      'Svängen 3',
      'i svängen 3 gånger',
    ]);
  });
});

describe('findPersonalData: several findings', () => {
  it('returns the leftmost finding', () => {
    expect(found('Ring 070-123 45 67 eller mejla a@b.se')?.kind).toBe('telefonnummer');
    expect(found('Mejla a@b.se eller ring 070-123 45 67')?.kind).toBe('e-post');
    expect(found('Storgatan 12, pnr 811218-9876')?.kind).toBe('adress');
  });

  it('reports a 10-digit number that is both phone- and personnummer-shaped as a personnummer', () => {
    const ten = withCheckDigit('070123456');
    expect(findPersonalData(ten)).toEqual({ kind: 'personnummer', index: 0, length: 10 });
  });

  it('reports the leftmost finding in the original text when some are disguised', () => {
    const text = 'Ring 070\u200b-123 45 67 eller pnr ８５０１０１-１２３６';
    expect(findPersonalData(text)).toEqual({ kind: 'telefonnummer', index: 5, length: 14 });
    expect(found('pnr ８５０１０１-１２３６ eller 070-123 45 67')).toEqual({ kind: 'personnummer', match: '８５０１０１-１２３６' });
    const ten = withCheckDigit('070123456');
    const hidden = `${ten.slice(0, 3)}\u200b${ten.slice(3)}`;
    expect(findPersonalData(hidden)).toEqual({ kind: 'personnummer', index: 0, length: 11 });
  });

  it('returns null for clean text', () => {
    expect(findPersonalData('')).toBeNull();
    expect(
      findPersonalData(
        'Klotter med vit makt-symboler vid Rinkebystråket 2026-03-14 kl. 14.00. Polisen informerad, Dnr 155-943/2015. ' +
          '28 aktiviteter, 208 av 2 679 elever.',
      ),
    ).toBeNull();
  });
});

describe('assertDeidentified', () => {
  const clean: GuardedField = {
    path: 'vbe.observations.0.text',
    label: 'Observation 1: beskrivning',
    text: 'Klotter vid Rinkebystråket.',
  };

  function thrown(fields: Iterable<GuardedField>): DomainError {
    try {
      assertDeidentified(fields);
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      return e as DomainError;
    }
    throw new Error('assertDeidentified did not throw');
  }

  it('throws BAD_REQUEST naming the field and the kind, without echoing the data', () => {
    const error = thrown([{ ...clean, text: 'Eleven med pnr 19811218-9876 har uttryckt oro.' }]);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.field).toBe('vbe.observations.0.text');
    expect(error.message).toBe(
      'Fältet ”Observation 1: beskrivning” innehåller ett personnummer. Ta bort uppgifter som kan identifiera en person innan du sparar.',
    );
    expect(error.message).not.toMatch(/9876|811218/);
  });

  it.each([
    ['811278-9873', 'ett samordningsnummer', /9873|811278/],
    ['070-123 45 67', 'ett telefonnummer', /123 45|4567/],
    ['anna.svensson@stockholm.se', 'en e-postadress', /svensson|@/],
    ['Storgatan 12', 'en gatuadress', /Storgatan|12/],
  ])('names %s as %s', (data, phrase, echo) => {
    const error = thrown([{ path: 'vbe.actions.2.text', label: 'Åtgärd 3', text: `Se ${data}.` }]);
    expect(error.field).toBe('vbe.actions.2.text');
    expect(error.message).toContain('”Åtgärd 3”');
    expect(error.message).toContain(phrase);
    expect(error.message).not.toMatch(echo);
  });

  it('reports the first field with a finding', () => {
    const error = thrown([
      clean,
      { path: 'vbe.observations.1.text', label: 'Observation 2: beskrivning', text: 'Ring 08-123 456 78' },
      { path: 'vbe.observations.2.text', label: 'Observation 3: beskrivning', text: '811218-9876' },
    ]);
    expect(error.field).toBe('vbe.observations.1.text');
    expect(error.message).toContain('Observation 2: beskrivning');
    expect(error.message).toContain('ett telefonnummer');
  });

  it('accepts any iterable and does not throw for clean fields', () => {
    function* fields(): Generator<GuardedField> {
      yield clean;
      yield { path: 'title', label: 'Rubrik', text: 'Lägesbild Q1 2026, Dnr KS 2023/00123' };
      yield { path: 'location', label: 'Plats', text: 'Husby centrum' };
    }
    expect(() => assertDeidentified(fields())).not.toThrow();
    expect(() => assertDeidentified([])).not.toThrow();
  });
});
