import { describe, expect, it } from 'vitest';
import type { Statement } from '../../../api/domain/types.ts';
import { emptyStatement, fieldOrder, formOf, localErrors, saveInput, validateStatement, type StatementForm } from '../../../site/components/workspace/statements/statement-form.ts';

const row = (over: Partial<StatementForm['observations'][number]> = {}): StatementForm['observations'][number] => ({
  key: 'k1', milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: '2', date: '2026-03-01', text: 'Flygblad.', ...over,
});
const form = (over: Partial<StatementForm> = {}): StatementForm => ({ ...emptyStatement('2026-11-28'), source: 'polis', summary: 'Lugnt.', ...over });

describe('the statement form', () => {
  it('starts with the calendar year of today and no source', () => {
    expect(emptyStatement('2026-11-28')).toEqual({ source: '', from: '2026-01-01', to: '2026-12-31', summary: '', nothingToReport: false, observations: [] });
  });

  it('asks for a source, a period in order, and a summary or observations unless there is nothing to report', () => {
    expect(validateStatement(form())).toEqual({});
    expect(Object.keys(validateStatement(form({ source: '', to: '2025-12-31', summary: '' })))).toEqual(['source', 'to', 'summary']);
    expect(validateStatement(form({ summary: '', nothingToReport: true }))).toEqual({});
    expect(validateStatement(form({ summary: '', observations: [row()] }))).toEqual({});
  });

  it('checks each observation row by its key, dates within the period', () => {
    const errors = validateStatement(form({ observations: [row({ milieu: '', count: '0', date: '2027-01-01', area: ' ' })] }));
    expect(Object.keys(errors)).toEqual(['obs.k1.milieu', 'obs.k1.area', 'obs.k1.count', 'obs.k1.date']);
    expect(errors['obs.k1.date']).toBe('Datumet måste ligga inom perioden.');
  });

  it('sends numbers, ids and no observations when there is nothing to report', () => {
    const f = form({ id: 's1', baseUpdatedAt: '2026-07-01T08:00:00.000Z', observations: [row({ id: 'o1' })] });
    expect(saveInput(f, 'd1')).toEqual({
      id: 's1', baseUpdatedAt: '2026-07-01T08:00:00.000Z', districtId: 'd1', from: '2026-01-01', to: '2026-12-31', source: 'polis', summary: 'Lugnt.', nothingToReport: false,
      observations: [{ id: 'o1', milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 2, date: '2026-03-01', text: 'Flygblad.' }],
    });
    expect(saveInput({ ...f, nothingToReport: true }, 'd1').observations).toEqual([]);
  });

  it('places the server’s field paths on the fields and rows, and keeps the rest unplaced', () => {
    const f = form({ observations: [row(), row({ key: 'k2' })] });
    expect(localErrors({ summary: 'A', 'observations.1.text': 'B', 'observations.7.text': 'C', csv: 'D' }, f)).toEqual({
      errors: { summary: 'A', 'obs.k2.text': 'B' },
      unplaced: ['C', 'D'],
    });
    expect(fieldOrder(f).indexOf('summary')).toBeLessThan(fieldOrder(f).indexOf('obs.k1.text'));
  });

  it('loads a saved statement for editing with its version', () => {
    const s = { id: 's1', updatedAt: 'u', source: 'ia', from: '2026-01-01', to: '2026-06-30', summary: '', nothingToReport: true, observations: [] } as Pick<Statement, 'id' | 'updatedAt' | 'source' | 'from' | 'to' | 'summary' | 'nothingToReport' | 'observations'>;
    expect(formOf(s)).toEqual({ id: 's1', baseUpdatedAt: 'u', source: 'ia', from: '2026-01-01', to: '2026-06-30', summary: '', nothingToReport: true, observations: [] });
  });
});
