// The survey pages' pure parts: the answer form's checks, the answer it
// sends, its draft read back defensively, the token from the fragment, and
// the coordinator's "name; staff" lines.
import { describe, expect, it } from 'vitest';
import { answersOf, emptyForm, formOf, formProblems, readDraft, saveDraft, clearDraft, tokenFromHash, wholeNumber, type AnswerForm, type DraftStorage } from '../../../site/components/workspace/survey/answer-form.ts';
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

  it('keeps a draft per token and reads back only what fits the form', () => {
    const storage = memory();
    saveDraft(storage, 'tok', filled());
    expect(readDraft(storage, 'tok')?.staff).toBe('1 200');
    expect(readDraft(storage, 'other')).toBeNull();
    storage.setItem('vbe-enkat-utkast:bad', JSON.stringify({ awareness: { plan: 'kanske', form: 'helt' }, staffKnowledge: 'x', incidents: [{ milieu: 'fel', count: 3 }] }));
    const bad = readDraft(storage, 'bad')!;
    expect(bad.awareness).toEqual({ form: 'helt' });
    expect(bad.staffKnowledge).toBe('');
    expect(bad.incidents).toEqual([{ key: 1, milieu: '', category: '', count: '' }]);
    storage.setItem('vbe-enkat-utkast:broken', '{');
    expect(readDraft(storage, 'broken')).toBeNull();
    clearDraft(storage, 'tok');
    expect(readDraft(storage, 'tok')).toBeNull();
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
