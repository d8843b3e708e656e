// Input pieces shared by the routers. Messages are Swedish; zod names the
// field path in every error (see the error formatter in trpc/init.ts).
import { z } from 'zod';
import { CADENCE_UNITS, CATEGORIES, FORUM_TYPES, MILIEUS, SOURCES, VBE_STATUSES } from '../domain/codes.ts';
import { cleanText, LIMITS, YEARS } from '../domain/limits.ts';
import { isIsoDate } from '../domain/periods.ts';
import { isClockTime } from '../domain/cadence.ts';
import { MAX_MEETING_MINUTES } from '../domain/meeting-time.ts';

export const id = z.string().trim().min(1, 'Ange ett id.').max(100, 'Id:t är för långt.');

const YEAR_MESSAGE = `Året måste vara mellan ${YEARS.first} och ${YEARS.last}.`;
const inYears = (year: number) => year >= YEARS.first && year <= YEARS.last;

export const isoDate = z
  .string()
  .refine(isIsoDate, 'Ange ett giltigt datum som ÅÅÅÅ-MM-DD.')
  .refine((s) => !isIsoDate(s) || inYears(Number(s.slice(0, 4))), YEAR_MESSAGE);

/** An instant with date, time and offset, e.g. 2026-03-03T14:00:00+01:00. */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'Ange datum och tid som 2026-03-03T14:00:00+01:00.')
  .refine((s) => isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), 'Datumet finns inte.')
  // Both the written year and the UTC year: 9999-12-31T23:30-01:00 is year 10000 in UTC, where meetings are filed.
  .refine((s) => Number.isNaN(Date.parse(s)) || (inYears(Number(s.slice(0, 4))) && inYears(new Date(s).getUTCFullYear())), YEAR_MESSAGE);

/** Free text as stored: control characters removed (line feed and tab kept), at most `max` characters. */
export const text = (max: number) => z.string().overwrite(cleanText).max(max, `Högst ${max} tecken.`);
export const requiredText = (max: number, what: string) =>
  z.string().overwrite(cleanText).trim().min(1, `Ange ${what}.`).max(max, `Högst ${max} tecken.`);

export const prompts = z.array(requiredText(LIMITS.prompt, 'en fråga')).max(LIMITS.prompts, `Högst ${LIMITS.prompts} frågor per punkt.`);

export const milieu = z.enum(MILIEUS, { error: `Välj en miljö: ${MILIEUS.join(', ')}.` });
export const category = z.enum(CATEGORIES, { error: `Välj en kategori: ${CATEGORIES.join(', ')}.` });
export const source = z.enum(SOURCES, { error: `Välj en källa: ${SOURCES.join(', ')}.` });
export const vbeStatus = z.enum(VBE_STATUSES, { error: `Välj status: ${VBE_STATUSES.join(', ')}.` });
export const forumType = z.enum(FORUM_TYPES, { error: `Välj forumtyp: ${FORUM_TYPES.join(', ')}.` });

/** "Every N weeks (on a weekday)", "every N months", or "the Nth (or last, -1) weekday of the month"; a usual time. */
export const cadence = z
  .object({
    every: z.number().int('Ange ett heltal.').min(1, 'Minst 1.').max(52, 'Högst 52.'),
    unit: z.enum(CADENCE_UNITS, { error: 'Välj week eller month.' }),
    ordinal: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(-1)], { error: 'Välj 1–5 eller -1 (sista).' }).optional(),
    weekday: z.number().int('Ange ett heltal.').min(0, 'Välj 0 (söndag) till 6 (lördag).').max(6, 'Välj 0 (söndag) till 6 (lördag).').optional(),
    time: z.string().refine(isClockTime, 'Ange tiden som TT:MM, till exempel 14:00.').optional(),
    durationMinutes: z.number().int('Ange ett heltal.').min(15, 'Minst 15 minuter.').max(MAX_MEETING_MINUTES, `Högst ${MAX_MEETING_MINUTES} minuter.`).optional(),
  })
  .refine((c) => c.ordinal === undefined || (c.unit === 'month' && c.weekday !== undefined), {
    message: 'En plats i månaden (ordinal) kräver enheten month och en veckodag.',
    path: ['ordinal'],
  });

export const observation = z.object({
  id: id.optional(),
  milieu,
  category,
  source,
  area: requiredText(LIMITS.area, 'ett område (ett ortnamn, inte en adress)'),
  count: z.number().int('Antalet måste vara ett heltal.').min(1, 'Antalet måste vara minst 1.').max(LIMITS.observationCount, 'Högst 10 000.'),
  date: isoDate,
  text: text(LIMITS.observationText),
});

export const action = z.object({
  id: id.optional(),
  text: requiredText(LIMITS.actionText, 'vad som ska göras'),
  owner: requiredText(LIMITS.actionOwner, 'en ansvarig roll eller organisation'),
  due: isoDate,
});

export const vbeRecord = z.object({
  status: vbeStatus,
  observations: z.array(observation).max(LIMITS.observations, `Högst ${LIMITS.observations} observationer per möte.`),
  actions: z.array(action).max(LIMITS.actions, `Högst ${LIMITS.actions} åtgärder per möte.`),
});
