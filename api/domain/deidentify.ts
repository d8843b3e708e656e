// The guard that keeps identifying data about private persons out of
// everything the server stores. Detection is heuristic and leans towards
// refusing: a false refusal costs the writer a rewording, a miss stores
// personal data in a record about extremism, in every version and backup.
//
// Each detector reads a canonical copy of the text (guard/canonical.ts) as
// tokens and looks a bounded distance around each candidate, so the cost is
// linear in the length of the text (npm run bench:guard).
import { findAddress } from './guard/address.ts';
import { canonicalise, hasFormatCharacters, originalSpan, type CanonicalText } from './guard/canonical.ts';
import { findEmail } from './guard/email.ts';
import type { Finding, PersonalDataKind } from './guard/finding.ts';
import { findNumbers } from './guard/numbers.ts';
import { findPersonName } from './guard/person-names.ts';
import { findPlate } from './guard/plates.ts';
import { tokenise } from './guard/tokens.ts';
import { badRequest } from './errors.ts';

export type { PersonalDataKind } from './guard/finding.ts';
export type PersonalDataFinding = Finding;

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  personnummer: 'ett personnummer',
  samordningsnummer: 'ett samordningsnummer',
  telefonnummer: 'ett telefonnummer',
  'e-post': 'en e-postadress',
  adress: 'en gatuadress',
  namn: 'ett namn på en person',
  registreringsnummer: 'ett registreringsnummer',
};

export interface GuardedField {
  /** Dotted input path, e.g. `vbe.observations.0.text`; becomes the error's `field`. */
  path: string;
  /** Swedish label shown in the message, e.g. `Observation 1: beskrivning`. */
  label: string;
  text: string;
  /** Fields that hold officials by definition (justerare, members, attendance) may hold names. */
  allowNames?: boolean;
  /** Fields of one record (an observation, an action, an item) share a group: data split across them is caught too. */
  group?: string;
}

export interface GuardOptions {
  allowNames?: boolean;
}

// On a tie at the same index the earlier kind wins: a 10-digit number that is
// both a valid personnummer and phone-shaped is reported as a personnummer.
const PRIORITY: PersonalDataKind[] = ['personnummer', 'samordningsnummer', 'telefonnummer', 'e-post', 'adress', 'registreringsnummer', 'namn'];

function findingsIn(canon: CanonicalText, options: GuardOptions): Finding[] {
  const tokens = tokenise(canon.text);
  const found = [
    ...findNumbers(canon.text, tokens),
    findEmail(canon.text),
    findAddress(canon.text, tokens),
    findPlate(canon.text),
    options.allowNames ? null : findPersonName(tokens),
  ];
  return found.filter((f): f is Finding => f !== null).map((f) => ({ kind: f.kind, ...originalSpan(canon, f.index, f.length) }));
}

function better(a: Finding, b: Finding | null): boolean {
  if (!b) return true;
  if (a.index !== b.index) return a.index < b.index;
  const pa = PRIORITY.indexOf(a.kind);
  const pb = PRIORITY.indexOf(b.kind);
  return pa !== pb ? pa < pb : a.length > b.length;
}

/** The first (leftmost) piece of identifying data in `text`, or null. Index and length are in `text` as given. */
export function findPersonalData(text: string, options: GuardOptions = {}): Finding | null {
  // Format characters both hide and separate: "8112\u200b18-9876" is one number, "5\u200b070-123 45 67" is a 5 and a phone number.
  const variants = [canonicalise(text, 'strip'), ...(hasFormatCharacters(text) ? [canonicalise(text, 'space')] : [])];
  let first: Finding | null = null;
  for (const variant of variants) {
    for (const f of findingsIn(variant, options)) if (better(f, first)) first = f;
  }
  return first;
}

const ADVICE = 'Ta bort uppgifter som kan identifiera en person innan du sparar.';
const NAME_ADVICE = 'Skriv rollen i stället, till exempel ”en elev” eller ”polisen”.';

function refusal(kind: PersonalDataKind, subject: string): string {
  return `${subject} innehåller ${PERSONAL_DATA_LABELS[kind]}. ${kind === 'namn' ? NAME_ADVICE : ADVICE}`;
}

// How much of each field's edge is read for data split across two fields.
const EDGE = 48;

/**
 * Throws BAD_REQUEST for the first field that contains identifying data, with
 * the refused span as offsets. The message names the field and the kind but
 * never repeats the data, since messages end up in logs and on screens.
 */
export function assertDeidentified(fields: Iterable<GuardedField>): void {
  const all = [...fields];
  for (const field of all) {
    const found = findPersonalData(field.text, { allowNames: field.allowNames });
    if (found) {
      throw badRequest(refusal(found.kind, `Fältet ”${field.label}”`), field.path, { start: found.index, end: found.index + found.length });
    }
  }
  // "Rinkeby 850101" in one field and "-1236 sågs" in the next: the edges of every pair in a group are read together.
  for (const a of all) {
    if (a.group === undefined) continue;
    for (const b of all) {
      if (b === a || b.group !== a.group) continue;
      const tail = a.text.slice(-EDGE);
      const joined = `${tail} ${b.text.slice(0, EDGE)}`;
      // Names are left to each field: "… med Ali" and an owner "Fältassistenterna" are no name together.
      const found = findPersonalData(joined, { allowNames: true });
      if (found && found.index < tail.length && found.index + found.length > tail.length + 1) {
        const offset = a.text.length - tail.length;
        throw badRequest(refusal(found.kind, `Fälten ”${a.label}” och ”${b.label}” tillsammans`), a.path, {
          start: offset + found.index,
          end: a.text.length,
        });
      }
    }
  }
}
