// Fictional demo data for an empty store: two districts, their forums, demo
// accounts and two years of meetings, and the lägesbild's other sources
// (reports, a survey round, partners' statements: demo-sources.ts), so that
// every screen and the lägesbild have something to show. Every person is an obvious "Demo" placeholder.
// A seeded PRNG makes the content identical on every run for the same `now`;
// only ids and passwords differ.
import { randomBytes, randomUUID } from 'node:crypto';
import { checkPasswordPolicy, hashPassword } from '../auth/passwords.ts';
import { defaultTemplate } from '../domain/agenda.ts';
import type { Role } from '../domain/codes.ts';
import type { Account, Forum, ForumMember } from '../domain/types.ts';
import type { AuditContext, Store } from '../store/store.ts';
import { DAY, DEMO_HISTORY_DAYS, iso } from './demo-calendar.ts';
import { DEMO_DISTRICTS, type DistrictSpec, type ForumSpec } from './demo-forums.ts';
import { buildMeetings } from './demo-meetings.ts';
import { buildDemoSources } from './demo-sources.ts';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  districtId: string;
  forumIds: string[];
  /** A fictional work e-mail on a reserved domain (RFC 2606), so sending can be tried without reaching anyone. */
  email: string;
}

/** Demo addresses end here: `.example` is reserved and never delivered anywhere. */
export const DEMO_MAIL_DOMAIN = 'demo.stad.example';

/** One obvious placeholder contact per member organisation, with a fictional address, so the demo's invitations have recipients. */
function demoMembers(forumKey: string, organisations: readonly string[]): ForumMember[] {
  return organisations.map((organisation, i) => ({
    // Member ids need only be unique within the forum; fixed ones keep the demo the same on every run.
    id: `demo-kontakt-${i + 1}`,
    name: `Demo Kontaktperson ${i + 1}`,
    organisation,
    role: 'Kontaktperson',
    email: `kontakt${i + 1}.${forumKey}@${DEMO_MAIL_DOMAIN}`,
  }));
}

export interface SeedOptions {
  now: Date;
  newId?: () => string;
  /** Clear-text password per username; random by default. */
  password?: (username: string) => string;
  hash?: (password: string) => Promise<string>;
}

const AUDIT: AuditContext = { actorId: 'system', procedure: 'seed.demo' };

// Lowercase letters and digits without look-alikes (0/o, 1/l/i).
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Four groups of four, e.g. `k7dm-x3qa-9fhe-tw2p`: about 79 bits, easy to read out and type. */
export function randomDemoPassword(username = ''): string {
  for (;;) {
    const chars: string[] = [];
    while (chars.length < 16) {
      for (const byte of randomBytes(32)) {
        // Rejection sampling keeps every character equally likely.
        if (byte < 256 - (256 % PASSWORD_ALPHABET.length) && chars.length < 16) chars.push(PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length]!);
      }
    }
    const password = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
    if (checkPasswordPolicy(password, { username }) === null) return password;
  }
}

type AccountSpec = Omit<DemoAccount, 'password'>;

interface SeededForum {
  spec: ForumSpec;
  forum: Forum;
}

/** A district's coordinator and its two conveners, who share its forums. */
function districtAccounts(d: DistrictSpec, forums: SeededForum[]): AccountSpec[] {
  const { id, name } = d.district;
  const convener = (c: 0 | 1): AccountSpec => ({
    username: `sammankallande${c === 0 ? '' : '2'}.${d.short}`,
    displayName: `Demo Sammankallande ${name} ${c === 0 ? 'A' : 'B'}`,
    role: 'convener',
    districtId: id,
    forumIds: forums.filter((f) => f.spec.convener === c).map((f) => f.forum.id),
    email: `sammankallande${c === 0 ? '' : '2'}.${d.short}@${DEMO_MAIL_DOMAIN}`,
  });
  const coordinator: AccountSpec = {
    username: `samordnare.${d.short}`,
    displayName: `Demo Samordnare ${name}`,
    role: 'coordinator',
    districtId: id,
    forumIds: [],
    email: `samordnare.${d.short}@${DEMO_MAIL_DOMAIN}`,
  };
  return [coordinator, convener(0), convener(1)];
}

/**
 * Fills an empty store with the demo. Returns the accounts with their
 * clear-text passwords, for the caller to show once.
 */
export async function seedDemoData(store: Store, opts: SeedOptions): Promise<DemoAccount[]> {
  if ((await store.listAccounts()).length > 0 || (await store.listForums()).length > 0) {
    throw new Error('Demodata läggs bara in i en tom datamapp.');
  }
  const now = opts.now.getTime();
  const newId = opts.newId ?? randomUUID;
  const hash = opts.hash ?? hashPassword;
  const passwordFor = opts.password ?? randomDemoPassword;
  // Set up before the first seeded meeting.
  const setUpAt = iso(now - (DEMO_HISTORY_DAYS + 35) * DAY);

  const specs: AccountSpec[] = [];
  const forumsByDistrict = new Map<string, SeededForum[]>();

  for (const d of DEMO_DISTRICTS) {
    await store.putDistrict(d.district, AUDIT);
    const forums: SeededForum[] = [];
    for (const spec of d.forums) {
      const forum: Forum = {
        id: newId(),
        name: spec.name,
        type: spec.type,
        districtId: d.district.id,
        memberOrganisations: [...spec.memberOrganisations],
        members: demoMembers(`${spec.key}.${d.short}`, spec.memberOrganisations),
        // The rhythm the meetings keep, so "Nytt möte" suggests the next one in it.
        cadence: {
          ...spec.cadence,
          weekday: spec.weekday,
          ...(spec.cadence.unit === 'month' ? { ordinal: spec.nth } : {}),
          time: `${String(spec.hour).padStart(2, '0')}:${String(spec.minute).padStart(2, '0')}`,
        },
        template: defaultTemplate(spec.type),
        createdAt: setUpAt,
        updatedAt: setUpAt,
      };
      await store.createForum(forum, AUDIT);
      forums.push({ spec, forum });
    }
    forumsByDistrict.set(d.district.id, forums);
    specs.push(...districtAccounts(d, forums));
  }
  // An administrator has no district of their own; the first one is a harmless home.
  specs.push({
    username: 'admin',
    displayName: 'Demo Administratör',
    role: 'admin',
    districtId: DEMO_DISTRICTS[0]!.district.id,
    forumIds: [],
    email: `admin@${DEMO_MAIL_DOMAIN}`,
  });

  const passwords = specs.map((s) => passwordFor(s.username));
  // scrypt is slow on purpose; hashing in parallel keeps start-up short.
  const hashes = await Promise.all(passwords.map((p) => hash(p)));
  const accounts: Account[] = [];
  for (const [i, s] of specs.entries()) {
    const account: Account = { id: newId(), ...s, forumIds: [...s.forumIds], passwordHash: hashes[i]!, disabled: false, createdAt: setUpAt, updatedAt: setUpAt };
    await store.createAccount(account, AUDIT);
    accounts.push(account);
  }

  for (const d of DEMO_DISTRICTS) {
    const forums = forumsByDistrict.get(d.district.id)!;
    for (const [i, { spec, forum }] of forums.entries()) {
      const convener = accounts.find((a) => a.role === 'convener' && a.forumIds.includes(forum.id))!;
      // The first forum of each district always has fresh minutes awaiting justering.
      const meetings = buildMeetings({ spec, forum, district: d, convener, minHeldTail: i === 0 ? 1 : 0 }, now, newId);
      for (const meeting of meetings) await store.createMeeting(meeting, AUDIT);
    }
    const coordinator = accounts.find((a) => a.role === 'coordinator' && a.districtId === d.district.id)!;
    const sources = buildDemoSources({ district: d, coordinator, now, newId });
    for (const report of sources.reports) await store.createReport(report, AUDIT);
    await store.createSurvey(sources.survey, AUDIT);
    for (const statement of sources.statements) await store.createStatement(statement, AUDIT);
  }

  return specs.map((s, i) => ({ ...s, password: passwords[i]! }));
}
