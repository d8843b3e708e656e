// The mail panel in each state mail.status can answer with, rendered to
// markup: files without SMTP, the sender's e-mail first, no recipients, the
// out-of-date notice.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MailBody } from '../../../site/components/workspace/meeting/MailPanel.tsx';
import type { Meeting } from '../../../site/lib/workspace/api.ts';
import type { MailStatus } from '../../../site/lib/workspace/mail.ts';

const meeting = { id: 'm1', forumId: 'f1', sequence: 1, updatedAt: '2026-12-01T10:00:00Z' } as Meeting;
const agenda = { kind: 'agenda' as const, subject: 'Kallelse: BRÅ', eml: '/export/mote/m1/kallelse.eml', update: false };
const status = (over: Partial<MailStatus>): MailStatus => ({ smtp: true, senderEmail: 'sk@stad.example', recipients: 8, offers: [agenda], mailings: [], ...over });
const render = (s: MailStatus) => renderToStaticMarkup(createElement(MailBody, { status: s, meeting, reload: () => {} }));

describe('the mail panel', () => {
  it('offers the .eml files for Outlook when the service has no SMTP relay', () => {
    const html = render(status({ smtp: false }));
    expect(html).toContain('<a href="/export/mote/m1/kallelse.eml">Kallelsen som e-postmeddelande</a> (öppnas i Outlook, klart att skicka)');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('Din e-postadress i tjänsten');
  });

  it('without SMTP asks for the e-mail first too, before the .eml links, since the invitation names the user as organiser', () => {
    const html = render(status({ smtp: false, senderEmail: null }));
    const form = html.indexOf('Din e-postadress i tjänsten (svar och tackar ja/nej går hit)');
    expect(form).toBeGreaterThan(-1);
    expect(html).toContain('Kalenderinbjudan anger dig som mötets organisatör, så att svar och tackar ja eller nej når dig.');
    expect(html).toContain('Spara e-postadressen');
    expect(form).toBeLessThan(html.indexOf('href="/export/mote/m1/kallelse.eml"'));
    // One form: the same component as with SMTP, not a copy.
    expect(html.match(/id="skicka-epost"/g)).toHaveLength(1);
  });

  it('asks for the sender’s work e-mail before offering to send', () => {
    const html = render(status({ senderEmail: null }));
    expect(html).toContain('Din e-postadress i tjänsten (svar och tackar ja/nej går hit)');
    expect(html).not.toContain('Skicka kallelsen');
  });

  it('announces nothing before anything was done: no live region that also takes the focus', () => {
    for (const html of [render(status({})), render(status({ smtp: false, senderEmail: null })), render(status({ senderEmail: null }))]) {
      expect(html).not.toMatch(/role="(status|alert)"/);
    }
  });

  it('offers the sending with the count, and says so when no member has an address', () => {
    const html = render(status({}));
    expect(html).toContain('Skicka kallelsen med dagordningen till 8 medlemmar');
    // Closed: nothing to point at yet.
    expect(html).toContain('aria-expanded="false"');
    expect(html).not.toContain('aria-controls');
    const none = render(status({ recipients: 0 }));
    expect(none).toContain('Forumet har inga medlemmar med e-postadress');
    expect(none).toContain('href="/arbetsyta/forum/?id=f1#medlemmar"');
    expect(none).not.toContain('Skicka kallelsen');
  });

  it('says the calendars are out of date after a move, and lists what was sent', () => {
    const html = render(
      status({ offers: [{ ...agenda, update: true }], mailings: [{ at: '2026-12-03T13:02:00Z', kind: 'agenda', recipients: 8, sequence: 0, byName: 'Anna A' }] }),
    );
    expect(html).toContain('Medlemmarnas kalendrar är inte uppdaterade.');
    expect(html).toContain('Skicka uppdaterad kallelse till 8 medlemmar');
    expect(html).toContain('<li>Kallelse med dagordning skickad tor 3 december 2026 kl. 14.02 till 8 mottagare av Anna A</li>');
  });
});
