import { describe, expect, it } from 'vitest';
import { awaitingHref } from '../../../site/components/workspace/MyForumsPage.tsx';

const latest = (status: 'planned' | 'held' | 'approved') => ({ id: 'm-7', status }) as never;

describe('the "väntar på justering" badge', () => {
  it('leads to the meeting when the one awaiting justering is the latest', () => {
    expect(awaitingHref({ id: 'f-1', unapprovedMinutes: 1, latestMeeting: latest('held') })).toBe('/arbetsyta/mote/?id=m-7');
  });

  it('leads to the forum’s list of meetings awaiting justering otherwise', () => {
    expect(awaitingHref({ id: 'f-1', unapprovedMinutes: 2, latestMeeting: latest('held') })).toBe('/arbetsyta/forum/?id=f-1#ejjusterade');
    expect(awaitingHref({ id: 'f-1', unapprovedMinutes: 1, latestMeeting: latest('approved') })).toBe('/arbetsyta/forum/?id=f-1#ejjusterade');
    expect(awaitingHref({ id: 'f-1', unapprovedMinutes: 1, latestMeeting: null })).toBe('/arbetsyta/forum/?id=f-1#ejjusterade');
  });
});
