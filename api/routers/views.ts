// What records look like when they leave the server.
import { vbeRecordOf } from '../domain/minutes.ts';
import type { Account, Meeting, PublicAccount } from '../domain/types.ts';

export function publicAccount(account: Account): PublicAccount {
  const { passwordHash: _hash, ...rest } = account;
  return rest;
}

export function vbeStatusOf(meeting: Meeting) {
  return vbeRecordOf(meeting)?.status ?? null;
}

/** A meeting in a list: no minutes text, no history. */
export function meetingSummary(meeting: Meeting) {
  return {
    id: meeting.id,
    forumId: meeting.forumId,
    districtId: meeting.districtId,
    startsAt: meeting.startsAt,
    location: meeting.location,
    status: meeting.status,
    vbeStatus: vbeStatusOf(meeting),
    approval: meeting.approval,
    cancellation: meeting.cancellation,
  };
}
