// Input pieces shared by the routers. Messages are Swedish; zod names the
// field path in every error (see the error formatter in trpc/init.ts).
import { z } from 'zod';
import { CADENCE_UNITS, CATEGORIES, FORUM_TYPES, MILIEUS, SOURCES, VBE_STATUSES } from '../domain/codes.ts';
import { isIsoDate } from '../domain/periods.ts';

export const id = z.string().trim().min(1, 'Ange ett id.').max(100, 'Id:t är för långt.');

export const isoDate = z.string().refine(isIsoDate, 'Ange ett giltigt datum som ÅÅÅÅ-MM-DD.');

/** An instant with date, time and offset, e.g. 2026-03-03T14:00:00+01:00. */
export const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'Ange datum och tid som 2026-03-03T14:00:00+01:00.')
  .refine((s) => isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), 'Datumet finns inte.');

export const text = (max: number) => z.string().max(max, `Högst ${max} tecken.`);
export const requiredText = (max: number, what: string) =>
  z.string().trim().min(1, `Ange ${what}.`).max(max, `Högst ${max} tecken.`);

export const prompts = z.array(requiredText(300, 'en fråga')).max(20, 'Högst 20 frågor per punkt.');

export const milieu = z.enum(MILIEUS, { error: `Välj en miljö: ${MILIEUS.join(', ')}.` });
export const category = z.enum(CATEGORIES, { error: `Välj en kategori: ${CATEGORIES.join(', ')}.` });
export const source = z.enum(SOURCES, { error: `Välj en källa: ${SOURCES.join(', ')}.` });
export const vbeStatus = z.enum(VBE_STATUSES, { error: `Välj status: ${VBE_STATUSES.join(', ')}.` });
export const forumType = z.enum(FORUM_TYPES, { error: `Välj forumtyp: ${FORUM_TYPES.join(', ')}.` });

export const cadence = z.object({
  every: z.number().int('Ange ett heltal.').min(1, 'Minst 1.').max(52, 'Högst 52.'),
  unit: z.enum(CADENCE_UNITS, { error: 'Välj week eller month.' }),
});

export const observation = z.object({
  id: id.optional(),
  milieu,
  category,
  source,
  area: requiredText(80, 'ett område (ett ortnamn, inte en adress)'),
  count: z.number().int('Antalet måste vara ett heltal.').min(1, 'Antalet måste vara minst 1.').max(10000, 'Högst 10 000.'),
  date: isoDate,
  text: text(500),
});

export const action = z.object({
  id: id.optional(),
  text: requiredText(500, 'vad som ska göras'),
  owner: requiredText(120, 'en ansvarig roll eller organisation'),
  due: isoDate,
});

export const vbeRecord = z.object({
  status: vbeStatus,
  observations: z.array(observation).max(100, 'Högst 100 observationer per möte.'),
  actions: z.array(action).max(50, 'Högst 50 åtgärder per möte.'),
});
