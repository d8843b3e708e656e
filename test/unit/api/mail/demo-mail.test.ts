// The demo can show sending without reaching anyone: every demo account and
// forum member has a fictional work e-mail on the reserved .example domain.
import { describe, expect, it } from 'vitest';
import { checkMembers } from '../../../../api/domain/members.ts';
import { addressedMembers } from '../../../../api/domain/mailings.ts';
import { DEMO_MAIL_DOMAIN, seedDemoData } from '../../../../api/seed/demo-data.ts';
import { createMemoryStore } from '../../../fixtures/memory-store.ts';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('demo e-mail', () => {
  it('gives every account and every forum member a fictional address on a reserved domain', async () => {
    let n = 0;
    const store = createMemoryStore({ now: () => NOW });
    const demo = await seedDemoData(store, { now: NOW, newId: () => `id-${++n}`, hash: async (p) => `x:${p}` });
    expect(DEMO_MAIL_DOMAIN).toMatch(/\.example$/);
    for (const a of await store.listAccounts()) expect(a.email).toBe(`${a.username}@${DEMO_MAIL_DOMAIN}`);
    expect(demo.every((a) => a.email.endsWith(`@${DEMO_MAIL_DOMAIN}`))).toBe(true);
    for (const f of await store.listForums()) {
      expect(f.members!.length).toBe(f.memberOrganisations.length);
      expect(addressedMembers(f.members!)).toHaveLength(f.members!.length);
      for (const m of f.members!) expect(m.email.endsWith(`@${DEMO_MAIL_DOMAIN}`)).toBe(true);
      // The convener can save the forum's members as they are: they pass the members' checks.
      expect(() => checkMembers(f.members, f.members!, () => 'new')).not.toThrow();
    }
  });
});
