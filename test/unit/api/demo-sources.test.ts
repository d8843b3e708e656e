// The demo's other sources of the lägesbild (issue 11): reports in every
// state, this year's survey round half answered, partners' statements with
// one "nothing to report"; the same for the same `now`, de-identified, and
// counted by the lägesbild beside the forums.
import { describe, expect, it } from 'vitest';
import { assertDeidentified, type GuardedField } from '../../../api/domain/deidentify.ts';
import { compileLagesbild } from '../../../api/domain/lagesbild.ts';
import { addDays, stockholmDate } from '../../../api/domain/periods.ts';
import { isReceipt } from '../../../api/domain/reports.ts';
import { checkedAnswers, isPlausibleSurveyToken, surveyResults } from '../../../api/domain/surveys.ts';
import { seedDemoData } from '../../../api/seed/demo-data.ts';
import { createMemoryStore, type MemoryStore } from '../../fixtures/memory-store.ts';

const NOW = new Date('2026-03-10T09:00:00Z');
const fastHash = async (p: string) => `x:${p}`;
let counter = 0;

async function seed(now = NOW) {
  const store = createMemoryStore({ now: () => now });
  await seedDemoData(store, { now, newId: () => `id-${++counter}`, hash: fastHash });
  return store;
}

/** Everything about the sources except ids, receipts and tokens. */
async function shape(store: MemoryStore) {
  const out: unknown[] = [];
  for (const d of await store.listDistricts()) {
    const reports = await store.listReports({ districtId: d.id });
    out.push(reports.map(({ id: _id, receipt: _r, triage, observation, ...rest }) => ({ ...rest, triage: triage && { ...triage, by: 'x' }, observation: observation && { ...observation, id: 'x' } })));
    out.push((await store.listSurveys({ districtId: d.id })).map((s) => ({ ...s, id: 'x', createdBy: 'x', units: s.units.map(({ id: _id, token: _t, ...u }) => u) })));
    out.push((await store.listStatements({ districtId: d.id })).map((s) => ({ ...s, id: 'x', createdBy: 'x', updatedBy: 'x', observations: s.observations.map((o) => ({ ...o, id: 'x' })) })));
  }
  return out;
}

describe('the demo’s other sources', () => {
  it('are the same for the same `now`, ids, receipts and tokens aside', async () => {
    expect(await shape(await seed())).toEqual(await shape(await seed()));
  });

  it('give every district new, accepted and one rejected report, dated before now and within retention', async () => {
    const store = await seed();
    const today = stockholmDate(NOW.toISOString());
    for (const d of await store.listDistricts()) {
      const reports = await store.listReports({ districtId: d.id });
      const count = (status: string) => reports.filter((r) => r.status === status).length;
      expect(count('new'), d.id).toBeGreaterThanOrEqual(2);
      expect(count('accepted'), d.id).toBeGreaterThanOrEqual(3);
      expect(count('rejected'), d.id).toBe(1);
      for (const r of reports) {
        expect(isReceipt(r.receipt)).toBe(true);
        expect(d.areas).toContain(r.area);
        expect(r.date <= today).toBe(true);
        expect(r.date >= addDays(today, -365)).toBe(true);
        expect(Date.parse(r.receivedAt)).toBeLessThan(NOW.getTime());
        expect(stockholmDate(r.receivedAt) >= r.date).toBe(true);
        if (r.status === 'accepted') expect(r.observation).toMatchObject({ area: r.area, date: r.date, count: 1 });
        else expect(r.observation).toBeUndefined();
        if (r.status !== 'new') expect(Date.parse(r.triage!.at)).toBeLessThan(NOW.getTime());
      }
      expect(reports.find((r) => r.status === 'rejected')!.triage!.note).toMatch(/\S/);
    }
  });

  it('open this year’s survey round with fictional units, some answered by the rules, the link still open', async () => {
    const store = await seed();
    const today = stockholmDate(NOW.toISOString());
    for (const d of await store.listDistricts()) {
      const rounds = await store.listSurveys({ districtId: d.id });
      expect(rounds).toHaveLength(1);
      const [round] = rounds;
      expect(round!.year).toBe(Number(today.slice(0, 4)));
      expect(round!.closesOn >= today).toBe(true);
      expect(round!.units.length).toBeGreaterThanOrEqual(3);
      for (const u of round!.units) {
        expect(u.name).toMatch(/exempel/i);
        expect(isPlausibleSurveyToken(u.token)).toBe(true);
        expect((await store.findSurveyByToken(u.token))?.id).toBe(round!.id);
        if (u.response) expect(checkedAnswers(u.response.answers)).toEqual(u.response.answers);
      }
      const results = surveyResults(round!);
      expect(results.responded).toBeGreaterThan(0);
      expect(results.responded).toBeLessThan(results.units);
      expect(results.courseCompleted).toBeLessThan(results.staff);
    }
    // Tokens are random, never derived from the seed.
    const tokens = async (s: MemoryStore) => (await s.listDistricts()).length && (await s.listSurveys({ districtId: 'rinkeby-kista' }))[0]!.units.map((u) => u.token);
    expect(await tokens(await seed())).not.toEqual(await tokens(await seed()));
  });

  it('record statements from the police, a specialist department and civil society (nothing to report), and the police’s the year before', async () => {
    const store = await seed();
    const today = stockholmDate(NOW.toISOString());
    for (const d of await store.listDistricts()) {
      const current = await store.listStatements({ districtId: d.id, from: addDays(today, -364), to: today });
      expect(current.map((s) => s.source).sort()).toEqual(['civilsamhalle', 'fackforvaltning', 'polis']);
      expect(current.find((s) => s.source === 'civilsamhalle')).toMatchObject({ nothingToReport: true, observations: [] });
      for (const s of current.filter((x) => !x.nothingToReport)) {
        expect(s.observations.length).toBeGreaterThan(0);
        for (const o of s.observations) {
          expect(o.date >= s.from && o.date <= s.to).toBe(true);
          expect(d.areas).toContain(o.area);
        }
      }
      const before = await store.listStatements({ districtId: d.id, from: addDays(today, -729), to: addDays(today, -365) });
      expect(before.map((s) => s.source)).toEqual(['polis']);
    }
  });

  it('hold only de-identified text, written once each by the seed', async () => {
    const store = await seed();
    const fields: GuardedField[] = [];
    const add = (label: string, text: string | undefined) => text && fields.push({ path: label, label, text });
    for (const d of await store.listDistricts()) {
      for (const r of await store.listReports({ districtId: d.id })) {
        add('report.text', r.text);
        add('report.area', r.area);
        add('report.note', r.triage?.note);
        add('report.observation', r.observation?.text);
      }
      for (const s of await store.listSurveys({ districtId: d.id })) {
        for (const u of s.units) {
          add('unit.name', u.name);
          add('unit.comment', u.response?.answers.comment);
        }
      }
      for (const s of await store.listStatements({ districtId: d.id })) {
        add('statement.summary', s.summary);
        s.observations.forEach((o) => add('statement.observation', o.text));
      }
    }
    expect(fields.length).toBeGreaterThan(40);
    expect(() => assertDeidentified(fields)).not.toThrow();
    const audit = (await store.auditLog()).filter((e) => ['report', 'survey', 'statement'].includes(e.recordType));
    expect(audit.every((e) => e.actorId === 'system' && e.procedure === 'seed.demo')).toBe(true);
    expect(new Set(audit.map((e) => e.recordId)).size).toBe(audit.length);
  });

  it('count in the lägesbild beside the forums, each with its origin', async () => {
    const store = await seed();
    const to = stockholmDate(NOW.toISOString());
    const from = addDays(to, -364);
    for (const district of await store.listDistricts()) {
      const q = { districtId: district.id };
      const lagesbild = compileLagesbild({
        district,
        forums: await store.listForums(q),
        meetings: await store.listMeetings(q),
        reports: await store.listReports(q),
        statements: await store.listStatements(q),
        imports: await store.listImports(q),
        surveys: await store.listSurveys(q),
        from,
        to,
      });
      const { current } = lagesbild;
      expect(current.reports.received, district.id).toBe(8);
      expect(current.reports.accepted).toBe(4);
      expect(current.reports.rejected).toBe(1);
      expect(current.byOrigin.report).toBe(4);
      expect(current.byOrigin.statement).toBeGreaterThan(0);
      expect(current.byOrigin.minutes).toBeGreaterThan(0);
      expect(current.survey).toMatchObject({ units: 5, responded: 3 });
    }
  });

  it.each(['2025-12-31T23:30:00Z', '2026-01-01T00:30:00Z', '2024-02-29T08:00:00Z'])('seed without error for now = %s', async (at) => {
    const store = await seed(new Date(at));
    for (const d of await store.listDistricts()) {
      const [round] = await store.listSurveys({ districtId: d.id });
      expect(round!.year).toBe(Number(stockholmDate(at).slice(0, 4)));
    }
  });
});
