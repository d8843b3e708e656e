// A forum's members: the officials invited to every meeting. Names are
// allowed here (officials are named by definition), but the guard still
// refuses identity numbers, phone numbers, addresses and e-mail in the
// name, organisation and role. The work e-mail lives in its own field and is
// checked as an address instead.
import { assertDeidentified, type GuardedField } from './deidentify.ts';
import { badRequest } from './errors.ts';
import type { ForumMember } from './types.ts';

export interface MemberInput {
  /** An earlier member's id, to edit that member rather than add one. */
  id?: string;
  name: string;
  organisation: string;
  role: string;
  email: string;
}

// A plain work address: one @, a dot in the domain, no spaces. Stricter checks reject real addresses.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isWorkEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** The members as they will be stored: trimmed, checked, earlier ids kept, new ones given ids. */
export function checkMembers(previous: readonly ForumMember[] | undefined, input: readonly MemberInput[], newId: () => string): ForumMember[] {
  const fields: GuardedField[] = input.flatMap((m, i) => {
    const group = `members.${i}`;
    const label = `Medlem ${i + 1}`;
    return [
      { path: `${group}.name`, label: `${label}: namn`, text: m.name, allowNames: true, group },
      { path: `${group}.organisation`, label: `${label}: organisation`, text: m.organisation, allowNames: true, group },
      { path: `${group}.role`, label: `${label}: roll`, text: m.role, allowNames: true, group },
    ];
  });
  assertDeidentified(fields);

  const seen = new Set<string>();
  input.forEach((m, i) => {
    const email = m.email.trim().toLowerCase();
    if (!isWorkEmail(email)) throw badRequest(`Medlem ${i + 1}: ange en giltig e-postadress i tjänsten.`, `members.${i}.email`);
    if (seen.has(email)) throw badRequest(`Medlem ${i + 1}: e-postadressen finns redan i listan.`, `members.${i}.email`);
    seen.add(email);
  });

  const unused = new Set((previous ?? []).map((m) => m.id));
  return input.map((m) => ({
    id: m.id !== undefined && unused.delete(m.id) ? m.id : newId(),
    name: m.name.trim(),
    organisation: m.organisation.trim(),
    role: m.role.trim(),
    email: m.email.trim(),
  }));
}
