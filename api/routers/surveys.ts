// The units' survey (kartläggningsenkät): coordinators open and follow a
// round; units answer by the token in their link, without an account.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { canManageDistrict } from '../domain/access.ts';
import { AWARENESS, CATEGORIES, COLLABORATION, MILIEUS, STAFF_KNOWLEDGE } from '../domain/codes.ts';
import { badRequest, conflict, forbidden, notFound } from '../domain/errors.ts';
import { SURVEY_LIMITS } from '../domain/limits.ts';
import { answerSurvey, changeSurvey, isPlausibleSurveyToken, openSurvey, surveyIsOpen, surveyLink, surveyResults, type SurveyDeps } from '../domain/surveys.ts';
import type { Survey } from '../domain/types.ts';
import { linkBase } from '../mail/links.ts';
import { anonymousProcedure } from '../trpc/anonymous-procedure.ts';
import { districtProcedure } from '../trpc/district-procedure.ts';
import { router, signedInProcedure, type Context } from '../trpc/init.ts';
import { id, isoDate } from './inputs.ts';

// Numbers are checked as numbers here; their ranges and the rules between fields in the domain (one wording).
const count = z.number({ error: 'Ange ett tal.' });
const unit = z.object({ name: z.string().max(1_000, 'Namnet är för långt.'), staff: count.optional() });
const units = z.array(unit).max(SURVEY_LIMITS.units, `Högst ${SURVEY_LIMITS.units} enheter.`);
const awareness = z.enum(AWARENESS, { error: 'Välj ett av svaren.' });
const collaboration = z.enum(COLLABORATION, { error: 'Välj ett av svaren.' });
const awarenessAnswers = z.object({ plan: awareness, guidance: awareness, routine: awareness, form: awareness });

const answers = z.object({
  incidents: z
    .array(
      z.object({
        milieu: z.enum(MILIEUS, { error: 'Välj en miljö i listan.' }),
        category: z.enum(CATEGORIES, { error: 'Välj en kategori i listan.' }),
        count,
      }),
    )
    .max(SURVEY_LIMITS.incidents, `Högst ${SURVEY_LIMITS.incidents} rader med händelser.`),
  awareness: awarenessAnswers,
  staffAwareness: awarenessAnswers,
  collaboration: z.object({
    polis: collaboration,
    socialtjanst: collaboration,
    skola: collaboration,
    civilsamhalle: collaboration,
    samfund: collaboration,
    fastighetsagare: collaboration,
  }),
  staffKnowledge: z.enum(STAFF_KNOWLEDGE, { error: 'Välj ett av svaren.' }),
  staff: count,
  courseCompleted: count,
  // The domain trims and checks the length; this only stops an absurd body early.
  comment: z.string().max(SURVEY_LIMITS.comment * 2, `Högst ${SURVEY_LIMITS.comment} tecken.`).optional(),
});

const token = z.string().max(100, 'Länken är felaktig.');

/** One wording for every token that answers nothing: a wrong, a removed and a made-up token are alike. */
const NO_SUCH_SURVEY = 'Länken till enkäten fungerar inte. Kontrollera att du har kopierat hela länken, eller be samordnaren om en ny.';

// Answering: a district's units may all sit behind one proxy address, and each may read the form several times.
const answerLimits = {
  accepted: { limit: 600, windowMs: 60 * 60 * 1000 },
  refused: { limit: 60, windowMs: 10 * 60 * 1000 },
};

function deps(ctx: Pick<Context, 'now' | 'newId'>, actorId: string): SurveyDeps {
  return { now: ctx.now(), newId: ctx.newId, random: (n) => new Uint8Array(randomBytes(n)), actorId };
}

async function findByToken(ctx: Pick<Context, 'store'>, value: string): Promise<{ survey: Survey; unitIndex: number }> {
  const survey = isPlausibleSurveyToken(value) ? await ctx.store.findSurveyByToken(value) : undefined;
  const unitIndex = survey ? survey.units.findIndex((u) => u.token === value) : -1;
  if (!survey || unitIndex < 0) throw notFound(NO_SUCH_SURVEY);
  return { survey, unitIndex };
}

function linksOf(survey: Survey, baseUrl: string) {
  return survey.units.map((u) => ({ id: u.id, name: u.name, token: u.token, link: surveyLink(baseUrl, u.token) }));
}

/** What the coordinator sees of a round: each unit's link to show again, and whether and when it answered. */
function roundView(survey: Survey, baseUrl: string, now: Date) {
  return {
    id: survey.id,
    districtId: survey.districtId,
    year: survey.year,
    closesOn: survey.closesOn,
    open: surveyIsOpen(survey, now),
    createdAt: survey.createdAt,
    updatedAt: survey.updatedAt,
    units: survey.units.map((u) => ({
      id: u.id,
      name: u.name,
      ...(u.staff !== undefined ? { staff: u.staff } : {}),
      link: surveyLink(baseUrl, u.token),
      answered: u.response !== undefined,
      answeredAt: u.response?.at ?? null,
    })),
  };
}

/**
 * A signed-in procedure whose input has `id`: the round, loaded and checked.
 * Conveners are refused by role (FORBIDDEN); another district's round is
 * NOT_FOUND, as for any record out of reach.
 */
const surveyProcedure = signedInProcedure.input(z.object({ id })).use(async ({ ctx, input, next }) => {
  if (ctx.actor.role === 'convener') throw forbidden('Enkäten är till för den lokala samordnaren och administratörer.');
  const survey = await ctx.store.getSurvey(input.id);
  if (!survey || !canManageDistrict(ctx.actor, survey.districtId)) throw notFound('Enkätomgången finns inte eller så har du inte behörighet till den.');
  return next({ ctx: { survey } });
});

const baseUrlOf = (ctx: Context) => linkBase(ctx.mail?.publicUrl, ctx.http?.req);

export const surveysRouter = router({
  create: districtProcedure
    .input(z.object({ year: z.number({ error: 'Ange ett år.' }), closesOn: isoDate, units }))
    .mutation(async ({ ctx, input }) => {
      // One round per district and year: the lägesbild reads "the" round of a year; a forgotten unit is added to it.
      if ((await ctx.store.listSurveys({ districtId: input.districtId, year: input.year })).length > 0) {
        throw conflict(`Stadsdelen har redan en enkätomgång för ${input.year}. Lägg till enheter i den i stället.`);
      }
      const survey = await ctx.store.createSurvey(openSurvey(input, deps(ctx, ctx.actor.id)), ctx.audit);
      return { id: survey.id, units: linksOf(survey, baseUrlOf(ctx)) };
    }),

  list: districtProcedure.input(z.object({ year: z.number().optional() })).query(async ({ ctx, input }) => {
    const now = ctx.now();
    return (await ctx.store.listSurveys(input)).map((s) => ({
      id: s.id,
      year: s.year,
      closesOn: s.closesOn,
      open: surveyIsOpen(s, now),
      units: s.units.length,
      responded: s.units.filter((u) => u.response).length,
    }));
  }),

  get: surveyProcedure.query(({ ctx }) => roundView(ctx.survey, baseUrlOf(ctx), ctx.now())),

  results: surveyProcedure.query(({ ctx }) => surveyResults(ctx.survey)),

  /** A later (or earlier, not past) closing day, or units forgotten at the start; answers given stay. */
  update: surveyProcedure
    .input(z.object({ closesOn: isoDate.optional(), addUnits: units.optional() }))
    .mutation(async ({ ctx, input }) => {
      const survey = await ctx.store.updateSurvey(ctx.survey.id, (s) => changeSurvey(s, input, deps(ctx, ctx.actor.id)), ctx.audit);
      return roundView(survey, baseUrlOf(ctx), ctx.now());
    }),

  /**
   * What the answer page shows: the unit, its district and the round, and the
   * answer given so far (to correct it). A mutation, so that the token travels
   * in a POST body and never in a URL a proxy logs.
   */
  form: anonymousProcedure(answerLimits)
    .input(z.object({ token }))
    .mutation(async ({ ctx, input }) => {
      const { survey, unitIndex } = await findByToken(ctx, input.token);
      const unit = survey.units[unitIndex]!;
      const district = await ctx.store.getDistrict(survey.districtId);
      return {
        unitName: unit.name,
        districtName: district?.name ?? survey.districtId,
        year: survey.year,
        closesOn: survey.closesOn,
        open: surveyIsOpen(survey, ctx.now()),
        // When, so the page can tell whether a draft in the browser is older than the answer sent.
        ...(unit.response ? { answers: unit.response.answers, answeredAt: unit.response.at } : {}),
      };
    }),

  /** A unit's answer, or its correction until the round closes. Nothing about the answerer is stored. */
  respond: anonymousProcedure(answerLimits)
    .input(z.object({ token, answers }))
    .mutation(async ({ ctx, input }) => {
      const found = await findByToken(ctx, input.token);
      let correcting = false;
      let unitName = '';
      const survey = await ctx.store.updateSurvey(
        found.survey.id,
        (current) => {
          // Re-read under the store's lock: a unit removed meanwhile is as unknown as a wrong token.
          if (!current.units.some((u) => u.token === input.token)) throw notFound(NO_SUCH_SURVEY);
          const answered = answerSurvey(current, input.token, input.answers, ctx.now());
          correcting = answered.correcting;
          unitName = answered.unit.name;
          return answered.survey;
        },
        { actorId: 'anonym', procedure: 'surveys.respond' },
      );
      return { unitName, closesOn: survey.closesOn, correcting };
    }),
});
