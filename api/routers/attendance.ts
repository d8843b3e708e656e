// meetings.setAttendance: who attended, who sent apologies, guests, chair
// and secretary. Its own file (merged into `meetings` in index.ts) so the
// meeting lifecycle and attendance can change independently.
import { z } from 'zod';
import { setMeetingAttendance } from '../domain/attendance.ts';
import { LIMITS } from '../domain/limits.ts';
import { router } from '../trpc/init.ts';
import { meetingProcedure } from '../trpc/meeting-procedure.ts';
import { id, requiredText, text } from './inputs.ts';

const memberIds = z.array(id).max(LIMITS.members, `Högst ${LIMITS.members} personer.`);

const guest = z.object({
  name: requiredText(LIMITS.memberName, 'gästens namn'),
  organisation: requiredText(LIMITS.organisation, 'gästens organisation'),
  role: text(LIMITS.memberRole).optional(),
});

export const attendanceInput = z.object({
  present: memberIds.default([]),
  apologies: memberIds.default([]),
  guests: z.array(guest).max(LIMITS.guests, `Högst ${LIMITS.guests} gäster.`).default([]),
  chair: text(LIMITS.memberName).optional(),
  secretary: text(LIMITS.memberName).optional(),
});

export const attendanceRouter = router({
  setAttendance: meetingProcedure
    .input(attendanceInput)
    .mutation(({ ctx, input }) =>
      ctx.store.updateMeeting(input.meetingId, (m) => setMeetingAttendance(m, ctx.forum, input, ctx.now().toISOString()), ctx.audit),
    ),
});
