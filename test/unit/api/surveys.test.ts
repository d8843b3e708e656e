// The survey's rules: opening a round, tokens, answering until the closing
// day, and the results of a round of three units of which two answered,
// computed by hand.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../api/domain/errors.ts';
import {
  answerSurvey,
  changeSurvey,
  checkedAnswers,
  isPlausibleSurveyToken,
  newSurveyToken,
  openSurvey,
  surveyIsOpen,
  surveyLink,
  surveyResults,
  type SurveyDeps,
} from '../../../api/domain/surveys.ts';
import type { Survey, SurveyAnswers } from '../../../api/domain/types.ts';

const NOW = new Date('2027-02-10T10:00:00Z');

function deps(now = NOW): SurveyDeps {
  let n = 0;
  let r = 0;
  // Each token a different, predictable run of bytes.
  return { now, newId: () => `id-${++n}`, random: (k) => Uint8Array.from({ length: k }, (_, i) => (i + 7 * ++r) % 256), actorId: 'coordinator' };
}

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

const answers = (over: Partial<SurveyAnswers> = {}): SurveyAnswers => ({
  incidents: [],
  awareness: { plan: 'helt', guidance: 'helt', routine: 'delvis', form: 'inte' },
  staffAwareness: { plan: 'delvis', guidance: 'inte', routine: 'inte', form: 'inte' },
  collaboration: { polis: 'har', socialtjanst: 'har', skola: 'onskar', civilsamhalle: 'nej', samfund: 'nej', fastighetsagare: 'onskar' },
  staffKnowledge: 'liten',
  staff: 10,
  courseCompleted: 2,
  ...over,
});

const round = (closesOn = '2027-03-15') =>
  openSurvey({ districtId: 'rinkeby-kista', year: 2027, closesOn, units: [{ name: 'Husby förskola', staff: 40 }, { name: 'Kista fritidsgård' }, { name: 'Rinkeby skola' }] }, deps());

describe('tokens', () => {
  it('are 128 random bits in base64url, from the injected source', () => {
    const token = newSurveyToken(() => new Uint8Array(16).fill(255));
    expect(token).toBe('_____________________w');
    expect(token).toHaveLength(22);
    expect(isPlausibleSurveyToken(token)).toBe(true);
    expect(isPlausibleSurveyToken('abc')).toBe(false);
    expect(isPlausibleSurveyToken(`${token}=`)).toBe(false);
  });

  it('put the token in the fragment of the link', () => {
    expect(surveyLink('https://vbe.example/', 'abc_-')).toBe('https://vbe.example/enkat/#t=abc_-');
  });
});

describe('opening a round', () => {
  it('gives every unit its own id and token, names trimmed', () => {
    const s = openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-02-10', units: [{ name: '  Husby   förskola ', staff: 0 }, { name: 'Akalla skola' }] }, deps());
    expect(s.units.map((u) => u.name)).toEqual(['Husby förskola', 'Akalla skola']);
    expect(s.units[0]!.staff).toBe(0);
    expect(new Set(s.units.map((u) => u.token)).size).toBe(2);
    expect(s.units.every((u) => isPlausibleSurveyToken(u.token))).toBe(true);
    expect(s.createdBy).toBe('coordinator');
  });

  it('refuses a past closing day (Stockholm), a year out of range, no units, too many and doubles', () => {
    // 23:30 UTC on 10 February is already 11 February in Stockholm.
    expect(refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-02-10', units: [{ name: 'A-skolan' }] }, deps(new Date('2027-02-10T23:30:00Z')))).field).toBe('closesOn');
    expect(refusal(() => openSurvey({ districtId: 'd', year: 1999, closesOn: '2027-03-01', units: [{ name: 'A-skolan' }] }, deps())).field).toBe('year');
    expect(refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: [] }, deps())).field).toBe('units');
    const many = Array.from({ length: 201 }, (_, i) => ({ name: `Enhet ${i}` }));
    expect(refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: many }, deps())).field).toBe('units');
    const dup = refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: [{ name: 'Husby förskola' }, { name: 'husby  FÖRSKOLA' }] }, deps()));
    expect(dup.field).toBe('units.1.name');
    expect(refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: [{ name: ' ' }] }, deps())).field).toBe('units.0.name');
    expect(refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: [{ name: 'A-skolan', staff: -1 }] }, deps())).field).toBe('units.0.staff');
    expect(refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: [{ name: 'A-skolan', staff: 1.5 }] }, deps())).field).toBe('units.0.staff');
  });

  it('passes unit names through the guard: a unit, not a person', () => {
    const e = refusal(() => openSurvey({ districtId: 'd', year: 2027, closesOn: '2027-03-01', units: [{ name: 'Kista bibliotek' }, { name: 'Kalle Svensson' }] }, deps()));
    expect(e.field).toBe('units.1.name');
    expect(e.message).toContain('namn');
  });

  it('adds units later without doubles and moves the closing day, never into the past', () => {
    const s = round();
    const changed = changeSurvey(s, { closesOn: '2027-04-01', addUnits: [{ name: 'Akalla bibliotek', staff: 5 }] }, deps());
    expect(changed.units).toHaveLength(4);
    expect(changed.units[3]!.name).toBe('Akalla bibliotek');
    expect(changed.closesOn).toBe('2027-04-01');
    expect(refusal(() => changeSurvey(s, { addUnits: [{ name: 'rinkeby skola' }] }, deps())).field).toBe('addUnits.0.name');
    expect(refusal(() => changeSurvey(s, { closesOn: '2027-02-09' }, deps())).field).toBe('closesOn');
  });
});

describe('answering', () => {
  it('takes an answer, then a correction, until the closing day in Stockholm', () => {
    const s = round('2027-03-15');
    const token = s.units[1]!.token;
    const first = answerSurvey(s, token, answers(), NOW);
    expect(first.correcting).toBe(false);
    expect(first.survey.units[1]!.response?.answers.staff).toBe(10);
    // 22:59 UTC on 15 March is 23:59 in Stockholm: still the closing day.
    const second = answerSurvey(first.survey, token, answers({ staff: 12 }), new Date('2027-03-15T22:59:00Z'));
    expect(second.correcting).toBe(true);
    expect(second.survey.units[1]!.response?.answers.staff).toBe(12);
    const closed = refusal(() => answerSurvey(second.survey, token, answers(), new Date('2027-03-15T23:00:00Z')));
    expect(closed.code).toBe('CONFLICT');
    expect(surveyIsOpen(s, new Date('2027-03-15T23:00:00Z'))).toBe(false);
  });

  it('refuses impossible numbers, too many rows, unknown codes and personal data in the comment', () => {
    const field = (a: SurveyAnswers) => refusal(() => checkedAnswers(a)).field;
    expect(field(answers({ courseCompleted: 11 }))).toBe('answers.courseCompleted');
    expect(field(answers({ staff: -1 }))).toBe('answers.staff');
    expect(field(answers({ staff: 100_001, courseCompleted: 0 }))).toBe('answers.staff');
    expect(field(answers({ staff: 2.5 }))).toBe('answers.staff');
    expect(field(answers({ incidents: [{ milieu: 'autonoma', category: 'klotter', count: -1 }] }))).toBe('answers.incidents.0.count');
    expect(field(answers({ incidents: [{ milieu: 'autonoma', category: 'klotter', count: 0.5 }] }))).toBe('answers.incidents.0.count');
    expect(field(answers({ incidents: [{ milieu: 'okänd' as never, category: 'klotter', count: 1 }] }))).toBe('answers.incidents.0.milieu');
    expect(field(answers({ incidents: Array.from({ length: 51 }, () => ({ milieu: 'oklar' as const, category: 'ovrigt' as const, count: 1 })) }))).toBe('answers.incidents');
    expect(field(answers({ staffKnowledge: 'stor' as never }))).toBe('answers.staffKnowledge');
    expect(field(answers({ awareness: { plan: 'helt', guidance: 'helt', routine: 'kanske' as never, form: 'inte' } }))).toBe('answers.awareness.routine');
    expect(field(answers({ comment: 'x'.repeat(2_001) }))).toBe('answers.comment');
    // The span is in the text as sent, leading spaces included: "  Ring mig på " is 14 characters.
    const guarded = refusal(() => checkedAnswers(answers({ comment: '  Ring mig på 070-123 45 67' })));
    expect(guarded.field).toBe('answers.comment');
    expect(guarded.span).toEqual({ start: 14, end: 27 });
  });

  it('stores a clean answer: zero incidents allowed, comment trimmed, an empty comment left out', () => {
    const a = checkedAnswers(answers({ incidents: [{ milieu: 'oklar', category: 'ovrigt', count: 0 }], comment: '  Bra enkät.\r\n ' }));
    expect(a.comment).toBe('Bra enkät.');
    expect(a.incidents[0]!.count).toBe(0);
    expect('comment' in checkedAnswers(answers({ comment: '   ' }))).toBe(false);
  });
});

describe('surveyResults', () => {
  it('counts a round of three units of which two answered, as worked out by hand', () => {
    const s: Survey = round();
    const [a, b] = s.units;
    let answered = answerSurvey(s, a!.token, answers({
      staff: 40,
      courseCompleted: 12,
      incidents: [
        { milieu: 'islamistisk', category: 'asiktsyttring', count: 2 },
        { milieu: 'autonoma', category: 'propaganda', count: 3 },
      ],
      comment: 'Affischer vid busshållplatsen.',
    }), NOW).survey;
    answered = answerSurvey(answered, b!.token, answers({
      staff: 25,
      courseCompleted: 5,
      awareness: { plan: 'delvis', guidance: 'inte', routine: 'inte', form: 'inte' },
      staffAwareness: { plan: 'inte', guidance: 'inte', routine: 'inte', form: 'inte' },
      collaboration: { polis: 'onskar', socialtjanst: 'har', skola: 'har', civilsamhalle: 'onskar', samfund: 'nej', fastighetsagare: 'nej' },
      staffKnowledge: 'ingen',
      incidents: [{ milieu: 'islamistisk', category: 'asiktsyttring', count: 1 }],
    }), NOW).survey;

    const r = surveyResults(answered);
    // Three units, two answered: 2 / 3.
    expect(r.units).toBe(3);
    expect(r.responded).toBe(2);
    expect(r.responseRate).toBeCloseTo(2 / 3, 10);
    // Staff 40 + 25 = 65 (the third unit's 0 answers add nothing; its listed staff does not count); course 12 + 5 = 17.
    expect(r.staff).toBe(65);
    expect(r.courseCompleted).toBe(17);
    // Incidents: islamistisk/åsiktsyttring 2 + 1 = 3, autonoma/propaganda 3; total 6.
    expect(r.incidents.total).toBe(6);
    expect(r.incidents.byMilieu).toEqual({ autonoma: 3, 'vit-makt': 0, islamistisk: 3, oklar: 0 });
    expect(r.incidents.byCategory.asiktsyttring).toBe(3);
    expect(r.incidents.byCategory.propaganda).toBe(3);
    expect(r.incidents.rows).toEqual([
      { milieu: 'autonoma', category: 'propaganda', count: 3 },
      { milieu: 'islamistisk', category: 'asiktsyttring', count: 3 },
    ]);
    // Managers: plan helt (A) + delvis (B); guidance helt (A) + inte (B); routine delvis (A) + inte (B); form inte + inte.
    expect(r.awareness).toEqual({
      plan: { helt: 1, delvis: 1, inte: 0 },
      guidance: { helt: 1, delvis: 0, inte: 1 },
      routine: { helt: 0, delvis: 1, inte: 1 },
      form: { helt: 0, delvis: 0, inte: 2 },
    });
    // Staff: plan delvis (A) + inte (B); everything else inte + inte.
    expect(r.staffAwareness.plan).toEqual({ helt: 0, delvis: 1, inte: 1 });
    expect(r.staffAwareness.form).toEqual({ helt: 0, delvis: 0, inte: 2 });
    // Police: har (A) + önskar (B); schools: önskar (A) + har (B); faith communities: nej + nej.
    expect(r.collaboration.polis).toEqual({ har: 1, onskar: 1, nej: 0 });
    expect(r.collaboration.skola).toEqual({ har: 1, onskar: 1, nej: 0 });
    expect(r.collaboration.samfund).toEqual({ har: 0, onskar: 0, nej: 2 });
    // Knowledge: liten (A), ingen (B).
    expect(r.staffKnowledge).toEqual({ ingen: 1, liten: 1, god: 0, 'mycket-god': 0 });
    expect(r.perUnit).toEqual([
      { id: a!.id, name: 'Husby förskola', answeredAt: NOW.toISOString(), staff: 40, courseCompleted: 12, incidents: 5, comment: 'Affischer vid busshållplatsen.' },
      { id: b!.id, name: 'Kista fritidsgård', answeredAt: NOW.toISOString(), staff: 25, courseCompleted: 5, incidents: 1, comment: null },
      { id: s.units[2]!.id, name: 'Rinkeby skola', answeredAt: null, staff: null, courseCompleted: null, incidents: null, comment: null },
    ]);
  });

  it('gives a rate of 0, not NaN, for a round without answers', () => {
    const r = surveyResults(round());
    expect(r.responseRate).toBe(0);
    expect(r.staff).toBe(0);
  });
});
