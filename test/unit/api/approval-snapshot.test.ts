// Approved minutes keep the forum's members as they were: a member who later
// leaves the forum, or changes role, still reads as they were in the protocol.
import { describe, expect, it } from 'vitest';
import { latestVersion, approveMinutes, saveItemMinutes } from '../../../api/domain/minutes.ts';
import { redactionNeedle, redactMeeting } from '../../../api/domain/redact.ts';
import { meetingView } from '../../../api/exports/export-model.ts';
import { protocolForum, protocolMeeting } from './exports/protocol-fixture.ts';

const change = { actorId: 'u', now: '2026-03-04T15:00:00.000Z', newId: () => 'new-id' };

function approvedWithSnapshot() {
  const held = protocolMeeting({ approved: false });
  const vbe = held.agenda.find((i) => i.kind === 'vbe')!;
  const saved = saveItemMinutes(held, { itemId: vbe.id, text: 'Läget är oförändrat.' }, change);
  return approveMinutes(saved, { approvers: ['Anna Andersson'], version: latestVersion(saved) }, change, protocolForum);
}

describe('the approval snapshot of members', () => {
  it('keeps the members as they were at approval', () => {
    const approved = approvedWithSnapshot();
    expect(approved.approval?.forum?.members?.map((m) => m.name)).toEqual(protocolForum.members!.map((m) => m.name));
  });

  it('lets the protocol name members who have since left the forum', () => {
    const approved = approvedWithSnapshot();
    const later = { ...protocolForum, members: protocolForum.members!.filter((m) => m.id !== 'mem-2') };
    const view = meetingView(approved, later);
    expect(view.attendance?.present.map((p) => p.name)).toContain('Bertil Berg');
    expect(view.attendance?.secretary?.name).toBe('Bertil Berg');
  });

  it('is redacted with the rest of the meeting', () => {
    const approved = approvedWithSnapshot();
    const { meeting } = redactMeeting(approved, redactionNeedle('Bertil Berg'));
    expect(JSON.stringify(meeting.approval)).not.toContain('Bertil Berg');
  });
});
