// The saved lägesbild's rules, pure (api/domain/lagesbild-doc.ts) and its redaction (redact.ts).
import { describe, expect, it } from 'vitest';
import { adoptLagesbild, appendLagesbildRedaction, latestVersion, newLagesbild, reopenLagesbild, saveLagesbild } from '../../../api/domain/lagesbild-doc.ts';
import type { Lagesbild } from '../../../api/domain/lagesbild.ts';
import { LAGESBILD_LIMITS } from '../../../api/domain/limits.ts';
import { REDACTED, redactionNeedle, redactLagesbild } from '../../../api/domain/redact.ts';
import { expectDomainError } from '../../fixtures/domain-helpers.ts';

const change = (now: string) => ({ actorId: 'u1', now, newId: () => 'lb1' });
const input = { districtId: 'd1', from: '2025-01-01', to: '2025-12-31', sections: { summary: ' Läget. ', analysis: 'Analys.', needs: '' } };
const figures = { districtId: 'd1', current: { byArea: [{ area: 'Exempelby', count: 3 }] } } as unknown as Lagesbild;

describe('the saved lägesbild', () => {
  it('starts at version 1 with trimmed sections and adds a version per save', () => {
    const doc = newLagesbild(input, change('2026-01-10T10:00:00Z'));
    expect(doc).toMatchObject({ id: 'lb1', status: 'draft', sections: { summary: 'Läget.' }, versions: [{ version: 1, change: 'save' }] });
    const next = saveLagesbild(doc, { ...input, id: 'lb1', baseVersion: 1 }, change('2026-01-11T10:00:00Z'));
    expect(latestVersion(next)).toBe(2);
    expect(next.updatedAt).toBe('2026-01-11T10:00:00Z');
  });

  it('refuses a reversed period, a section over its limit and identifying data, naming the field', () => {
    expectDomainError(() => newLagesbild({ ...input, from: '2026-01-01', to: '2025-01-01' }, change('2026-01-10T10:00:00Z')), 'BAD_REQUEST');
    const long = { ...input, sections: { ...input.sections, needs: 'x'.repeat(LAGESBILD_LIMITS.section + 1) } };
    expect(() => newLagesbild(long, change('2026-01-10T10:00:00Z'))).toThrow(/Behov och förslag/);
    expect(() => newLagesbild({ ...input, sections: { ...input.sections, summary: 'Ring 070-123 45 67.' } }, change('2026-01-10T10:00:00Z'))).toThrow(/Sammanfattning/);
  });

  it('adopts the newest version only, locks it with the figures, and reopens with a reason', () => {
    const doc = newLagesbild(input, change('2026-01-10T10:00:00Z'));
    const adopted = adoptLagesbild(doc, { version: 1, decision: '  Dnr 1.2-3/2026 ' }, figures, change('2026-02-01T10:00:00Z'));
    expect(adopted.adoption).toEqual({ at: '2026-02-01T10:00:00Z', by: 'u1', version: 1, decision: 'Dnr 1.2-3/2026', figures });
    expect(adopted.versions.at(-1)).toMatchObject({ version: 2, change: 'adopt', decision: 'Dnr 1.2-3/2026' });
    expectDomainError(() => saveLagesbild(adopted, { ...input, id: 'lb1' }, change('2026-02-02T10:00:00Z')), 'CONFLICT');
    expectDomainError(() => reopenLagesbild(adopted, ' kort ', change('2026-02-02T10:00:00Z')), 'BAD_REQUEST');
    const reopened = reopenLagesbild(adopted, 'Sena siffror från polisen.', change('2026-02-02T10:00:00Z'));
    expect(reopened).toMatchObject({ status: 'draft', versions: [{}, {}, { version: 3, change: 'reopen', reason: 'Sena siffror från polisen.' }] });
    expect(reopened.adoption).toBeUndefined();
    expectDomainError(() => reopenLagesbild(reopened, 'Igen en gång.', change('2026-02-03T10:00:00Z')), 'CONFLICT');
  });

  it('refuses to adopt an older version and a version that does not exist', () => {
    const doc = saveLagesbild(newLagesbild(input, change('2026-01-10T10:00:00Z')), { ...input, id: 'lb1' }, change('2026-01-11T10:00:00Z'));
    expectDomainError(() => adoptLagesbild(doc, { version: 1 }, figures, change('2026-02-01T10:00:00Z')), 'CONFLICT');
    expectDomainError(() => adoptLagesbild(doc, { version: 3 }, figures, change('2026-02-01T10:00:00Z')), 'BAD_REQUEST');
  });

  it('a redaction since the editor loaded is a conflict for its save', () => {
    const doc = appendLagesbildRedaction(newLagesbild(input, change('2026-01-10T10:00:00Z')), { actorId: 'u1', now: '2026-01-11T10:00:00Z' });
    expectDomainError(() => saveLagesbild(doc, { ...input, id: 'lb1', baseVersion: 1 }, change('2026-01-12T10:00:00Z')), 'CONFLICT');
  });
});

describe('redactLagesbild', () => {
  it('replaces the text in the sections, every version, the decision and the snapshot, counting versions', () => {
    const withName = { ...input, sections: { ...input.sections, analysis: 'Exempelby nämndes.' } };
    const doc = adoptLagesbild(newLagesbild(withName, change('2026-01-10T10:00:00Z')), { version: 1, decision: 'Om Exempelby' }, figures, change('2026-02-01T10:00:00Z'));
    const { record, replaced, versions } = redactLagesbild(doc, redactionNeedle('Exempelby'));
    expect(JSON.stringify(record)).not.toContain('Exempelby');
    expect(record.sections.analysis).toBe(`${REDACTED} nämndes.`);
    expect(replaced).toBe(5);
    expect(versions).toBe(2);
    expect(redactLagesbild(doc, redactionNeedle('Saknas helt')).record).toBe(doc);
  });
});
