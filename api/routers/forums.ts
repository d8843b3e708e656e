import { z } from 'zod';
import { assertCanManageDistrict, assertCanReadForum, canReadForum } from '../domain/access.ts';
import { checkTemplate, defaultTemplate, VBE_EXPLANATION } from '../domain/agenda.ts';
import { AGENDA_KINDS } from '../domain/codes.ts';
import { assertDeidentified } from '../domain/deidentify.ts';
import { badRequest } from '../domain/errors.ts';
import { checkMembers, isWorkEmail } from '../domain/members.ts';
import type { Forum, Meeting } from '../domain/types.ts';
import { withEffectiveStatus } from '../domain/meeting-lifecycle.ts';
import { router, signedInProcedure } from '../trpc/init.ts';
import { LIMITS } from '../domain/limits.ts';
import { cadence, forumType, id, prompts, requiredText } from './inputs.ts';
import { meetingSummary } from './views.ts';

const templateItem = z.object({
  kind: z.enum(AGENDA_KINDS, { error: `Välj typ av punkt: ${AGENDA_KINDS.join(', ')}.` }),
  title: requiredText(LIMITS.itemTitle, 'en rubrik'),
  prompts,
});
const template = z.array(templateItem).min(1, 'Dagordningen behöver minst en punkt.').max(LIMITS.templateItems, `Högst ${LIMITS.templateItems} punkter.`);
// Members are officials: the name, organisation and role are guarded with names allowed; the work e-mail is checked as an address, never guarded.
const member = z.object({
  id: id.optional(),
  name: requiredText(LIMITS.memberName, 'ett namn'),
  organisation: requiredText(LIMITS.organisation, 'en organisation'),
  role: requiredText(LIMITS.memberRole, 'en roll'),
  email: z.string().trim().max(LIMITS.email, `Högst ${LIMITS.email} tecken.`).refine((v) => isWorkEmail(v), 'Ange en giltig e-postadress i tjänsten.'),
});
const members = z.array(member).max(LIMITS.members, `Högst ${LIMITS.members} medlemmar.`);
const organisations = z.array(requiredText(LIMITS.organisation, 'en organisation')).max(LIMITS.organisations, `Högst ${LIMITS.organisations} organisationer.`);

function summarise(forum: Forum, stored: Meeting[], now: number) {
  // Statuses as read now (meeting-lifecycle.ts); a cancelled meeting is neither the next nor the latest.
  const meetings = stored.map((m) => withEffectiveStatus(m, new Date(now))).filter((m) => m.status !== 'cancelled');
  const upcoming = meetings.filter((m) => Date.parse(m.startsAt) >= now);
  const past = meetings.filter((m) => Date.parse(m.startsAt) < now);
  const next = upcoming[0];
  const latest = past.at(-1);
  return {
    ...forum,
    nextMeeting: next ? meetingSummary(next) : null,
    latestMeeting: latest ? meetingSummary(latest) : null,
    unapprovedMinutes: meetings.filter((m) => m.status === 'held').length,
  };
}

function assertForumFields(input: { name?: string; memberOrganisations?: string[] }) {
  assertDeidentified([
    ...(input.name === undefined ? [] : [{ path: 'name', label: 'Namn', text: input.name }]),
    ...(input.memberOrganisations ?? []).map((text, i) => ({ path: `memberOrganisations.${i}`, label: `Organisation ${i + 1}`, text })),
  ]);
}

export const forumsRouter = router({
  list: signedInProcedure.input(z.object({ districtId: id.optional() }).optional()).query(async ({ ctx, input }) => {
    const forums = (await ctx.store.listForums({ districtId: input?.districtId })).filter((f) => canReadForum(ctx.actor, f));
    const meetings = await ctx.store.listMeetings({ forumIds: forums.map((f) => f.id) });
    const byForum = new Map<string, Meeting[]>();
    for (const m of meetings) byForum.set(m.forumId, [...(byForum.get(m.forumId) ?? []), m]);
    const now = ctx.now().getTime();
    return forums.map((f) => summarise(f, byForum.get(f.id) ?? [], now));
  }),

  get: signedInProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const forum = await ctx.store.getForum(input.id);
    assertCanReadForum(ctx.actor, forum);
    const conveners = (await ctx.store.listAccounts())
      .filter((a) => a.role === 'convener' && !a.disabled && a.forumIds.includes(forum.id))
      .map((a) => ({ id: a.id, displayName: a.displayName }));
    return { ...forum, conveners, vbeExplanation: VBE_EXPLANATION };
  }),

  create: signedInProcedure
    .input(
      z.object({
        name: requiredText(LIMITS.forumName, 'ett namn'),
        type: forumType,
        districtId: id,
        memberOrganisations: organisations.default([]),
        cadence: cadence.default({ every: 1, unit: 'month' }),
        template: template.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertCanManageDistrict(ctx.actor, input.districtId);
      if (!(await ctx.store.getDistrict(input.districtId))) throw badRequest('Stadsdelen finns inte.', 'districtId');
      assertForumFields(input);
      const now = ctx.now().toISOString();
      const forum: Forum = {
        id: ctx.newId(),
        name: input.name,
        type: input.type,
        districtId: input.districtId,
        memberOrganisations: input.memberOrganisations,
        cadence: input.cadence,
        template: checkTemplate(input.type, input.template ?? defaultTemplate(input.type)),
        createdAt: now,
        updatedAt: now,
      };
      return ctx.store.createForum(forum, { ...ctx.audit });
    }),

  update: signedInProcedure
    .input(
      z.object({
        id,
        name: requiredText(LIMITS.forumName, 'ett namn').optional(),
        memberOrganisations: organisations.optional(),
        /** The whole list: pass back an earlier member's id to keep it; members left out are removed. */
        members: members.optional(),
        cadence: cadence.optional(),
        template: template.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const current = await ctx.store.getForum(input.id);
      assertCanReadForum(ctx.actor, current);
      assertForumFields(input);
      const checkedMembers = input.members && checkMembers(current.members, input.members, ctx.newId);
      return ctx.store.updateForum(
        input.id,
        (forum) => ({
          ...forum,
          name: input.name ?? forum.name,
          memberOrganisations: input.memberOrganisations ?? forum.memberOrganisations,
          ...(checkedMembers ? { members: checkedMembers } : {}),
          cadence: input.cadence ?? forum.cadence,
          template: input.template ? checkTemplate(forum.type, input.template) : forum.template,
          updatedAt: ctx.now().toISOString(),
        }),
        ctx.audit,
      );
    }),
});
