// The shape of each data file, checked when the server starts so that a
// damaged file stops it with a clear message instead of failing later.
import { z } from 'zod';
import type { Lagesbild } from '../domain/lagesbild.ts';
import {
  ACTION_OUTCOMES,
  AGENDA_KINDS,
  AWARENESS,
  CADENCE_UNITS,
  CATEGORIES,
  COLLABORATION,
  FORUM_TYPES,
  MAILING_KINDS,
  MEETING_STATUSES,
  MILIEUS,
  REPORT_STATUSES,
  ROLES,
  SOURCES,
  STAFF_KNOWLEDGE,
  UNIT_TYPES,
  VBE_STATUSES,
} from '../domain/codes.ts';

const templateItem = z.object({ kind: z.enum(AGENDA_KINDS), title: z.string(), prompts: z.array(z.string()) });

const district = z.object({ id: z.string(), name: z.string(), areas: z.array(z.string()) });

const account = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  districtId: z.string(),
  email: z.string().optional(),
  forumIds: z.array(z.string()),
  passwordHash: z.string(),
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const forum = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(FORUM_TYPES),
  districtId: z.string(),
  memberOrganisations: z.array(z.string()),
  members: z
    .array(z.object({ id: z.string(), name: z.string(), organisation: z.string(), role: z.string(), email: z.string() }))
    .optional(),
  cadence: z.object({
    every: z.number(),
    unit: z.enum(CADENCE_UNITS),
    ordinal: z.number().optional(),
    weekday: z.number().optional(),
    time: z.string().optional(),
    durationMinutes: z.number().optional(),
  }),
  template: z.array(templateItem),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const carriedAction = z.object({ meetingId: z.string(), actionId: z.string(), text: z.string(), owner: z.string(), due: z.string() });
const agendaItem = templateItem.extend({ id: z.string(), carriedActions: z.array(carriedAction).optional() });

const observation = z.object({
  id: z.string(),
  milieu: z.enum(MILIEUS),
  category: z.enum(CATEGORIES),
  source: z.enum(SOURCES),
  area: z.string(),
  count: z.number(),
  date: z.string(),
  text: z.string(),
});
const action = z.object({
  id: z.string(),
  text: z.string(),
  owner: z.string(),
  due: z.string(),
  completedAt: z.string().optional(),
  completedBy: z.string().optional(),
});
const itemMinutes = z.object({
  text: z.string(),
  vbe: z.object({ status: z.enum(VBE_STATUSES), observations: z.array(observation), actions: z.array(action) }).optional(),
  actions: z.array(action).optional(),
  carriedOutcomes: z
    .array(z.object({ meetingId: z.string(), actionId: z.string(), outcome: z.enum(ACTION_OUTCOMES), note: z.string().optional() }))
    .optional(),
});

const attendance = z.object({
  present: z.array(z.string()),
  apologies: z.array(z.string()),
  guests: z.array(z.object({ name: z.string(), organisation: z.string(), role: z.string().optional() })),
  chair: z.string().optional(),
  secretary: z.string().optional(),
});

const meeting = z.object({
  id: z.string(),
  forumId: z.string(),
  districtId: z.string(),
  startsAt: z.string(),
  endsAt: z.string().optional(),
  location: z.string().optional(),
  sequence: z.number().optional(),
  reference: z.string().optional(),
  status: z.enum(MEETING_STATUSES),
  attendance: attendance.optional(),
  cancellation: z.object({ at: z.string(), by: z.string(), reason: z.string() }).optional(),
  agenda: z.array(agendaItem),
  minutes: z.record(z.string(), itemMinutes),
  approval: z
    .object({
      at: z.string(),
      by: z.string(),
      approvers: z.array(z.string()),
      forum: z
        .object({
          name: z.string(),
          memberOrganisations: z.array(z.string()),
          members: z
            .array(z.object({ id: z.string(), name: z.string(), organisation: z.string(), role: z.string(), email: z.string() }))
            .optional(),
        })
        .optional(),
    })
    .optional(),
  mailings: z
    .array(z.object({ at: z.string(), by: z.string(), kind: z.enum(MAILING_KINDS), recipients: z.number(), sequence: z.number().optional() }))
    .optional(),
  history: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      by: z.string(),
      change: z.enum(['save', 'approve', 'reopen', 'complete-action', 'redact']),
      itemId: z.string().optional(),
      item: itemMinutes.optional(),
      approvers: z.array(z.string()).optional(),
      reason: z.string().optional(),
      replaced: z.number().optional(),
      versions: z.number().optional(),
    }),
  ),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

// ---- The lägesbild's other sources (issue 11): one file per district and year. ----

export const report = z.object({
  id: z.string(),
  districtId: z.string(),
  receipt: z.string(),
  receivedAt: z.string(),
  date: z.string(),
  area: z.string(),
  text: z.string(),
  category: z.enum(CATEGORIES).optional(),
  milieu: z.enum(MILIEUS).optional(),
  unitType: z.enum(UNIT_TYPES).optional(),
  policeInformed: z.boolean().optional(),
  socialServicesInformed: z.boolean().optional(),
  status: z.enum(REPORT_STATUSES),
  triage: z.object({ at: z.string(), by: z.string(), note: z.string().optional() }).optional(),
  observation: observation.optional(),
  expiredAt: z.string().optional(),
});

const awarenessAnswers = z.object({ plan: z.enum(AWARENESS), guidance: z.enum(AWARENESS), routine: z.enum(AWARENESS), form: z.enum(AWARENESS) });

export const survey = z.object({
  id: z.string(),
  districtId: z.string(),
  year: z.number(),
  closesOn: z.string(),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      staff: z.number().optional(),
      token: z.string(),
      response: z
        .object({
          at: z.string(),
          answers: z.object({
            incidents: z.array(z.object({ milieu: z.enum(MILIEUS), category: z.enum(CATEGORIES), count: z.number() })),
            awareness: awarenessAnswers,
            staffAwareness: awarenessAnswers,
            collaboration: z.object({
              polis: z.enum(COLLABORATION),
              socialtjanst: z.enum(COLLABORATION),
              skola: z.enum(COLLABORATION),
              civilsamhalle: z.enum(COLLABORATION),
              samfund: z.enum(COLLABORATION),
              fastighetsagare: z.enum(COLLABORATION),
            }),
            staffKnowledge: z.enum(STAFF_KNOWLEDGE),
            staff: z.number(),
            courseCompleted: z.number(),
            comment: z.string().optional(),
          }),
        })
        .optional(),
    }),
  ),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});

export const statement = z.object({
  id: z.string(),
  districtId: z.string(),
  from: z.string(),
  to: z.string(),
  source: z.enum(SOURCES),
  summary: z.string(),
  nothingToReport: z.boolean(),
  observations: z.array(observation),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export const observationImport = z.object({
  id: z.string(),
  districtId: z.string(),
  from: z.string(),
  to: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
  observations: z.array(observation),
});

const session = z.object({ tokenHash: z.string(), accountId: z.string(), createdAt: z.string(), lastSeenAt: z.string() });

export const FORMAT_VERSION = 1;

export const coreFile = z.object({
  format: z.literal(FORMAT_VERSION),
  districts: z.array(district),
  accounts: z.array(account),
  forums: z.array(forum),
});
export const sessionsFile = z.object({ format: z.literal(FORMAT_VERSION), sessions: z.array(session) });
export const meetingsFile = z.object({ format: z.literal(FORMAT_VERSION), meetings: z.array(meeting) });

export type CoreFile = z.infer<typeof coreFile>;
export type SessionsFile = z.infer<typeof sessionsFile>;
export type MeetingsFile = z.infer<typeof meetingsFile>;

// ---- Issue 11: reports/, surveys/, statements/, imports/<district>/<year>.json ----
export const reportsFile = z.object({ format: z.literal(FORMAT_VERSION), records: z.array(report) });
export const surveysFile = z.object({ format: z.literal(FORMAT_VERSION), records: z.array(survey) });
export const statementsFile = z.object({ format: z.literal(FORMAT_VERSION), records: z.array(statement) });
export const importsFile = z.object({ format: z.literal(FORMAT_VERSION), records: z.array(observationImport) });

// ---- Issue 12: lagesbilder/<district>/<year of to>.json ----
const lagesbildSections = z.object({ summary: z.string(), analysis: z.string(), needs: z.string() });
export const lagesbildDocument = z.object({
  id: z.string(),
  districtId: z.string(),
  from: z.string(),
  to: z.string(),
  sections: lagesbildSections,
  status: z.enum(['draft', 'adopted']),
  adoption: z
    .object({
      at: z.string(),
      by: z.string(),
      version: z.number(),
      decision: z.string().optional(),
      // The snapshot is kept as it was compiled: a schema here would strip figures added later.
      figures: z.custom<Lagesbild>((v) => typeof v === 'object' && v !== null),
    })
    .optional(),
  versions: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      by: z.string(),
      change: z.enum(['save', 'adopt', 'reopen', 'redact']),
      sections: lagesbildSections.optional(),
      decision: z.string().optional(),
      reason: z.string().optional(),
    }),
  ),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export const lagesbilderFile = z.object({ format: z.literal(FORMAT_VERSION), records: z.array(lagesbildDocument) });

/** A file of records filed by district and year. */
export interface RecordsFile<T> {
  format: typeof FORMAT_VERSION;
  records: T[];
}
