import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../api/domain/errors.ts';
import type { ObservationInput } from '../../../api/domain/minutes.ts';
import { assertValidStatement, buildStatement, type StatementInput } from '../../../api/domain/statements.ts';

const obs = (over: Partial<ObservationInput> = {}): ObservationInput => ({
  milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 2, date: '2026-02-01', text: 'Klistermärken vid centrum.', ...over,
});
const base: StatementInput = { districtId: 'd1', from: '2026-01-01', to: '2026-06-30', source: 'polis', summary: 'Polisens bild: lugnt första halvåret.' };
const change = (now = '2026-07-01T08:00:00.000Z', prefix = 'n') => {
  let n = 0;
  return { actorId: 'u1', now, newId: () => `${prefix}${++n}` };
};

function refusal(input: StatementInput): DomainError {
  try {
    assertValidStatement(input);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('partners’ statements', () => {
  it('accepts a summary, observations, or nothing to report with an empty summary', () => {
    expect(() => assertValidStatement(base)).not.toThrow();
    expect(() => assertValidStatement({ ...base, summary: '', observations: [obs()] })).not.toThrow();
    expect(() => assertValidStatement({ ...base, summary: '', nothingToReport: true })).not.toThrow();
  });

  it('needs a summary or observations unless there is nothing to report', () => {
    const e = refusal({ ...base, summary: '   ' });
    expect([e.code, e.field]).toEqual(['BAD_REQUEST', 'summary']);
    expect(e.message).toContain('Inget att rapportera');
  });

  it('refuses observations together with nothing to report', () => {
    expect(refusal({ ...base, nothingToReport: true, observations: [obs()] }).field).toBe('observations');
  });

  it('checks the period and keeps observation dates inside it', () => {
    expect(refusal({ ...base, from: '2026-02-30' }).field).toBe('from');
    expect(refusal({ ...base, to: '2025-12-31' }).field).toBe('to');
    expect(refusal({ ...base, to: '2032-01-01' }).message).toContain('fem år');
    const late = refusal({ ...base, observations: [obs(), obs({ date: '2026-07-01' })] });
    expect(late.field).toBe('observations.1.date');
    expect(late.message).toContain('Observation 2');
    expect(refusal({ ...base, observations: [obs({ date: '2025-12-31' })] }).field).toBe('observations.0.date');
  });

  it('guards the summary and the observations, naming the field', () => {
    const summary = refusal({ ...base, summary: 'Polisen nämner Kalle Svensson.' });
    expect(summary.field).toBe('summary');
    expect(summary.message).toContain('”Sammanfattning”');
    expect(summary.message).not.toContain('Svensson');
    const text = refusal({ ...base, observations: [obs({ text: 'Ring 070-123 45 67.' })] });
    expect(text.field).toBe('observations.0.text');
    expect(text.span).toBeDefined();
    // Split across the observation's area and text.
    expect(refusal({ ...base, observations: [obs({ area: 'Rinkeby 811218', text: '-9876 sågs' })] }).field).toBe('observations.0.area');
  });

  it('builds a new statement and keeps id, creation and observation ids on edit', () => {
    const first = buildStatement(undefined, { ...base, observations: [obs({ area: ' Husby ' })] }, change());
    expect(first).toMatchObject({ id: 'n2', districtId: 'd1', source: 'polis', nothingToReport: false, createdBy: 'u1', updatedAt: '2026-07-01T08:00:00.000Z' });
    expect(first.observations).toEqual([{ ...obs(), id: 'n1', area: 'Husby' }]);
    const edited = buildStatement(
      first,
      { ...base, summary: 'Ändrad.', observations: [obs({ id: 'n1', count: 3 }), obs({ id: 'n1' }), obs({ id: 'foreign' })], baseUpdatedAt: first.updatedAt },
      { ...change('2026-07-02T08:00:00.000Z', 'e'), actorId: 'u2' },
    );
    expect(edited.id).toBe(first.id);
    expect(edited.createdAt).toBe(first.createdAt);
    expect([edited.updatedBy, edited.summary]).toEqual(['u2', 'Ändrad.']);
    // An id is kept once, and only if it was this statement's.
    expect(edited.observations.map((o) => o.id)).toEqual(['n1', 'e1', 'e2']);
    expect(edited.observations[0].count).toBe(3);
  });

  it('refuses a save based on an older version', () => {
    const first = buildStatement(undefined, base, change());
    let e: unknown;
    try {
      buildStatement(first, { ...base, baseUpdatedAt: '2026-01-01T00:00:00.000Z' }, change());
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('CONFLICT');
  });
});
