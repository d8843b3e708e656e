import { describe, expect, it } from 'vitest';
import type { ItemMinutes } from '../../../api/domain/types.ts';
import {
  clearDraft,
  draftDiffers,
  draftKey,
  readDraft,
  writeDraft,
  type DraftStorage,
} from '../../../site/components/workspace/meeting/draft.ts';
import {
  firstInvalid,
  formFromMinutes,
  localFieldErrors,
  planSave,
  sameContent,
  validate,
  withSavedIds,
  type ItemForm,
  type SendPlan,
} from '../../../site/components/workspace/meeting/MinutesForm.ts';
import { newAction, nextObservation } from '../../../site/components/workspace/meeting/observation-defaults.ts';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwing: DraftStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

const saved: ItemMinutes = {
  text: 'Läget är lugnt.',
  vbe: {
    status: 'discussed',
    observations: [{ id: 'o1', milieu: 'vit-makt', category: 'klotter', source: 'skola', area: 'Rinkeby', count: 2, date: '2026-03-03', text: 'Symboler på skolgården.' }],
    actions: [{ id: 'a1', text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-04-01', completedAt: '2026-03-20T10:00:00Z', completedBy: 'x' }],
  },
};

function filledObservation(date = '2026-03-03') {
  return { ...nextObservation(undefined, date, ''), milieu: 'autonoma' as const, category: 'hot' as const, source: 'polis' as const, area: 'Husby' };
}

describe('draft storage', () => {
  it('keys drafts by meeting and item', () => {
    expect(draftKey('m1', 'i2')).toBe('vbe-utkast:m1:i2');
  });

  it('writes, reads back and clears a draft', () => {
    const storage = memoryStorage();
    const form = formFromMinutes(saved, true);
    expect(writeDraft(storage, 'k', form, new Date('2026-03-03T13:05:00Z'))).toBe(true);
    const draft = readDraft(storage, 'k');
    expect(draft?.savedAt).toBe('2026-03-03T13:05:00.000Z');
    expect(draft && sameContent(draft.form, form)).toBe(true);
    expect(draft?.form.vbe?.observations[0].id).toBe('o1');
    expect(draft?.form.vbe?.actions[0].completedAt).toBe('2026-03-20T10:00:00Z');
    clearDraft(storage, 'k');
    expect(readDraft(storage, 'k')).toBeNull();
  });

  it('gives restored rows fresh local keys', () => {
    const storage = memoryStorage();
    const form = formFromMinutes(saved, true);
    writeDraft(storage, 'k', form);
    expect(readDraft(storage, 'k')?.form.vbe?.observations[0].key).not.toBe(form.vbe?.observations[0].key);
  });

  it('survives storage that throws or is missing', () => {
    expect(writeDraft(throwing, 'k', { text: 'x' })).toBe(false);
    expect(readDraft(throwing, 'k')).toBeNull();
    expect(() => clearDraft(throwing, 'k')).not.toThrow();
    expect(writeDraft(null, 'k', { text: 'x' })).toBe(false);
    expect(readDraft(null, 'k')).toBeNull();
  });

  it('ignores what is not a draft', () => {
    const storage = memoryStorage();
    for (const raw of ['{', 'null', '[]', '{"savedAt":"igår","form":{"text":"x"}}', '{"savedAt":"2026-03-03T10:00:00Z","form":{"text":3}}', '{"savedAt":"2026-03-03T10:00:00Z","form":{"text":"x","vbe":{"observations":{}}}}']) {
      storage.data.set('k', raw);
      expect(readDraft(storage, 'k')).toBeNull();
    }
  });

  it('drops unknown codes instead of trusting them', () => {
    const storage = memoryStorage();
    storage.data.set(
      'k',
      JSON.stringify({
        savedAt: '2026-03-03T10:00:00Z',
        form: { text: '', vbe: { status: 'hemligt', observations: [{ milieu: 'x', category: 'hot', source: 'polis', area: 'Kista', count: 3, date: '2026-03-03', text: '' }], actions: [] } },
      }),
    );
    const form = readDraft(storage, 'k')?.form;
    expect(form?.vbe?.status).toBe('');
    expect(form?.vbe?.observations[0]).toMatchObject({ milieu: '', category: 'hot', count: '3' });
  });

  it('offers a draft only when it says something the server does not', () => {
    const server = formFromMinutes(saved, true);
    const same = { savedAt: '2026-03-03T10:00:00Z', form: formFromMinutes({ ...saved, text: '  Läget är lugnt.\n' }, true) };
    expect(draftDiffers(same, server)).toBe(false);
    const other = { savedAt: '2026-03-03T10:00:00Z', form: { ...server, text: 'Läget är oroligt.' } };
    expect(draftDiffers(other, server)).toBe(true);
    const ids = formFromMinutes(saved, true);
    ids.vbe!.observations[0].id = undefined;
    expect(draftDiffers({ savedAt: same.savedAt, form: ids }, server)).toBe(false);
  });
});

describe('saving an item', () => {
  const server = formFromMinutes(saved, true);

  it('sends nothing when nothing changed', () => {
    expect(planSave(formFromMinutes(saved, true), server, 'explicit')).toEqual({ kind: 'nothing' });
  });

  it('sends the text of a plain item', () => {
    const plan = planSave({ text: 'Nytt' }, { text: '' }, 'auto');
    expect(plan).toMatchObject({ kind: 'send', text: 'Nytt' });
    expect((plan as SendPlan).vbe).toBeUndefined();
  });

  it('sends the VBE record with the ids of saved rows', () => {
    const form: ItemForm = { ...server, vbe: { ...server.vbe!, observations: [...server.vbe!.observations, filledObservation()] } };
    const plan = planSave(form, server, 'explicit') as SendPlan;
    expect(plan.kind).toBe('send');
    expect(plan.vbe?.observations.map((o) => o.id)).toEqual(['o1', undefined]);
    expect(plan.vbe?.observations[1]).toMatchObject({ milieu: 'autonoma', count: 1, area: 'Husby' });
    expect(plan.vbe?.actions[0]).toEqual({ id: 'a1', text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-04-01' });
    expect(plan.observationKeys).toEqual(form.vbe!.observations.map((o) => o.key));
  });

  it('refuses an explicit save with missing fields and names them', () => {
    const empty = formFromMinutes(undefined, true);
    const row = nextObservation(undefined, '2026-03-03', '');
    const form: ItemForm = { text: 'x', vbe: { status: '', observations: [row], actions: [newAction('2026-03-03')] } };
    const plan = planSave(form, empty, 'explicit');
    expect(plan.kind).toBe('invalid');
    const errors = validate(form);
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining(['vbe.status', `obs.${row.key}.milieu`, `obs.${row.key}.area`, `act.${form.vbe!.actions[0].key}.owner`]),
    );
    expect(firstInvalid(form, errors)).toBe('vbe.status');
  });

  it('autosaves the text and holds back an incomplete VBE record', () => {
    const empty = formFromMinutes(undefined, true);
    const form: ItemForm = { text: 'Anteckning', vbe: { status: 'discussed', observations: [nextObservation(undefined, '2026-03-03', '')], actions: [] } };
    const plan = planSave(form, empty, 'auto');
    expect(plan).toMatchObject({ kind: 'send', text: 'Anteckning', heldBack: true });
    expect((plan as SendPlan).vbe).toBeUndefined();
    expect(planSave({ ...form, text: '' }, empty, 'auto')).toEqual({ kind: 'held-back' });
  });

  it('takes over the ids the server assigned, by the order sent', () => {
    const row = filledObservation();
    const form: ItemForm = { text: '', vbe: { status: 'discussed', observations: [row], actions: [] } };
    const plan = planSave(form, formFromMinutes(undefined, true), 'explicit') as SendPlan;
    const after = withSavedIds(form, plan, { status: 'discussed', observations: [{ ...saved.vbe!.observations[0], id: 'new-1' }], actions: [] });
    expect(after.vbe?.observations[0]).toMatchObject({ key: row.key, id: 'new-1' });
  });

  it('places the server refusals on the rows they were about', () => {
    const plan = { observationKeys: ['r10', 'r11'], actionKeys: ['r20'] };
    const { errors, unplaced } = localFieldErrors(
      {
        text: 'Fältet "Anteckningar" innehåller ett telefonnummer.',
        'vbe.observations.1.text': 'Fältet "Observation 2: beskrivning" innehåller ett personnummer.',
        'vbe.actions.0.owner': 'Fältet "Åtgärd 1: ansvarig" innehåller ett namn.',
        'vbe.observations': 'Högst 100 observationer per möte.',
      },
      plan,
    );
    expect(errors).toEqual({
      text: 'Fältet "Anteckningar" innehåller ett telefonnummer.',
      'obs.r11.text': 'Fältet "Observation 2: beskrivning" innehåller ett personnummer.',
      'act.r20.owner': 'Fältet "Åtgärd 1: ansvarig" innehåller ett namn.',
    });
    expect(unplaced).toEqual(['Högst 100 observationer per möte.']);
  });
});
