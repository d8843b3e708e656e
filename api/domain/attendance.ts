// Who took part in a meeting: the forum's members present or with apologies,
// guests, the chair and the secretary; and the justerare, who are picked
// from those present once attendance is set.
import { assertDeidentified } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { presentPeople } from './people.ts';
import type { Attendance, Forum, ForumMember, Guest, Meeting } from './types.ts';

export interface AttendanceInput {
  present: string[];
  apologies: string[];
  guests: Guest[];
  /** A present member's id, or a guest's name. */
  chair?: string;
  secretary?: string;
}

function byId(forum: Pick<Forum, 'members'>): Map<string, ForumMember> {
  return new Map((forum.members ?? []).map((m) => [m.id, m]));
}

function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()))];
}

/**
 * The attendance as stored. Refused on approved minutes (they are locked)
 * and on cancelled meetings (nobody met). Attendance is no minutes text, so
 * it appends no version; the audit log records the change.
 */
export function setMeetingAttendance(meeting: Meeting, forum: Pick<Forum, 'members'>, input: AttendanceInput, now: string): Meeting {
  if (meeting.status === 'approved') throw conflict('Protokollet är justerat och låst. En samordnare kan öppna det igen med en motivering.');
  if (meeting.status === 'cancelled') throw conflict('Mötet är inställt. Närvaro kan inte anges för ett inställt möte.');

  const members = byId(forum);
  const present = uniqueIds(input.present);
  const apologies = uniqueIds(input.apologies);
  const check = (list: string[], field: 'present' | 'apologies') =>
    list.forEach((id, i) => {
      if (!members.has(id)) throw badRequest('Personen finns inte bland forumets medlemmar. Lägg till personen som medlem eller som gäst.', `${field}.${i}`);
    });
  check(present, 'present');
  check(apologies, 'apologies');
  const both = apologies.findIndex((id) => present.includes(id));
  if (both >= 0) throw badRequest('En medlem kan inte både vara närvarande och ha anmält förhinder.', `apologies.${both}`);

  const guests = input.guests.map(
    (g): Guest => ({ name: g.name.trim(), organisation: g.organisation.trim(), ...(g.role?.trim() ? { role: g.role.trim() } : {}) }),
  );
  // Guests are officials from outside the forum: names allowed, everything else guarded.
  assertDeidentified(
    guests.flatMap((g, i) => {
      const group = `guests.${i}`;
      const label = `Gäst ${i + 1}`;
      return [
        { path: `${group}.name`, label: `${label}: namn`, text: g.name, allowNames: true, group },
        { path: `${group}.organisation`, label: `${label}: organisation`, text: g.organisation, allowNames: true, group },
        ...(g.role ? [{ path: `${group}.role`, label: `${label}: roll`, text: g.role, allowNames: true, group }] : []),
      ];
    }),
  );
  const guestNames = new Set(guests.map((g) => g.name.toLowerCase()));
  guests.forEach((g, i) => {
    if (guests.findIndex((o) => o.name.toLowerCase() === g.name.toLowerCase()) !== i) throw badRequest('Gästen finns redan i listan.', `guests.${i}.name`);
  });

  const attendance: Attendance = { present, apologies, guests };
  for (const [field, label] of [
    ['chair', 'Ordföranden'],
    ['secretary', 'Sekreteraren'],
  ] as const) {
    const value = input[field]?.trim();
    if (!value) continue;
    if (!present.includes(value) && !guestNames.has(value.toLowerCase())) {
      throw badRequest(`${label} väljs bland de närvarande: en medlem som är med eller en gäst.`, field);
    }
    attendance[field] = present.includes(value) ? value : guests.find((g) => g.name.toLowerCase() === value.toLowerCase())!.name;
  }
  return { ...meeting, attendance, updatedAt: now };
}


/**
 * Once attendance is set, the justerare are among those present (members
 * present and guests), compared without regard to case or surrounding
 * spaces. Without attendance any names may be typed, as before.
 */
export function assertApproversPresent(meeting: Pick<Meeting, 'attendance'>, forum: Pick<Forum, 'members'>, approvers: readonly string[]): void {
  if (!meeting.attendance) return;
  const names = new Set(presentPeople(meeting, forum).map((p) => p.name.trim().toLowerCase()));
  approvers.forEach((name, i) => {
    if (!names.has(name.trim().toLowerCase())) {
      throw badRequest(`Justerare ${i + 1} finns inte bland de närvarande. Välj justerare bland dem som var med på mötet.`, `approvers.${i}`);
    }
  });
}
