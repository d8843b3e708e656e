// Redaction reaches the records issue 9 added: actions on any item, notes
// on carried actions' outcomes, and guests in the attendance.
import { describe, expect, it } from 'vitest';
import { redactionNeedle, redactMeeting } from '../../../api/domain/redact.ts';
import type { Meeting } from '../../../api/domain/types.ts';
import { deepFreeze } from '../../fixtures/domain-helpers.ts';

const NAME = 'Kalle Svensson';

describe('redactMeeting and issue 9 records', () => {
  it('replaces the text in other items’ actions, outcome notes, guests and a chair named as a guest', () => {
    const minutes = {
      text: '',
      actions: [{ id: 'a', text: `Samtal med ${NAME}`, owner: 'Skolan', due: '2026-04-01' }],
      carriedOutcomes: [{ meetingId: 'm-0', actionId: 'x', outcome: 'continues' as const, note: `${NAME} har flyttat` }],
    };
    const meeting: Meeting = deepFreeze({
      id: 'm-1',
      forumId: 'f',
      districtId: 'd',
      startsAt: '2026-03-03T13:00:00.000Z',
      status: 'held',
      agenda: [],
      minutes: { item: minutes },
      attendance: { present: [], apologies: [], guests: [{ name: NAME, organisation: 'Fryshuset' }], chair: NAME },
      history: [{ version: 1, at: '2026-03-03T15:00:00.000Z', by: 'acc', change: 'save', itemId: 'item', item: minutes }],
      createdAt: '2026-02-01T00:00:00.000Z',
      createdBy: 'acc',
      updatedAt: '2026-03-03T15:00:00.000Z',
    } as Meeting);
    const result = redactMeeting(meeting, redactionNeedle(NAME));
    expect(result.replaced).toBe(4);
    expect(result.versions).toBe(1);
    expect(JSON.stringify(result.meeting)).not.toContain('Svensson');
    expect(result.meeting.minutes.item!.actions![0]!.text).toBe('Samtal med [borttaget]');
    expect(result.meeting.attendance!.guests[0]!.name).toBe('[borttaget]');
  });
});
