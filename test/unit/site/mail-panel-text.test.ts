// What the mail panel offers and lists, in its words, and when it says the
// members' calendars are out of date.
import { describe, expect, it } from 'vitest';
import { calendarsOutOfDate, describeMailings, emlLabel, mailingKindLabel, members, sendLabel, type MailingRow, type MailOffer } from '../../../site/lib/workspace/mail.ts';

const agenda = (update: boolean): MailOffer => ({ kind: 'agenda', subject: 'Kallelse', eml: '/export/mote/m1/kallelse.eml', update });
const sent = (kind: MailingRow['kind'], sequence?: number): MailingRow => ({ at: '2026-12-03T13:02:00Z', kind, recipients: 8, byName: 'Anna A', ...(sequence !== undefined ? { sequence } : {}) });

describe('the mail panel’s words', () => {
  it('labels each sending button with how many it goes to', () => {
    expect(sendLabel(agenda(false), 8)).toBe('Skicka kallelsen med dagordningen till 8 medlemmar');
    expect(sendLabel(agenda(true), 1)).toBe('Skicka uppdaterad kallelse till 1 medlem');
    expect(sendLabel({ kind: 'cancellation', update: false }, 3)).toBe('Skicka meddelande om inställt möte till 3 medlemmar');
    expect(sendLabel({ kind: 'minutes', update: false }, 3)).toBe('Skicka det justerade protokollet till 3 medlemmar');
    expect(members(0)).toBe('0 medlemmar');
  });

  it('names the .eml files', () => {
    expect(emlLabel(agenda(false))).toBe('Kallelsen som e-postmeddelande');
    expect(emlLabel({ kind: 'minutes', update: false })).toBe('Det justerade protokollet som e-postmeddelande');
  });

  it('lists what was sent in the server’s kind names, an invitation with a higher sequence as an update', () => {
    expect(describeMailings([sent('agenda', 0), sent('agenda', 1), sent('minutes'), sent('cancellation', 1)])).toEqual([
      'Kallelse med dagordning skickad tor 3 december 2026 kl. 14.02 till 8 mottagare av Anna A',
      'Uppdaterad kallelse skickad tor 3 december 2026 kl. 14.02 till 8 mottagare av Anna A',
      'Justerat protokoll skickat tor 3 december 2026 kl. 14.02 till 8 mottagare av Anna A',
      'Meddelande om inställt möte skickat tor 3 december 2026 kl. 14.02 till 8 mottagare av Anna A',
    ]);
  });

  it('calls a second invitation with the same sequence (sent again, nothing moved) no update, as the server does', () => {
    expect(mailingKindLabel(sent('agenda', 1), [sent('agenda', 1)])).toBe('Kallelse med dagordning skickad');
    expect(mailingKindLabel(sent('agenda'), [sent('agenda')])).toBe('Kallelse med dagordning skickad');
    expect(mailingKindLabel(sent('agenda', 2), [sent('agenda', 1), sent('agenda', 2)])).toBe('Uppdaterad kallelse skickad');
    expect(mailingKindLabel(sent('agenda', 1), [sent('cancellation', 0)])).toBe('Kallelse med dagordning skickad');
  });

  it('says the calendars are out of date until an invitation with the current sequence has gone out', () => {
    expect(calendarsOutOfDate({ offers: [agenda(false)], mailings: [] }, 0)).toBe(false);
    expect(calendarsOutOfDate({ offers: [agenda(true)], mailings: [sent('agenda', 0)] }, 1)).toBe(true);
    expect(calendarsOutOfDate({ offers: [agenda(true)], mailings: [sent('agenda', 0), sent('agenda', 1)] }, 1)).toBe(false);
    expect(calendarsOutOfDate({ offers: [{ kind: 'minutes', subject: 'P', eml: '/x', update: true }], mailings: [sent('minutes')] }, 0)).toBe(false);
  });
});
