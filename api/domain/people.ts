// Who was at a meeting, by name. Apart from attendance.ts because the
// workspace uses it in the browser, and attendance.ts brings the guard and
// its name lists, which must not ship to the browser.
import type { Forum, Meeting } from './types.ts';

/** Who was there, by name: members present (in the forum's order) and guests. Empty without attendance. */
export function presentPeople(meeting: Pick<Meeting, 'attendance'>, forum: Pick<Forum, 'members'>): { name: string; organisation: string; role?: string }[] {
  const attendance = meeting.attendance;
  if (!attendance) return [];
  const present = new Set(attendance.present);
  const members = (forum.members ?? []).filter((m) => present.has(m.id)).map((m) => ({ name: m.name, organisation: m.organisation, role: m.role }));
  return [...members, ...attendance.guests];
}
