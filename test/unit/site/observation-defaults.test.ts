import { describe, expect, it } from 'vitest';
import { ACTION_DUE_DAYS, newAction, nextObservation, rememberArea, rememberedArea } from '../../../site/components/workspace/meeting/observation-defaults.ts';
import type { ObservationRow } from '../../../site/components/workspace/meeting/MinutesForm.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const previous: ObservationRow = {
  key: 'r-prev',
  id: 'saved-1',
  milieu: 'vit-makt',
  category: 'propaganda',
  source: 'polis',
  area: 'Husby',
  count: '3',
  date: '2026-03-02',
  text: 'Klistermärken vid centrum.',
};

describe('the next observation', () => {
  it('copies milieu, category, source, area and date of the previous one, not its id, count or description', () => {
    const row = nextObservation(previous, '2026-03-03', 'Kista');
    expect(row).toMatchObject({ milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', date: '2026-03-02', count: '1', text: '' });
    expect(row.id).toBeUndefined();
    expect(row.key).not.toBe(previous.key);
  });

  it('without a previous one starts empty on the meeting’s day with the remembered area', () => {
    expect(nextObservation(undefined, '2026-03-03', 'Kista')).toMatchObject({ milieu: '', category: '', source: '', area: 'Kista', date: '2026-03-03', count: '1', text: '' });
  });

  it('takes the meeting’s day when the previous row has no date', () => {
    expect(nextObservation({ ...previous, date: '' }, '2026-03-03', '').date).toBe('2026-03-03');
  });
});

describe('dates', () => {
  it('a new action is due 30 days after the meeting', () => {
    expect(ACTION_DUE_DAYS).toBe(30);
    expect(newAction('2026-03-03')).toMatchObject({ text: '', owner: '', due: '2026-04-02' });
    expect(newAction('2026-12-15').due).toBe('2027-01-14');
    expect(newAction('').due).toBe('');
    expect(newAction('2026-13-40').due).toBe('');
  });
});

describe('the remembered area', () => {
  it('is kept per district, trimmed, and never overwritten by an empty one', () => {
    const storage = memoryStorage();
    expect(rememberedArea('rinkeby-kista', storage)).toBe('');
    rememberArea('rinkeby-kista', '  Husby ', storage);
    rememberArea('rinkeby-kista', '   ', storage);
    rememberArea('farsta', 'Hökarängen', storage);
    expect(rememberedArea('rinkeby-kista', storage)).toBe('Husby');
    expect(rememberedArea('farsta', storage)).toBe('Hökarängen');
  });

  it('is empty when storage is missing or throws', () => {
    const broken = { getItem: () => { throw new Error('disabled'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    expect(rememberedArea('rinkeby-kista', null)).toBe('');
    expect(rememberedArea('rinkeby-kista', broken)).toBe('');
    expect(() => rememberArea('rinkeby-kista', 'Husby', broken)).not.toThrow();
  });
});
