import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy } from '../../../api/auth/passwords.ts';
import { assertDeidentified } from '../../../api/domain/deidentify.ts';
import { STOCKHOLM_DISTRICTS } from '../../../api/domain/districts.ts';
import { nthWeekdayOfMonth, weekdayOf } from '../../../api/domain/cadence.ts';
import { compileLagesbild } from '../../../api/domain/lagesbild.ts';
import { stockholmInputValues } from '../../../api/domain/swedish-format.ts';
import { addDays, stockholmDate } from '../../../api/domain/periods.ts';
import type { Meeting } from '../../../api/domain/types.ts';
import { randomDemoPassword, seedDemoData, type DemoAccount } from '../../../api/seed/demo-data.ts';
import { createMemoryStore, type MemoryStore } from '../../fixtures/memory-store.ts';

const NOW = new Date('2026-03-10T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
// scrypt would cost most of the run; the seed does not care what a hash looks like.
const fastHash = async (p: string) => `x:${p}`;

let counter = 0;
const newId = () => `id-${++counter}`;

async function seed(now = NOW, extra: Partial<Parameters<typeof seedDemoData>[1]> = {}) {
  const store = createMemoryStore({ now: () => now });
  const accounts = await seedDemoData(store, { now, newId, hash: fastHash, ...extra });
  return { store, accounts };
}

const vbeOf = (m: Meeting) => {
  const item = m.agenda.find((i) => i.kind === 'vbe');
  return item ? m.minutes[item.id]?.vbe : undefined;
};

/** Everything about the demo except ids and passwords, keyed by names. */
async function shape(store: MemoryStore) {
  const forums = await store.listForums();
  const forumName = new Map(forums.map((f) => [f.id, f.name]));
  const meetings = await store.listMeetings({});
  return {
    districts: await store.listDistricts(),
    forums: forums.map(({ id: _id, ...rest }) => rest),
    accounts: (await store.listAccounts()).map((a) => [a.username, a.role, a.displayName, a.districtId, a.forumIds.map((f) => forumName.get(f))]),
    meetings: meetings.map((m) => ({
      forum: forumName.get(m.forumId),
      startsAt: m.startsAt,
      status: m.status,
      location: m.location,
      agenda: m.agenda.map((i) => [i.kind, i.carriedActions?.map((a) => [a.text, a.owner, a.due])]),
      minutes: m.agenda.map((i) => {
        const x = m.minutes[i.id];
        if (!x) return null;
        const vbe = x.vbe && {
          status: x.vbe.status,
          observations: x.vbe.observations.map(({ id: _id, ...o }) => o),
          actions: x.vbe.actions.map(({ id: _id, completedBy: _by, ...a }) => a),
        };
        return [x.text, vbe];
      }),
      approval: m.approval && [m.approval.at, m.approval.approvers],
      history: m.history.map((h) => [h.version, h.at, h.change]),
    })),
  };
}

describe('seedDemoData', () => {
  it('gives the same demo for the same `now`, passwords and ids aside', async () => {
    const a = await seed();
    const b = await seed(NOW, { newId: () => `other-${++counter}` });
    expect(await shape(b.store)).toEqual(await shape(a.store));
    expect(a.accounts.map(({ password: _p, forumIds: _f, ...rest }) => rest)).toEqual(
      b.accounts.map(({ password: _p, forumIds: _f, ...rest }) => rest),
    );
  });

  it('creates both districts with their areas and the forums of each', async () => {
    const { store } = await seed();
    const districts = await store.listDistricts();
    expect(districts.map((d) => d.id).sort()).toEqual(['enskede-arsta-vantor', 'rinkeby-kista']);
    expect(districts.find((d) => d.id === 'rinkeby-kista')!.areas).toEqual(expect.arrayContaining(['Rinkeby', 'Husby', 'Akalla', 'Kista']));
    expect(districts.find((d) => d.id === 'enskede-arsta-vantor')!.areas).toEqual(expect.arrayContaining(['Rågsved', 'Hagsätra', 'Årsta']));
    // The reference data is the one source of district names and areas.
    for (const d of districts) expect(d).toEqual(STOCKHOLM_DISTRICTS.find((r) => r.id === d.id));
    for (const d of districts) {
      const forums = await store.listForums({ districtId: d.id });
      const types = forums.map((f) => f.type);
      expect(types.filter((t) => t === 'bra')).toHaveLength(1);
      expect(types.filter((t) => t === 'sspf').length).toBeGreaterThanOrEqual(2);
      expect(types.filter((t) => t === 'samverkansforum').length).toBeGreaterThanOrEqual(2);
      for (const f of forums) {
        expect(f.memberOrganisations.length).toBeGreaterThanOrEqual(3);
        expect(f.template.filter((i) => i.kind === 'vbe')).toHaveLength(1);
      }
    }
  });

  it('creates a coordinator and two conveners per district, who together convene every forum, and an admin', async () => {
    const { store, accounts } = await seed();
    expect(accounts.filter((a) => a.role === 'admin').map((a) => a.username)).toEqual(['admin']);
    for (const d of await store.listDistricts()) {
      const mine = accounts.filter((a) => a.districtId === d.id && a.role !== 'admin');
      expect(mine.filter((a) => a.role === 'coordinator')).toHaveLength(1);
      const conveners = mine.filter((a) => a.role === 'convener');
      expect(conveners).toHaveLength(2);
      const forums = await store.listForums({ districtId: d.id });
      // Each forum has exactly one convener.
      expect(conveners.flatMap((c) => c.forumIds).sort()).toEqual(forums.map((f) => f.id).sort());
      for (const c of conveners) expect(c.forumIds.length).toBeGreaterThan(0);
    }
    for (const a of accounts) {
      expect(a.displayName).toMatch(/^Demo /);
      const stored = await store.findAccountByUsername(a.username);
      expect(stored?.passwordHash).toBe(`x:${a.password}`);
      expect(stored?.forumIds).toEqual(a.forumIds);
    }
  });

  it('makes random readable passwords that pass the policy', async () => {
    const { accounts } = await seed();
    for (const a of accounts) {
      expect(a.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(a.password).not.toMatch(/[01ilo]/);
      expect(checkPasswordPolicy(a.password, { username: a.username })).toBeNull();
    }
    expect(new Set(accounts.map((a) => a.password)).size).toBe(accounts.length);
    for (let i = 0; i < 200; i++) expect(checkPasswordPolicy(randomDemoPassword('admin'), { username: 'admin' })).toBeNull();
  });

  it('uses given passwords when told to', async () => {
    const { accounts } = await seed(NOW, { password: (u) => `demo-${u}-lösenord-7x` });
    expect(accounts.find((a) => a.username === 'admin')!.password).toBe('demo-admin-lösenord-7x');
  });

  it('gives every forum two years of meetings before now and one planned meeting in the next weeks', async () => {
    const { store } = await seed();
    const now = NOW.getTime();
    for (const f of await store.listForums()) {
      const meetings = await store.listMeetings({ forumIds: [f.id] });
      const past = meetings.filter((m) => Date.parse(m.startsAt) < now);
      const future = meetings.filter((m) => Date.parse(m.startsAt) >= now);
      // Each of the two years has its share: monthly forums about 11 (no July), six-weekly about 8.
      const lastYear = past.filter((m) => Date.parse(m.startsAt) >= now - 365 * DAY);
      const yearBefore = past.filter((m) => Date.parse(m.startsAt) < now - 365 * DAY);
      for (const year of [lastYear, yearBefore]) {
        expect(year.length, f.name).toBeGreaterThanOrEqual(7);
        expect(year.length, f.name).toBeLessThanOrEqual(12);
      }
      for (const m of past) {
        expect(Date.parse(m.startsAt)).toBeGreaterThanOrEqual(now - 731 * DAY);
        expect(m.status).not.toBe('planned');
      }
      expect(future).toHaveLength(1);
      const [planned] = future;
      expect(planned!.status).toBe('planned');
      expect(planned!.history).toEqual([]);
      expect(Date.parse(planned!.startsAt) - now).toBeLessThan(7 * 7 * DAY);
      expect(Date.parse(f.createdAt)).toBeLessThan(Date.parse(meetings[0]!.createdAt));
    }
  });

  it('never has two meetings of one forum on the same Stockholm day', async () => {
    for (const at of [NOW, new Date('2025-12-31T23:30:00Z'), new Date('2026-10-25T12:00:00Z')]) {
      const { store } = await seed(at);
      for (const f of await store.listForums()) {
        const days = (await store.listMeetings({ forumIds: [f.id] })).map((m) => stockholmDate(m.startsAt));
        expect(new Set(days).size, `${f.name} ${at.toISOString()}`).toBe(days.length);
      }
    }
  });

  it('gives every forum the rhythm its meetings keep: weekday, time and, monthly, which weekday of the month', async () => {
    const { store } = await seed();
    for (const f of await store.listForums()) {
      expect(f.cadence.weekday, f.name).toBeDefined();
      expect(f.cadence.time, f.name).toMatch(/^\d\d:\d\d$/);
      for (const m of await store.listMeetings({ forumIds: [f.id] })) {
        const { date, time } = stockholmInputValues(new Date(m.startsAt));
        expect(weekdayOf(date), `${f.name} ${date}`).toBe(f.cadence.weekday);
        expect(time, `${f.name} ${date}`).toBe(f.cadence.time);
        if (f.cadence.unit === 'month') expect(nthWeekdayOfMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)), f.cadence.ordinal!, f.cadence.weekday!)).toBe(date);
      }
    }
  });

  it('gives the overview’s previous period figures: the last twelve months and the twelve before both have approved minutes with observations', async () => {
    const { store } = await seed();
    const to = stockholmDate(NOW.toISOString());
    const from = addDays(to, -364);
    for (const district of await store.listDistricts()) {
      const lagesbild = compileLagesbild({
        district,
        forums: await store.listForums({ districtId: district.id }),
        meetings: await store.listMeetings({ districtId: district.id }),
        from,
        to,
      });
      expect(lagesbild.previous.from).toBe(addDays(from, -365));
      for (const period of [lagesbild.current, lagesbild.previous]) {
        expect(period.meetings, district.id).toBeGreaterThan(30);
        expect(period.observations.total, district.id).toBeGreaterThan(20);
        expect(period.vbeShare, district.id).toBeGreaterThan(0.5);
      }
    }
  });

  it('puts exactly one VBE item on every agenda', async () => {
    const { store } = await seed();
    const meetings = await store.listMeetings({});
    expect(meetings.length).toBeGreaterThan(100);
    for (const m of meetings) expect(m.agenda.filter((i) => i.kind === 'vbe')).toHaveLength(1);
  });

  it('has approved meetings in every district and some held but not yet approved', async () => {
    const { store } = await seed();
    for (const d of await store.listDistricts()) {
      const meetings = await store.listMeetings({ districtId: d.id });
      expect(meetings.filter((m) => m.status === 'approved').length).toBeGreaterThan(30);
      const held = meetings.filter((m) => m.status === 'held');
      expect(held.length).toBeGreaterThan(0);
      expect(held.length).toBeLessThan(meetings.length / 4);
    }
    for (const m of await store.listMeetings({})) {
      if (m.status === 'approved') {
        expect(m.approval?.approvers).toHaveLength(2);
        expect(vbeOf(m)).toBeDefined();
      } else {
        expect(m.approval).toBeUndefined();
      }
    }
  });

  it('records observations across the three milieus, varied statuses, and areas of the district', async () => {
    const { store } = await seed();
    const districts = await store.listDistricts();
    const statuses = new Set<string>();
    const milieus = new Set<string>();
    for (const d of districts) {
      for (const m of await store.listMeetings({ districtId: d.id })) {
        const vbe = vbeOf(m);
        if (!vbe) continue;
        statuses.add(vbe.status);
        expect(vbe.observations.length).toBeLessThanOrEqual(4);
        if (vbe.status !== 'discussed') expect(vbe.observations).toEqual([]);
        for (const o of vbe.observations) {
          milieus.add(o.milieu);
          expect(d.areas).toContain(o.area);
          expect(o.count).toBeGreaterThanOrEqual(1);
          expect(o.count).toBeLessThanOrEqual(6);
          expect(o.date <= m.startsAt.slice(0, 10)).toBe(true);
          expect(Date.parse(m.startsAt) - Date.parse(o.date)).toBeLessThan(45 * DAY);
        }
      }
    }
    expect([...statuses].sort()).toEqual(['discussed', 'not-discussed', 'nothing-to-report']);
    expect(milieus).toEqual(new Set(['autonoma', 'vit-makt', 'islamistisk', 'oklar']));
  });

  it('completes most actions, leaves some open, and carries the open ones to later agendas', async () => {
    const { store } = await seed();
    const meetings = await store.listMeetings({});
    const actions = meetings.flatMap((m) => vbeOf(m)?.actions ?? []);
    const open = actions.filter((a) => !a.completedAt);
    expect(actions.length).toBeGreaterThan(20);
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(actions.length / 2);
    for (const a of actions) expect(a.owner).not.toMatch(/Demo/);

    // A carried action was open when the meeting started.
    const byId = new Map(meetings.flatMap((m) => (vbeOf(m)?.actions ?? []).map((a) => [a.id, a] as const)));
    let carried = 0;
    for (const m of meetings) {
      for (const c of m.agenda.find((i) => i.kind === 'follow-up')?.carriedActions ?? []) {
        carried++;
        const action = byId.get(c.actionId)!;
        expect(action).toBeDefined();
        if (action.completedAt) expect(Date.parse(action.completedAt)).toBeGreaterThan(Date.parse(m.startsAt));
      }
    }
    expect(carried).toBeGreaterThan(0);
    // A meeting does not decide again on an action still open from before.
    for (const m of meetings) {
      const still = new Set(m.agenda.find((i) => i.kind === 'follow-up')?.carriedActions?.map((c) => c.text));
      for (const a of vbeOf(m)?.actions ?? []) expect(still.has(a.text)).toBe(false);
    }
    // Every planned meeting carries its forum's actions still open today.
    for (const m of meetings.filter((x) => x.status === 'planned')) {
      const forumOpen = meetings
        .filter((x) => x.forumId === m.forumId)
        .flatMap((x) => vbeOf(x)?.actions ?? [])
        .filter((a) => !a.completedAt);
      const listed = m.agenda.find((i) => i.kind === 'follow-up')?.carriedActions ?? [];
      expect(listed.map((c) => c.actionId).sort()).toEqual(forumOpen.map((a) => a.id).sort());
    }
  });

  it('keeps every history in time order, before now, by the forum convener', async () => {
    const { store, accounts } = await seed();
    const now = NOW.getTime();
    const convenerOf = new Map(accounts.filter((a) => a.role === 'convener').flatMap((a) => a.forumIds.map((f) => [f, a.username] as const)));
    const idOf = new Map((await store.listAccounts()).map((a) => [a.username, a.id]));
    for (const m of await store.listMeetings({})) {
      const convenerId = idOf.get(convenerOf.get(m.forumId)!);
      expect(m.createdBy).toBe(convenerId);
      expect(Date.parse(m.createdAt)).toBeLessThan(now);
      let previous = Date.parse(m.createdAt);
      m.history.forEach((h, i) => {
        expect(h.version).toBe(i + 1);
        expect(h.by).toBe(convenerId);
        expect(Date.parse(h.at)).toBeGreaterThanOrEqual(previous);
        previous = Date.parse(h.at);
      });
      expect(previous).toBeLessThan(now);
      if (m.history.length > 0) {
        expect(Date.parse(m.history[0]!.at)).toBeGreaterThan(Date.parse(m.startsAt));
        expect(m.updatedAt).toBe(m.history.at(-1)!.at);
      }
    }
  });

  it('writes only de-identified text, and each record once through the store', async () => {
    const { store } = await seed();
    const fields: { path: string; label: string; text: string }[] = [];
    for (const d of await store.listDistricts()) d.areas.forEach((a) => fields.push({ path: 'area', label: d.id, text: a }));
    for (const f of await store.listForums()) {
      fields.push({ path: 'forum', label: f.name, text: f.name });
      f.memberOrganisations.forEach((o) => fields.push({ path: 'member', label: f.name, text: o }));
    }
    const meetings = await store.listMeetings({});
    for (const m of meetings) {
      if (m.location) fields.push({ path: 'location', label: m.id, text: m.location });
      for (const x of Object.values(m.minutes)) {
        fields.push({ path: 'text', label: m.id, text: x.text });
        x.vbe?.observations.forEach((o) => fields.push({ path: 'obs', label: m.id, text: o.text }));
        x.vbe?.actions.forEach((a) => fields.push({ path: 'action', label: m.id, text: `${a.text} ${a.owner}` }));
      }
      m.approval?.approvers.forEach((n) => fields.push({ path: 'approver', label: m.id, text: n }));
    }
    expect(() => assertDeidentified(fields)).not.toThrow();

    const audit = await store.auditLog();
    expect(audit.every((e) => e.actorId === 'system' && e.procedure === 'seed.demo')).toBe(true);
    expect(audit.filter((e) => e.recordType === 'meeting')).toHaveLength(meetings.length);
    expect(new Set(audit.filter((e) => e.recordType === 'meeting').map((e) => e.recordId)).size).toBe(meetings.length);
  });

  it('refuses a store that already has data', async () => {
    const { store } = await seed();
    await expect(seedDemoData(store, { now: NOW, hash: fastHash })).rejects.toThrow(/tom/);
  });

  it.each([
    '2025-07-15T10:00:00Z', // summer break
    '2025-12-31T23:30:00Z', // new year in Stockholm
    '2026-03-29T00:30:00Z', // the night summer time starts
    '2026-10-25T12:00:00Z', // the day it ends
    '2024-02-29T08:00:00Z', // leap day
  ])('seeds without error for now = %s', async (at) => {
    const now = new Date(at);
    const { store } = await seed(now);
    for (const f of await store.listForums()) {
      const meetings = await store.listMeetings({ forumIds: [f.id] });
      expect(meetings.filter((m) => m.status === 'planned')).toHaveLength(1);
      expect(meetings.filter((m) => m.status !== 'planned').length).toBeGreaterThanOrEqual(6);
    }
  });

  it('seeds both districts in well under two seconds with a fast hash', async () => {
    const started = performance.now();
    const { accounts } = await seed();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(accounts.map((a: DemoAccount) => a.username).sort()).toEqual([
      'admin',
      'sammankallande.eav',
      'sammankallande.rk',
      'sammankallande2.eav',
      'sammankallande2.rk',
      'samordnare.eav',
      'samordnare.rk',
    ]);
  });
});
