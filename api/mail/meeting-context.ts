// What mail.send and the downloads both read before building a message or a
// calendar: the meeting's view with its district's name, and its organiser.
import { firstInviterId, meetingOrganizer, type MailPerson } from '../domain/mailings.ts';
import type { Account, Forum, Meeting } from '../domain/types.ts';
import { meetingView, type MeetingView } from '../exports/export-model.ts';
import type { Store } from '../store/store.ts';
import { parseMailbox } from './links.ts';

/** The meeting as the documents show it; the header names the district, not its id. */
export async function meetingViewOf(store: Pick<Store, 'getDistrict'>, meeting: Meeting, forum: Forum): Promise<MeetingView> {
  return meetingView(meeting, forum, { districtName: (await store.getDistrict(meeting.districtId))?.name });
}

/** The meeting's organiser (meetingOrganizer), with the first inviter's account as stored now. */
export async function organizerOf(
  store: Pick<Store, 'getAccount'>,
  meeting: Pick<Meeting, 'mailings'>,
  signedIn: Pick<Account, 'displayName' | 'email'>,
  mailFrom: string | undefined,
): Promise<MailPerson | undefined> {
  const inviterId = firstInviterId(meeting);
  const inviter = inviterId ? await store.getAccount(inviterId) : undefined;
  return meetingOrganizer(inviter, signedIn, mailFrom ? parseMailbox(mailFrom) : undefined);
}
