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

// Characters that make an address more than a plain addr-spec: spaces, double quotes,
// list and header separators. Such a value could smuggle a second recipient
// or a display name into To, Reply-To or a calendar's mailto:.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\s\u0000-\u001f\u007f"(),:;<>[\]\\]/;
/** An address is at most 254 characters (RFC 5321 4.5.3.1.3). */
export const EMAIL_MAX = 254;

/**
 * The one check of a work e-mail (members, accounts, the CLI, MAIL_FROM):
 * a plain addr-spec with one @ and a dot in the domain. Anything stricter
 * would reject real addresses.
 */
export function isWorkEmail(value: string): boolean {
  if (value.length > EMAIL_MAX || NOT_PLAIN.test(value)) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local, domain] = parts as [string, string];
  const labels = domain.split('.');
  return local.length > 0 && !/^\.|\.$|\.\./.test(local) && labels.length >= 2 && labels.every((l) => l.length > 0);
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
