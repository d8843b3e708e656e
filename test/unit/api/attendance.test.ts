import { describe, expect, it } from 'vitest';
import { assertApproversPresent, setMeetingAttendance, type AttendanceInput } from '../../../api/domain/attendance.ts';
import { presentPeople } from '../../../api/domain/people.ts';
import { checkMembers } from '../../../api/domain/members.ts';
import type { Forum, ForumMember, Meeting } from '../../../api/domain/types.ts';
import { counterIds, deepFreeze, expectDomainError } from '../../fixtures/domain-helpers.ts';

const NOW = '2026-03-03T15:00:00.000Z';

const MEMBERS: ForumMember[] = [
  { id: 'm-1', name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'karin.lindberg@polisen.se' },
  { id: 'm-2', name: 'Ahmed Hassan', organisation: 'Stadsdelsförvaltningen', role: 'Lokal samordnare', email: 'ahmed.hassan@stockholm.se' },
  { id: 'm-3', name: 'Eva Ström', organisation: 'Skolan', role: 'Rektor', email: 'eva.strom@stockholm.se' },
];
const FORUM: Pick<Forum, 'members'> = deepFreeze({ members: MEMBERS });

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return deepFreeze({
    id: 'meeting-1',
    forumId: 'forum-1',
    districtId: 'district-1',
    startsAt: '2026-03-03T14:00:00+01:00',
    status: 'planned',
    agenda: [],
    minutes: {},
    history: [],
    createdAt: '2026-02-01T09:00:00.000Z',
    createdBy: 'acc-1',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  } as Meeting);
}

function input(overrides: Partial<AttendanceInput> = {}): AttendanceInput {
  return { present: ['m-1', 'm-2'], apologies: ['m-3'], guests: [], ...overrides };
}

describe('setMeetingAttendance', () => {
  it('stores members present, apologies, guests, chair and secretary, and appends no version', () => {
    const saved = setMeetingAttendance(
      meeting(),
      FORUM,
      input({ guests: [{ name: ' Olle Berg ', organisation: 'Fryshuset', role: ' Fältare ' }], chair: 'm-1', secretary: 'olle berg' }),
      NOW,
    );
    expect(saved.attendance).toEqual({
      present: ['m-1', 'm-2'],
      apologies: ['m-3'],
      guests: [{ name: 'Olle Berg', organisation: 'Fryshuset', role: 'Fältare' }],
      chair: 'm-1',
      secretary: 'Olle Berg',
    });
    expect(saved.history).toEqual([]);
    expect(saved.updatedAt).toBe(NOW);
  });

  it('refuses ids that are not the forum’s members', () => {
    expectDomainError(() => setMeetingAttendance(meeting(), FORUM, input({ present: ['m-1', 'okänd'] }), NOW), 'BAD_REQUEST', 'present.1');
    expectDomainError(() => setMeetingAttendance(meeting(), FORUM, input({ apologies: ['okänd'] }), NOW), 'BAD_REQUEST', 'apologies.0');
    expectDomainError(() => setMeetingAttendance(meeting(), { members: undefined }, input({ apologies: [] }), NOW), 'BAD_REQUEST', 'present.0');
  });

  it('refuses a member both present and with apologies', () => {
    const e = expectDomainError(() => setMeetingAttendance(meeting(), FORUM, input({ apologies: ['m-3', 'm-2'] }), NOW), 'BAD_REQUEST', 'apologies.1');
    expect(e.message).toMatch(/både vara närvarande och ha anmält förhinder/);
  });

  it('guards the guests’ fields with names allowed', () => {
    const e = expectDomainError(
      () => setMeetingAttendance(meeting(), FORUM, input({ guests: [{ name: 'Olle Berg', organisation: 'Ring 070-123 45 67' }] }), NOW),
      'BAD_REQUEST',
      'guests.0.organisation',
    );
    expect(e.message).toMatch(/telefonnummer/);
    expectDomainError(
      () => setMeetingAttendance(meeting(), FORUM, input({ guests: [{ name: 'olle@exempel.se', organisation: 'Fryshuset' }] }), NOW),
      'BAD_REQUEST',
      'guests.0.name',
    );
  });

  it('takes the chair and the secretary from those present only', () => {
    expectDomainError(() => setMeetingAttendance(meeting(), FORUM, input({ chair: 'm-3' }), NOW), 'BAD_REQUEST', 'chair');
    expectDomainError(() => setMeetingAttendance(meeting(), FORUM, input({ secretary: 'Någon Annan' }), NOW), 'BAD_REQUEST', 'secretary');
  });

  it('is refused on approved minutes and on cancelled meetings', () => {
    expectDomainError(() => setMeetingAttendance(meeting({ status: 'approved' }), FORUM, input(), NOW), 'CONFLICT');
    expectDomainError(() => setMeetingAttendance(meeting({ status: 'cancelled' }), FORUM, input(), NOW), 'CONFLICT');
  });
});

describe('the justerare among those present', () => {
  const attended = meeting({
    attendance: { present: ['m-1', 'm-2'], apologies: ['m-3'], guests: [{ name: 'Olle Berg', organisation: 'Fryshuset' }] },
  });

  it('lists members present in the forum’s order, then guests', () => {
    expect(presentPeople(attended, FORUM).map((p) => p.name)).toEqual(['Karin Lindberg', 'Ahmed Hassan', 'Olle Berg']);
    expect(presentPeople(meeting(), FORUM)).toEqual([]);
  });

  it('accepts members present and guests, in any case', () => {
    expect(() => assertApproversPresent(attended, FORUM, ['karin lindberg ', 'Olle Berg'])).not.toThrow();
  });

  it('refuses anyone else, naming the position', () => {
    const e = expectDomainError(() => assertApproversPresent(attended, FORUM, ['Karin Lindberg', 'Eva Ström']), 'BAD_REQUEST', 'approvers.1');
    expect(e.message).toMatch(/bland de närvarande/);
  });

  it('lets any names through without attendance', () => {
    expect(() => assertApproversPresent(meeting(), FORUM, ['Vem Som Helst'])).not.toThrow();
  });
});

describe('checkMembers', () => {
  it('keeps earlier ids, gives new members ids and trims', () => {
    const ids = counterIds('mem');
    const out = checkMembers(
      MEMBERS,
      [
        { id: 'm-2', name: ' Ahmed Hassan ', organisation: 'SDF', role: 'Samordnare', email: ' ahmed.hassan@stockholm.se ' },
        { id: 'främmande', name: 'Lena Ek', organisation: 'Socialtjänsten', role: 'Socialsekreterare', email: 'lena.ek@stockholm.se' },
      ],
      ids,
    );
    expect(out).toEqual([
      { id: 'm-2', name: 'Ahmed Hassan', organisation: 'SDF', role: 'Samordnare', email: 'ahmed.hassan@stockholm.se' },
      { id: 'mem-1', name: 'Lena Ek', organisation: 'Socialtjänsten', role: 'Socialsekreterare', email: 'lena.ek@stockholm.se' },
    ]);
  });

  it('allows names but guards the rest of the name, organisation and role', () => {
    expect(() => checkMembers([], [{ name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'k@polisen.se' }], counterIds())).not.toThrow();
    expectDomainError(
      () => checkMembers([], [{ name: 'Karin Lindberg', organisation: 'Polisen', role: '811218-9876', email: 'k@polisen.se' }], counterIds()),
      'BAD_REQUEST',
      'members.0.role',
    );
  });

  it('checks the e-mail as an address, never with the guard, and refuses duplicates', () => {
    expectDomainError(() => checkMembers([], [{ name: 'A B', organisation: 'X', role: 'Y', email: 'inte en adress' }], counterIds()), 'BAD_REQUEST', 'members.0.email');
    expectDomainError(
      () =>
        checkMembers(
          [],
          [
            { name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'k@polisen.se' },
            { name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'K@Polisen.se' },
          ],
          counterIds(),
        ),
      'BAD_REQUEST',
      'members.1.email',
    );
  });
});
