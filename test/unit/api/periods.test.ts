import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive, isIsoDate, periodProblems, previousPeriod, quarterOf, quartersBetween, stockholmDate, stockholmDayStart } from '../../../api/domain/periods.ts';
import { assertPeriod, inPeriod, overlapsPeriod, periodError, todayIn } from '../../../api/domain/periods.ts';
import { REPORT_FIELD_LABELS } from '../../../api/domain/reports.ts';
import { fieldLabel } from '../../../api/routers/field-labels.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    for (const s of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29', '0001-01-01']) {
      expect(isIsoDate(s), s).toBe(true);
    }
  });

  it('rejects impossible dates and loose formats', () => {
    for (const s of [
      '2026-02-29', // not a leap year
      '1900-02-29', // century, not divisible by 400
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '26-01-01',
      '2026-01-01T00:00:00Z',
      ' 2026-01-01',
      '2026/01/01',
      '',
    ]) {
      expect(isIsoDate(s), s).toBe(false);
    }
  });
});

describe('stockholmDate', () => {
  it('gives the local date across midnight in summer time (UTC+2)', () => {
    expect(stockholmDate('2026-03-31T23:30:00Z')).toBe('2026-04-01');
    expect(stockholmDate('2026-06-30T21:59:59Z')).toBe('2026-06-30');
    expect(stockholmDate('2026-06-30T22:00:00Z')).toBe('2026-07-01');
  });

  it('gives the local date across midnight in winter time (UTC+1)', () => {
    expect(stockholmDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(stockholmDate('2025-12-31T22:30:00Z')).toBe('2025-12-31');
  });

  it('follows the DST switch days (2026-03-29 and 2026-10-25)', () => {
    // 22:30Z on the 28th is 23:30 CET, still the 28th.
    expect(stockholmDate('2026-03-28T22:30:00Z')).toBe('2026-03-28');
    // 22:30Z on the 29th is 00:30 CEST on the 30th.
    expect(stockholmDate('2026-03-29T22:30:00Z')).toBe('2026-03-30');
    // After the switch back, 22:30Z on the 25th is 23:30 CET.
    expect(stockholmDate('2026-10-25T22:30:00Z')).toBe('2026-10-25');
  });

  it('honours explicit offsets and fractional seconds', () => {
    expect(stockholmDate('2026-05-12T08:30:00+02:00')).toBe('2026-05-12');
    expect(stockholmDate('2026-05-12T01:00:00.123+05:00')).toBe('2026-05-11');
    expect(stockholmDate('2026-05-11T20:00-05:00')).toBe('2026-05-12');
  });

  it('rejects instants without an offset or that do not parse', () => {
    expect(() => stockholmDate('2026-05-12T08:30:00')).toThrow(RangeError);
    expect(() => stockholmDate('2026-05-12')).toThrow(RangeError);
    expect(() => stockholmDate('not a date')).toThrow(RangeError);
    expect(() => stockholmDate('2026-05-12T25:30:00Z')).toThrow(RangeError);
  });
});

describe('stockholmDayStart', () => {
  it('is the instant the Stockholm day begins, in winter, in summer and on the days the clocks change', () => {
    expect(stockholmDayStart('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(stockholmDayStart('2026-05-10')).toBe('2026-05-09T22:00:00.000Z');
    expect(stockholmDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(stockholmDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(stockholmDate(stockholmDayStart('2026-10-25'))).toBe('2026-10-25');
    expect(() => stockholmDayStart('2026-02-30')).toThrow(RangeError);
  });
});

describe('addDays and daysInclusive', () => {
  it('adds across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -365)).toBe('2025-01-01');
    expect(addDays('2026-05-12', 0)).toBe('2026-05-12');
    expect(addDays('2000-02-28', 366)).toBe('2001-02-28');
  });

  it('is not moved by DST (pure day arithmetic)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
  });

  it('counts both ends', () => {
    expect(daysInclusive('2026-01-01', '2026-12-31')).toBe(365);
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysInclusive('2026-05-12', '2026-05-12')).toBe(1);
    expect(daysInclusive('2026-05-12', '2026-05-11')).toBe(0);
  });

  it('rejects bad input', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => daysInclusive('2026-01-01', 'x')).toThrow(RangeError);
  });
});

describe('previousPeriod', () => {
  it('gives the same days one year earlier', () => {
    // "I år" on 28 November: the same stretch of last year, not 3 Feb–31 Dec.
    expect(previousPeriod('2026-01-01', '2026-11-28')).toEqual({ from: '2025-01-01', to: '2025-11-28' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    // A leap year maps to the previous calendar year, not to 366 days.
    expect(previousPeriod('2024-01-01', '2024-12-31')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(previousPeriod('2025-01-01', '2025-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    // A quarter maps to the same quarter last year.
    expect(previousPeriod('2026-01-01', '2026-03-31')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(previousPeriod('2026-03-15', '2026-04-14')).toEqual({ from: '2025-03-15', to: '2025-04-14' });
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2025-03-01', to: '2025-03-01' });
    // Twelve months not aligned to the year.
    expect(previousPeriod('2024-03-15', '2025-03-14')).toEqual({ from: '2023-03-15', to: '2024-03-14' });
    expect(previousPeriod('2025-11-29', '2026-11-28')).toEqual({ from: '2024-11-29', to: '2025-11-28' });
  });

  it('maps 29 February to 28 February', () => {
    expect(previousPeriod('2024-02-01', '2024-02-29')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(previousPeriod('2024-02-29', '2024-02-29')).toEqual({ from: '2023-02-28', to: '2023-02-28' });
    expect(previousPeriod('2024-02-29', '2024-03-31')).toEqual({ from: '2023-02-28', to: '2023-03-31' });
    // 366 days from a leap day: one year back still ends before it starts.
    expect(previousPeriod('2024-02-29', '2025-02-28')).toEqual({ from: '2023-02-28', to: '2024-02-28' });
  });

  it('steps a period longer than a year back far enough not to overlap it', () => {
    expect(previousPeriod('2025-01-01', '2026-12-31')).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(previousPeriod('2025-06-01', '2026-06-01')).toEqual({ from: '2023-06-01', to: '2024-06-01' });
    expect(previousPeriod('2022-01-01', '2026-12-31')).toEqual({ from: '2017-01-01', to: '2021-12-31' });
  });

  it('always ends before the period starts', () => {
    for (const [from, to] of [
      ['2026-01-01', '2026-12-31'],
      ['2024-02-29', '2025-02-28'],
      ['2024-02-28', '2025-02-28'],
      ['2023-03-01', '2024-02-29'],
      ['2026-05-12', '2026-05-12'],
    ]) {
      const prev = previousPeriod(from, to);
      expect(prev.to < from, `${from}..${to}`).toBe(true);
      expect(daysInclusive(prev.from, prev.to)).toBeGreaterThan(0);
    }
  });

  it('rejects reversed or invalid periods', () => {
    expect(() => previousPeriod('2026-12-31', '2026-01-01')).toThrow(RangeError);
    expect(() => previousPeriod('2026-02-30', '2026-03-31')).toThrow(RangeError);
  });
});

describe('quarterOf and quartersBetween', () => {
  it('names the quarter of a day', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(() => quarterOf('2026-12-32')).toThrow(RangeError);
  });

  it('lists every quarter that overlaps a period', () => {
    expect(quartersBetween('2026-01-01', '2026-12-31')).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quartersBetween('2025-11-15', '2026-01-10')).toEqual(['2025-Q4', '2026-Q1']);
    expect(quartersBetween('2026-05-12', '2026-05-12')).toEqual(['2026-Q2']);
    expect(quartersBetween('2026-05-12', '2026-05-11')).toEqual([]);
  });
});

describe('periodProblems', () => {
  it('names what is wrong with a period, in the order a form reports it', () => {
    expect(periodProblems('2026-01-01', '2026-12-31')).toEqual([]);
    expect(periodProblems('2026-13-01', 'x')).toEqual(['from-invalid', 'to-invalid']);
    expect(periodProblems('2026-02-01', '2026-01-31')).toEqual(['order']);
    expect(periodProblems('2020-01-01', '2024-12-31')).toEqual([]);
    expect(periodProblems('2020-01-01', '2025-01-05')).toEqual(['too-long']);
  });
});

describe('the shared period helpers (one place for the stores, the lägesbild and the routers)', () => {
  it('todayIn is the Stockholm day of an instant', () => {
    expect(todayIn(new Date('2026-05-09T22:30:00Z'))).toBe('2026-05-10');
    expect(todayIn(new Date('2026-01-09T22:30:00Z'))).toBe('2026-01-09');
  });

  it('inPeriod and overlapsPeriod include both ends and treat a missing end as open', () => {
    expect([inPeriod('2026-01-01', { from: '2026-01-01', to: '2026-01-31' }), inPeriod('2026-02-01', { to: '2026-01-31' }), inPeriod('1999-01-01', {})]).toEqual([true, false, true]);
    const r = { from: '2026-01-10', to: '2026-01-20' };
    expect([overlapsPeriod(r, { from: '2026-01-20' }), overlapsPeriod(r, { to: '2026-01-09' }), overlapsPeriod(r, { from: '2026-01-01', to: '2026-01-10' })]).toEqual([true, false, true]);
  });

  it('words each period rule once, on its field', () => {
    expect(() => assertPeriod('2026-01-01', '2026-12-31')).not.toThrow();
    expect(() => assertPeriod('2026-13-01', '2026-12-31')).toThrow(expect.objectContaining({ code: 'BAD_REQUEST', field: 'from', message: 'Ange periodens första dag som ÅÅÅÅ-MM-DD.' }));
    expect(() => assertPeriod('2026-02-01', '2026-01-31')).toThrow(expect.objectContaining({ field: 'to', message: 'Slutdatumet måste vara samma som eller efter startdatumet.' }));
    expect(periodError('too-long')).toMatchObject({ field: 'to', message: 'Perioden får vara högst fem år.' });
  });

  it('labels the report form’s fields from the one table the guard uses', () => {
    for (const [path, label] of Object.entries(REPORT_FIELD_LABELS)) expect(fieldLabel(path, 'reports.submit')).toBe(label);
  });
});
