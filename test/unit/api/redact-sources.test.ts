// Redaction's reach into the lägesbild's other sources (issue 11): which
// fields of reports, statements, survey rounds and imports are taken, and
// that a record without the text comes back as the same object.
import { describe, expect, it } from 'vitest';
import { redactImport, redactionNeedle, redactReport, redactStatement, redactSurvey, REDACTED, sourceEdits } from '../../../api/domain/redact.ts';
import type { Observation, ObservationImport, Report, Statement, Survey, SurveyAnswers } from '../../../api/domain/types.ts';

const needle = redactionNeedle('Hemliga Bananflugan');
const AT = '2026-03-01T09:00:00.000Z';
const obs = (text: string, area = 'Rinkeby'): Observation => ({ id: 'o1', milieu: 'oklar', category: 'hot', source: 'polis', area, count: 1, date: '2026-02-01', text });

const report: Report = {
  id: 'r1',
  districtId: 'd1',
  receipt: 'ABC-123',
  receivedAt: AT,
  date: '2026-02-01',
  area: 'Hemliga bananflugans gård',
  text: 'hemliga  bananflugan hotade personal',
  status: 'accepted',
  triage: { at: AT, by: 'acc', note: 'Gäller hemliga bananflugan' },
  observation: obs('hemliga bananflugan hotade personal'),
};

describe('redaction of the other sources', () => {
  it('takes a report’s text, area, triage note and observation, leaving its status and receipt', () => {
    const { record, replaced } = redactReport(report, needle);
    expect(replaced).toBe(4);
    expect(record).toMatchObject({
      area: `${REDACTED}s gård`,
      text: `${REDACTED} hotade personal`,
      triage: { note: `Gäller ${REDACTED}` },
      observation: { text: `${REDACTED} hotade personal`, area: 'Rinkeby', count: 1 },
      status: 'accepted',
      receipt: 'ABC-123',
    });
    expect(report.text).toBe('hemliga  bananflugan hotade personal');
  });

  it('takes a statement’s summary and its observations’ text and area', () => {
    const statement: Statement = {
      id: 's1', districtId: 'd1', from: '2026-01-01', to: '2026-06-30', source: 'polis', summary: 'Om HEMLIGA BANANFLUGAN.', nothingToReport: false,
      observations: [obs('inget', 'hemliga bananflugan')], createdAt: AT, createdBy: 'a', updatedAt: AT, updatedBy: 'a',
    };
    const { record, replaced } = redactStatement(statement, needle);
    expect(replaced).toBe(2);
    expect(record.summary).toBe(`Om ${REDACTED}.`);
    expect(record.observations[0].area).toBe(REDACTED);
  });

  it('takes survey comments, and units with nothing to take stay as they are', () => {
    const answers: SurveyAnswers = {
      incidents: [], awareness: { plan: 'helt', guidance: 'helt', routine: 'helt', form: 'helt' }, staffAwareness: { plan: 'inte', guidance: 'inte', routine: 'inte', form: 'inte' },
      collaboration: { polis: 'har', socialtjanst: 'har', skola: 'har', civilsamhalle: 'har', samfund: 'har', fastighetsagare: 'har' }, staffKnowledge: 'god', staff: 10, courseCompleted: 2,
    };
    const survey: Survey = {
      id: 'v1', districtId: 'd1', year: 2026, closesOn: '2026-04-30', createdAt: AT, createdBy: 'a', updatedAt: AT,
      units: [
        { id: 'u1', name: 'Exempelskolan', token: 't1', response: { at: AT, answers: { ...answers, comment: 'Hemliga bananflugan syns.' } } },
        { id: 'u2', name: 'Exempelförskolan', token: 't2' },
      ],
    };
    const { record, replaced } = redactSurvey(survey, needle);
    expect(replaced).toBe(1);
    expect(record.units[0].response?.answers.comment).toBe(`${REDACTED} syns.`);
    expect(record.units[1]).toBe(survey.units[1]);
  });

  it('takes survey unit names, with or without an answer', () => {
    const survey: Survey = {
      id: 'v2', districtId: 'd1', year: 2026, closesOn: '2026-04-30', createdAt: AT, createdBy: 'a', updatedAt: AT,
      units: [
        { id: 'u1', name: 'Hemliga bananflugans familjedaghem', token: 't1' },
        { id: 'u2', name: 'Exempelförskolan', token: 't2' },
      ],
    };
    const { record, replaced } = redactSurvey(survey, needle);
    expect(replaced).toBe(1);
    expect(record.units[0]).toEqual({ id: 'u1', name: `${REDACTED}s familjedaghem`, token: 't1' });
    expect(record.units[1]).toBe(survey.units[1]);
  });

  it('takes imported observations’ text', () => {
    const batch: ObservationImport = { id: 'i1', districtId: 'd1', from: '2025-01-01', to: '2025-12-31', importedAt: AT, importedBy: 'a', observations: [obs('hemliga bananflugan')] };
    expect(redactImport(batch, needle).record.observations[0].text).toBe(REDACTED);
  });

  it('returns the same object when a record holds nothing to take, so copies are left untouched', () => {
    const clean = { ...report, area: 'Rinkeby', text: 'Klotter.', triage: undefined, observation: obs('Klotter.') };
    expect(redactReport(clean, needle)).toEqual({ record: clean, replaced: 0 });
    expect(sourceEdits(needle).report(clean)).toBe(clean);
    // "Hanna" never loses its end to "Anna".
    const anna = redactionNeedle('Anna Exempel');
    expect(redactReport({ ...clean, text: 'Hanna Exempel' }, anna).replaced).toBe(0);
  });
});
