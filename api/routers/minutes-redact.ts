// The handler of `minutes.redact`: takes a piece of text out of a meeting,
// the later agendas that carried it, and the backup copies. The rules (what
// is replaced, what is refused) are in api/domain/redact.ts.
import { assertCanManageDistrict, type Actor } from '../domain/access.ts';
import { assertDeidentified } from '../domain/deidentify.ts';
import { badRequest } from '../domain/errors.ts';
import { isLater, redactCopy, redactionNeedle, redactionReason, redactLaterAgenda, redactMeeting, withRedactionVersion } from '../domain/redact.ts';
import type { AuditContext } from '../store/store.ts';
import type { Context } from '../trpc/init.ts';
import type { ReadableMeeting } from '../trpc/meeting-procedure.ts';

export interface RedactInput {
  meetingId: string;
  text: string;
  reason: string;
}

export interface RedactResult {
  /** Occurrences replaced in current records: the meeting and the later agendas. */
  replaced: number;
  /** Versions in the meeting's history that held the text. */
  versions: number;
  /** Backup files rewritten. */
  backups: number;
  /** Backup files that could not be read, so were left as they were: the operator must look at them. */
  unreadableBackups: number;
}

type RedactContext = Pick<Context, 'store' | 'now'> & ReadableMeeting & { actor: Actor; audit: AuditContext };

export async function redactMinutes(ctx: RedactContext, input: RedactInput): Promise<RedactResult> {
  const { meeting } = ctx;
  assertCanManageDistrict(ctx.actor, meeting.districtId);
  const needle = redactionNeedle(input.text);
  const reason = redactionReason(input.reason, needle);
  assertDeidentified([{ path: 'reason', label: 'Motivering', text: reason }]);
  const record = (replaced: number, versions: number) => ({ at: ctx.now().toISOString(), by: ctx.actor.id, reason, replaced, versions });

  // The live records first, so that a backup made meanwhile copies them redacted.
  let later = 0;
  for (const other of await ctx.store.listMeetings({ forumIds: [meeting.forumId] })) {
    if (!isLater(other, meeting) || redactLaterAgenda(other, meeting.id, needle).replaced === 0) continue;
    await ctx.store.updateMeeting(
      other.id,
      (m) => {
        const r = redactLaterAgenda(m, meeting.id, needle);
        later += r.replaced;
        return r.meeting;
      },
      ctx.audit,
    );
  }
  let own = redactMeeting(meeting, needle);
  const live = later + own.replaced + own.versions > 0;
  if (live) {
    await ctx.store.updateMeeting(
      meeting.id,
      (m) => {
        own = redactMeeting(m, needle);
        return withRedactionVersion(own.meeting, record(own.replaced + later, own.versions));
      },
      ctx.audit,
    );
  }

  // Copies left by an earlier redaction that stopped half-way are taken too.
  const { rewritten: backups, unreadable: unreadableBackups } = await ctx.store.rewriteMeetingCopies(meeting, redactCopy(meeting, needle));
  if (!live) {
    if (backups === 0) {
      throw badRequest('Fältet ”Text att ta bort”: texten finns inte i mötets dagordning, protokoll, versioner eller säkerhetskopior. Kontrollera stavningen.', 'text');
    }
    await ctx.store.updateMeeting(meeting.id, (m) => withRedactionVersion(m, record(0, 0)), ctx.audit);
  }
  return { replaced: own.replaced + later, versions: own.versions, backups, unreadableBackups };
}
