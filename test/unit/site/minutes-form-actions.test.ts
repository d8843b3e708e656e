// The minutes form for actions on any item and outcomes of carried actions:
// what is sent, what is held back, and where the server's errors land.
import { describe, expect, it } from 'vitest';
import { formFromMinutes, localFieldErrors, planSave, validate, type ItemForm } from '../../../site/components/workspace/meeting/MinutesForm.ts';

const CARRIED = [{ meetingId: 'm-0', actionId: 'a-old', text: 'Sanera', owner: 'Fastighetsägaren', due: '2026-02-01' }];

describe('actions on a non-VBE item', () => {
  const saved = formFromMinutes({ text: 'Skolan', actions: [{ id: 'a-1', text: 'Bjud in', owner: 'Rektor', due: '2026-04-01' }] }, false);

  it('reads the saved actions and sends changed ones with their ids', () => {
    expect(saved.actions?.map((a) => a.id)).toEqual(['a-1']);
    const form: ItemForm = { ...saved, actions: [{ ...saved.actions![0]!, due: '2026-04-15' }] };
    const plan = planSave(form, saved, 'explicit');
    expect(plan.kind).toBe('send');
    if (plan.kind !== 'send') return;
    expect(plan.actions).toEqual([{ id: 'a-1', text: 'Bjud in', owner: 'Rektor', due: '2026-04-15' }]);
    expect(plan.vbe).toBeUndefined();
  });

  it('points at missing fields on an explicit save and holds them back on an autosave', () => {
    const form: ItemForm = { ...saved, actions: [...saved.actions!, { key: 'k-new', text: '', owner: '', due: '' }] };
    const invalid = planSave(form, saved, 'explicit');
    expect(invalid.kind).toBe('invalid');
    if (invalid.kind === 'invalid') expect(Object.keys(invalid.errors)).toEqual(['act.k-new.text', 'act.k-new.owner', 'act.k-new.due']);
    expect(planSave(form, saved, 'auto').kind).toBe('held-back');
  });

  it('places the server’s errors on the rows', () => {
    const placed = localFieldErrors({ 'actions.0.owner': 'Namn.' }, { observationKeys: [], actionKeys: ['k-1'] });
    expect(placed.errors).toEqual({ 'act.k-1.owner': 'Namn.' });
  });
});

describe('outcomes of carried actions', () => {
  const saved = formFromMinutes(undefined, false, CARRIED);

  it('offers a row per carried action and sends only chosen outcomes', () => {
    expect(saved.outcomes).toEqual([{ meetingId: 'm-0', actionId: 'a-old', outcome: '', note: '' }]);
    const form: ItemForm = { ...saved, outcomes: [{ ...saved.outcomes![0]!, outcome: 'continues', note: ' Väntar ' }] };
    const plan = planSave(form, saved, 'explicit');
    expect(plan.kind === 'send' && plan.carriedOutcomes).toEqual([{ meetingId: 'm-0', actionId: 'a-old', outcome: 'continues', note: 'Väntar' }]);
    expect(localFieldErrors({ 'carriedOutcomes.0.note': 'Namn.' }, plan.kind === 'send' ? plan : { observationKeys: [], actionKeys: [] }).errors).toEqual({
      'out.a-old.note': 'Namn.',
    });
  });

  it('asks for an outcome when only a note is written', () => {
    const form: ItemForm = { ...saved, outcomes: [{ ...saved.outcomes![0]!, note: 'Något' }] };
    expect(validate(form)).toEqual({ 'out.a-old.outcome': 'Välj vad som blev av åtgärden, eller töm kommentaren.' });
    expect(planSave(form, saved, 'explicit').kind).toBe('invalid');
  });
});

describe('drafts of actions and outcomes', () => {
  it('keep both through the browser’s storage', async () => {
    const { readDraft, writeDraft } = await import('../../../site/components/workspace/meeting/draft.ts');
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const form: ItemForm = {
      text: 'x',
      actions: [{ key: 'k', id: 'a-1', text: 'Bjud in', owner: 'Rektor', due: '2026-04-01' }],
      outcomes: [{ meetingId: 'm-0', actionId: 'a-old', outcome: 'dropped', note: 'Inte aktuell' }],
    };
    expect(writeDraft(storage, 'key', form, new Date('2026-03-03T10:00:00Z'))).toBe(true);
    const read = readDraft(storage, 'key')!;
    expect(read.form.actions?.map((a) => [a.id, a.text, a.owner, a.due])).toEqual([['a-1', 'Bjud in', 'Rektor', '2026-04-01']]);
    expect(read.form.outcomes).toEqual(form.outcomes);
  });
});
