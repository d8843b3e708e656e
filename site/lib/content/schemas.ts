// Front-matter schemas, one per content kind. Shared by Astro's content
// collections (site/content.config.ts) and by `npm run check:content`, so the
// build and the checker reject exactly the same files.
import { z } from 'astro/zod';

export const MILIEUS = ['autonoma', 'vit-makt', 'islamistisk'] as const;
export const SEEN_IN = [
  'klotter',
  'klistermarken',
  'affischer',
  'flaggor',
  'tatueringar',
  'klader',
  'smycken',
  'digitalt',
] as const;
export const PLAN_SECTIONS = ['preventive', 'preventing', 'grants-and-premises', 'skills'] as const;
export const GUIDELINE_AREAS = ['general', 'targeted', 'individual'] as const;
export const FOLLOW_UPS = ['T1', 'T2', 'VB'] as const;
export const CONTACT_FUNCTIONS = [
  'lokal-samordnare',
  'stadens-samordnare',
  'socialtjanstens-vbe-team',
  'stodfunktion',
] as const;

const text = z.string().trim().min(1, 'får inte vara tom');
// YAML turns an unquoted 2026-11-20 into a Date; a quoted one stays a string.
const isoDate = z.coerce.date({ errorMap: () => ({ message: 'ska vara ett datum (ÅÅÅÅ-MM-DD)' }) });

const base = {
  title: text,
  summary: text.max(300, 'högst 300 tecken'),
  updated: isoDate,
  tags: z.array(text).default([]),
};

export const guidanceSchema = z
  .object({ ...base, order: z.number().int().optional() })
  .strict();

export const routineSchema = z
  .object({ ...base, order: z.number().int().optional(), urgent: z.boolean().default(false) })
  .strict();

export const symbolSchema = z
  .object({
    ...base,
    aliases: z.array(text).default([]),
    milieu: z.enum(MILIEUS),
    signals: text,
    seenIn: z.array(z.enum(SEEN_IN)).min(1, 'minst en plats där symbolen syns'),
    contextNote: text,
  })
  .strict();

export const planActivitySchema = z
  .object({
    activity: text,
    owner: text,
    timeline: text,
    followUp: z.array(z.enum(FOLLOW_UPS)).min(1, 'minst ett uppföljningstillfälle'),
    section: z.enum(PLAN_SECTIONS),
    area: z.enum(GUIDELINE_AREAS),
  })
  .strict();

export const planSchema = z
  .object({
    ...base,
    district: z.string().regex(/^[a-z0-9-]+$/, 'ska vara ett id med små bokstäver, siffror och bindestreck'),
    districtName: text,
    year: z.number().int().min(2000).max(2100),
    situationPeriod: text,
    sections: z
      .array(z.object({ id: z.enum(PLAN_SECTIONS), title: text, description: text }).strict())
      .min(1),
    activities: z.array(planActivitySchema).min(1),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const sectionIds = new Set(plan.sections.map((s) => s.id));
    plan.activities.forEach((a, i) => {
      if (!sectionIds.has(a.section)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['activities', i, 'section'],
          message: `avsnittet ”${a.section}” saknas i sections`,
        });
      }
    });
  });

export const contactSchema = z
  .object({
    ...base,
    function: z.enum(CONTACT_FUNCTIONS),
    district: z.string().regex(/^[a-z0-9-]+$/).optional(),
    districtName: text.optional(),
    email: z
      .string()
      .email('ska vara en e-postadress')
      .refine((v) => v.endsWith('.invalid'), 'demoadresser ska sluta på .invalid'),
    demoData: z.literal(true, { errorMap: () => ({ message: 'ska vara true: adresserna är påhittade' }) }),
    responsibilities: z.array(text).min(1),
  })
  .strict();

export const schemas = {
  guidance: guidanceSchema,
  routines: routineSchema,
  symbols: symbolSchema,
  plans: planSchema,
  contacts: contactSchema,
} as const;

export type ContentKind = keyof typeof schemas;
export const CONTENT_KINDS = Object.keys(schemas) as ContentKind[];
