// The survey pages' pure parts: the answer form's checks, the answer it
// sends, its draft read back defensively, the token from the fragment, and
// the coordinator's "name; staff" lines.
import { describe, expect, it } from 'vitest';
import { answersOf, draftKey, emptyForm, fieldLabel, formOf, formProblems, inPageOrder, readDraft, saveDraft, startingForm, clearDraft, tokenFromHash, wholeNumber, type AnswerForm, type DraftStorage } from '../../../site/components/workspace/survey/answer-form.ts';
import { lineOfField, parseUnitLines } from '../../../site/components/workspace/surveys/unit-lines.ts';

const filled = (): AnswerForm => ({
  incidents: [{ key: 1, milieu: 'autonoma', category: 'klotter', count: ' 2 ' }],
  awareness: { plan: 'helt', guidance: 'helt', routine: 'delvis', form: 'inte' },
  staffAwareness: { plan: 'inte', guidance: 'inte', routine: 'inte', form: 'inte' },
  collaboration: { polis: 'har', socialtjanst: 'har', skola: 'har', civilsamhalle: 'onskar', samfund: 'nej', fastighetsagare: 'nej' },
  staffKnowledge: 'god',
  staff: '1 200',
  courseCompleted: '300',
  comment: '',
});

function memory(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('the answer form', () => {
  it('names every unanswered question by the server’s field path', () => {
    const problems = formProblems(emptyForm());
    expect(Object.keys(problems)).toEqual(expect.arrayContaining(['answers.awareness.plan', 'answers.staffAwareness.form', 'answers.collaboration.samfund', 'answers.staffKnowledge', 'answers.staff', 'answers.courseCompleted']));
    expect(problems['answers.incidents.0.count']).toBeUndefined();
  });

  it('refuses more course takers than staff, and counts that are not whole numbers', () => {
    expect(formProblems({ ...filled(), courseCompleted: '1201' })['answers.courseCompleted']).toContain('Fler');
    expect(formProblems({ ...filled(), incidents: [{ key: 1, milieu: 'oklar', category: 'ovrigt', count: '1,5' }] })['answers.incidents.0.count']).toBeDefined();
    expect(wholeNumber('-1')).toBeNull();
    expect(wholeNumber('1 200')).toBe(1200);
  });

  it('sends numbers as numbers, and no empty comment', () => {
    expect(formProblems(filled())).toEqual({});
    const a = answersOf(filled());
    expect(a.staff).toBe(1200);
    expect(a.incidents).toEqual([{ milieu: 'autonoma', category: 'klotter', count: 2 }]);
    expect('comment' in a).toBe(false);
    expect(formOf(a).staff).toBe('1200');
  });

  it('keeps a draft per token under a hash of it, and reads back only what fits the form', () => {
    const storage = memory();
    saveDraft(storage, 'tok', filled(), '2026-04-01T10:00:00.000Z');
    expect(readDraft(storage, 'tok')).toMatchObject({ savedAt: '2026-04-01T10:00:00.000Z', form: { staff: '1 200' } });
    // The token itself is nowhere in the storage.
    expect([...storage.data.keys()].join()).not.toContain('tok');
    expect([...storage.data.keys()]).toEqual([draftKey('tok')]);
    expect(draftKey('tok')).not.toBe(draftKey('tol'));
    expect(readDraft(storage, 'other')).toBeNull();
    storage.setItem(draftKey('bad'), JSON.stringify({ savedAt: 1, form: { awareness: { plan: 'kanske', form: 'helt' }, staffKnowledge: 'x', incidents: [{ milieu: 'fel', count: 3 }] } }));
    const bad = readDraft(storage, 'bad')!;
    expect(bad.savedAt).toBe('');
    expect(bad.form.awareness).toEqual({ form: 'helt' });
    expect(bad.form.staffKnowledge).toBe('');
    expect(bad.form.incidents).toEqual([{ key: 1, milieu: '', category: '', count: '' }]);
    storage.setItem(draftKey('broken'), '{');
    expect(readDraft(storage, 'broken')).toBeNull();
    clearDraft(storage, 'tok');
    expect(readDraft(storage, 'tok')).toBeNull();
  });

  it('opens with the draft unless the server has an answer sent after it, and says when it set one aside', () => {
    const answer = answersOf(filled());
    const draft = { form: { ...filled(), comment: 'Utkast.' }, savedAt: '2026-04-01T10:00:00.000Z' };
    expect(startingForm(draft, answer, '2026-04-01T09:00:00.000Z')).toMatchObject({ from: 'draft', draftOutdated: false, form: { comment: 'Utkast.' } });
    expect(startingForm(draft, answer, '2026-04-01T11:00:00.000Z')).toMatchObject({ from: 'answer', draftOutdated: true, form: { staff: '1200' } });
    expect(startingForm(draft, undefined, undefined)).toMatchObject({ from: 'draft', draftOutdated: false });
    expect(startingForm(null, answer, '2026-04-01T11:00:00.000Z')).toMatchObject({ from: 'answer', draftOutdated: false });
    expect(startingForm(null, undefined, undefined)).toEqual({ from: 'empty', draftOutdated: false, form: emptyForm() });
  });

  it('names every field for the error summary and sorts them in page order', () => {
    const paths = ['answers.comment', 'answers.collaboration.polis', 'answers.incidents.1.count', 'answers.staffAwareness.plan', 'answers.awareness.form', 'answers.incidents.0.category', 'answers.staff', 'answers.incidents'];
    expect(inPageOrder(paths)).toEqual([
      'answers.incidents',
      'answers.incidents.0.category',
      'answers.incidents.1.count',
      'answers.awareness.form',
      'answers.staffAwareness.plan',
      'answers.collaboration.polis',
      'answers.staff',
      'answers.comment',
    ]);
    // The local checks come in page order too.
    const local = Object.keys(formProblems(emptyForm()));
    expect(local).toEqual(inPageOrder(local));
    expect(fieldLabel('answers.incidents.1.count')).toBe('Händelse 2: Antal gånger');
    expect(fieldLabel('answers.staffAwareness.plan')).toBe('Medarbetarnas kännedom: Den lokala handlingsplanen');
    expect(fieldLabel('answers.collaboration.polis')).toBe('Samverkan: Polisen');
    expect(fieldLabel('answers.courseCompleted')).toBe('Varav har gått stadens webbutbildning');
  });

  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#t=abc_-DEF')).toBe('abc_-DEF');
    expect(tokenFromHash('')).toBe('');
  });
});

describe('the coordinator’s unit lines', () => {
  it('reads "name; staff", names alone, and skips blank lines', () => {
    expect(parseUnitLines('Husby förskola; 24\n\n  Kista skola  \nA; B-huset; 1 200\nRinkeby träff;')).toEqual({
      units: [
        { name: 'Husby förskola', staff: 24, line: 1 },
        { name: 'Kista skola', line: 3 },
        { name: 'A; B-huset', staff: 1200, line: 4 },
        { name: 'Rinkeby träff', line: 5 },
      ],
    });
  });

  it('names the line at fault', () => {
    expect(parseUnitLines('Husby; 24\nKista; många')).toEqual({ problem: expect.stringContaining('Rad 2') });
    expect(parseUnitLines('; 12')).toEqual({ problem: expect.stringContaining('Rad 1') });
    expect(parseUnitLines('  \n')).toEqual({ problem: expect.stringContaining('minst en') });
    const parsed = parseUnitLines('A\n\nB');
    if ('problem' in parsed) throw new Error(parsed.problem);
    expect(lineOfField('units.1.name', parsed.units)).toBe(3);
    expect(lineOfField('year', parsed.units)).toBeNull();
  });
});
