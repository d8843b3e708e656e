import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../api/domain/errors.ts';
import { decodeCsvBytes, importBodyBytes, importTooLargeMessage } from '../../../api/domain/csv-file.ts';
import { importPeriod, NOT_UTF8_MESSAGE, parseCsv, previewImport } from '../../../api/domain/csv-import.ts';
import type { Forum, Meeting, Observation } from '../../../api/domain/types.ts';
import { OBSERVATIONS_CSV_HEADER, observationsCsv } from '../../../api/exports/observations-csv.ts';

const HEADER = OBSERVATIONS_CSV_HEADER.join(';');
const row = (cells: Partial<Record<(typeof OBSERVATIONS_CSV_HEADER)[number], string>> = {}) =>
  OBSERVATIONS_CSV_HEADER.map((h) =>
    cells[h] ??
    {
      Mötesdatum: '2025-03-11',
      Forum: 'BRÅ Rinkeby-Kista',
      Forumtyp: 'BRÅ',
      Miljö: 'vit-makt',
      Kategori: 'propaganda',
      Källa: 'polis',
      Område: 'Husby',
      Antal: '2',
      Observationsdatum: '2025-03-01',
      Beskrivning: 'Klistermärken vid centrum.',
    }[h],
  ).join(';');

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('parseCsv', () => {
  it('reads quoted cells with separators, doubled quotes and line breaks, CRLF or LF, with or without BOM', () => {
    const csv = '\uFEFFa;b\r\n"x;y";"sa ""hej""\r\nrad två"\r\n\r\nc;d\n';
    expect(parseCsv(csv)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;y', 'sa "hej"\r\nrad två'] },
      { line: 5, cells: ['c', 'd'] },
    ]);
    expect(parseCsv('a;b\nc;d')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['c', 'd'] },
    ]);
  });
});

describe('previewImport', () => {
  it('takes codes or the export’s Swedish labels, in any case', () => {
    const csv = [HEADER, row(), row({ Miljö: 'Vit makt-miljön', Kategori: 'PROPAGANDA', Källa: 'Polisen' })].join('\n');
    const labels = previewImport(csv);
    expect(labels.refused).toBe(0);
    expect(labels.accepted).toBe(2);
    expect(labels.rows[0]).toEqual({
      row: 2,
      observation: { milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 2, date: '2025-03-01', text: 'Klistermärken vid centrum.' },
      problems: [],
    });
  });

  it('refuses rows with unknown codes, bad numbers or dates, naming row and column', () => {
    const csv = [
      HEADER,
      row({ Miljö: 'okänd' }),
      row({ Antal: '0' }),
      row({ Antal: '2,5', Observationsdatum: '2025-02-30' }),
      row({ Område: '' }),
      row(),
      'för;få;kolumner',
    ].join('\r\n');
    const p = previewImport(csv);
    expect([p.accepted, p.refused]).toEqual([1, 5]);
    expect(p.rows.map((r) => [r.row, r.problems.map((x) => x.column)])).toEqual([
      [2, ['Miljö']],
      [3, ['Antal']],
      [4, ['Antal', 'Observationsdatum']],
      [5, ['Område']],
      [6, []],
      [7, ['']],
    ]);
    expect(p.rows[0].observation).toBeUndefined();
    expect(p.rows[0].problems[0].message).toContain('Okänd miljö');
  });

  it('refuses personal data with the guard, by column, without repeating it', () => {
    const p = previewImport([HEADER, row({ Beskrivning: 'Eleven Kalle Svensson sågs.' }), row({ Område: 'Storgatan 12' }), row({ Forum: 'Ring 070-123 45 67' })].join('\n'));
    expect(p.rows.map((r) => r.problems.map((x) => x.column))).toEqual([['Beskrivning'], ['Område'], ['Forum']]);
    expect(p.rows[0].problems[0].message).toContain('Rad 2: Beskrivning');
    expect(p.rows[0].problems[0].message).not.toContain('Svensson');
    expect(p.refused).toBe(3);
  });

  it('refuses a file in another format, an empty one and one with too many rows', () => {
    expect(refusal(() => previewImport('a;b\n1;2')).field).toBe('csv');
    expect(refusal(() => previewImport(HEADER + '\r\n')).message).toContain('inga rader');
    const many = [HEADER, ...Array.from({ length: 5001 }, () => row())].join('\n');
    expect(refusal(() => previewImport(many)).message).toContain('5000');
  });

  it('reads back what /export/lagesbild.csv writes (a round trip)', () => {
    const observations: Observation[] = [
      { id: 'o1', milieu: 'islamistisk', category: 'rekrytering', source: 'tyck-till', area: 'Rinkeby', count: 3, date: '2025-05-02', text: 'Flygblad; "värvning" vid skolan.\nTvå tillfällen.' },
      { id: 'o2', milieu: 'oklar', category: 'ovrigt', source: 'ia', area: 'Kista', count: 1, date: '2025-05-03', text: '-Ett formelliknande =värde' },
      { id: 'o3', milieu: 'autonoma', category: 'klotter', source: 'egen-verksamhet', area: 'Husby', count: 10000, date: '2025-05-01', text: '' },
    ];
    const meeting: Meeting = {
      id: 'm1', forumId: 'f1', districtId: 'd1', startsAt: '2025-05-06T14:00:00+02:00', status: 'approved',
      agenda: [{ id: 'v', kind: 'vbe', title: 'VBE', prompts: [] }],
      minutes: { v: { text: '', vbe: { status: 'discussed', observations, actions: [] } } },
      history: [], createdAt: '2025-05-06T12:00:00Z', createdBy: 'u', updatedAt: '2025-05-06T12:00:00Z',
    };
    const forum = { id: 'f1', name: 'BRÅ Rinkeby-Kista', type: 'bra', districtId: 'd1' } as Forum;
    const csv = observationsCsv([meeting], [forum], { districtId: 'd1', from: '2025-01-01', to: '2025-12-31' });
    const p = previewImport(csv);
    expect(p.refused).toBe(0);
    expect(p.rows.map((r) => r.observation)).toEqual(observations.map(({ id: _id, ...o }) => o));
    expect(importPeriod(p.rows.map((r) => r.observation!))).toEqual({ from: '2025-05-01', to: '2025-05-03' });
  });
});

describe('Excel files in Windows-1252', () => {
  // "Miljö" as Excel's plain CSV writes it on Swedish Windows: ö is the single byte 0xF6.
  const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  const csv = [HEADER, row({ Område: 'Årsta torg' })].join('\r\n');

  it('reads valid UTF-8 as UTF-8 and anything else as Windows-1252, so the header and åäö survive', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(csv))).toBe(csv);
    const decoded = decodeCsvBytes(latin1(csv));
    expect(decoded).toBe(csv);
    expect(previewImport(decoded).rows[0]!.observation!.area).toBe('Årsta torg');
  });

  it('refuses text read wrongly as UTF-8 (U+FFFD) with advice to save as CSV UTF-8, not a header error', () => {
    const misread = new TextDecoder('utf-8').decode(latin1(csv));
    expect(misread).toContain('\uFFFD');
    const err = refusal(() => previewImport(misread));
    expect(err.field).toBe('csv');
    expect(err.message).toBe(NOT_UTF8_MESSAGE);
    expect(err.message).toContain('CSV UTF-8 (kommaavgränsad)');
  });

  it('counts the request body in bytes, as the body limit does', () => {
    expect(importBodyBytes('d', 'å')).toBe(JSON.stringify({ districtId: 'd', csv: 'å' }).length + 1);
    expect(importBodyBytes('d', 'a\r\nb')).toBe('{"districtId":"d","csv":"a\\r\\nb"}'.length);
  });
});

describe('importTooLargeMessage', () => {
  it('names the size in MB and the 1 MB limit, in Swedish', () => {
    expect(importTooLargeMessage(1_572_864)).toMatch(/1,5 MB.*högst 1 MB/);
  });
});
