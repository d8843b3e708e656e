// Agenda by e-mail, in the browser, through a real SMTP server: the e2e
// server runs behind test/e2e/fixtures/smtp-sink.ts, which writes every
// message it receives to a folder that this test parses back. Also the end
// time: the rhythm's usual length, the new-meeting form's default and the
// move that keeps the length. Days are computed from the clock, never written in.
import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { stockholmInputValues, stockholmInstant } from '../../api/domain/swedish-format.ts';
import { DEMO, E2E_PASSWORD } from './fixtures/accounts.ts';

// As in playwright.config.ts.
const SINK_DIR = path.join(os.tmpdir(), `vbe-e2e-smtp-${process.env.E2E_PORT ?? 4391}`);
const HEADERS = { 'x-vbe-client': 'e2e' };
const FORUM = 'Trygghetsforum Farsta';
// prepare-data.ts gives the forum these two members.
const MEMBER_EMAILS = ['faltsekreterare.farsta@stad.example', 'kommunpolis.farsta@polisen.example'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function signIn(request: APIRequestContext): Promise<void> {
  const res = await request.post('/trpc/auth.login', { data: { username: DEMO.farstaConvener, password: E2E_PASSWORD }, headers: HEADERS });
  expect(res.ok(), await res.text()).toBe(true);
}

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown, kind: 'query' | 'mutation'): Promise<T> {
  const res =
    kind === 'query'
      ? await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await request.post(`/trpc/${procedure}`, { data: input, headers: HEADERS });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function forumId(request: APIRequestContext): Promise<string> {
  const forums = await trpc<{ id: string; name: string }[]>(request, 'forums.list', {}, 'query');
  return forums.find((f) => f.name === FORUM)!.id;
}

/** A Stockholm day `days` from now: each test its own, so none meets another's same-day rule. */
function dayAhead(days: number): string {
  return stockholmInputValues(new Date(Date.now() + days * 86_400_000)).date;
}

async function planMeeting(request: APIRequestContext, days: number, start: string, end: string): Promise<string> {
  const day = dayAhead(days);
  const meeting = await trpc<{ id: string }>(
    request,
    'meetings.create',
    { forumId: await forumId(request), startsAt: stockholmInstant(day, start), endsAt: stockholmInstant(day, end), allowSameDay: true },
    'mutation',
  );
  return meeting.id;
}

/** The messages the sink received about one meeting (their text links to it), oldest first. */
async function messagesAbout(meetingId: string): Promise<ParsedMail[]> {
  const names = (await readdir(SINK_DIR).catch(() => [])).filter((n) => n.endsWith('.eml')).sort();
  const parsed = await Promise.all(names.map(async (n) => simpleParser(await readFile(path.join(SINK_DIR, n)))));
  return parsed.filter((m) => m.text?.includes(meetingId));
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? '')).sort();
}

/** The calendar part of a message, parsed. */
function calendarOf(message: ParsedMail): ICAL.Component {
  const part = message.attachments.find((a) => /calendar|ics/.test(a.contentType) || a.filename?.endsWith('.ics'));
  expect(part, 'the message carries a calendar invitation').toBeDefined();
  return new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
}

/**
 * The convener's work e-mail, set ('' clears it) before the page loads, so a
 * test never depends on what another one left behind.
 */
async function setSenderEmail(request: APIRequestContext, email: string): Promise<void> {
  await trpc(request, 'auth.setEmail', { email }, 'mutation');
}

async function panelReady(page: Page) {
  const panel = page.getByRole('region', { name: 'Skicka till medlemmarna' });
  await expect(panel.getByRole('heading', { name: 'Skickat' })).toBeVisible();
  return panel;
}

// These tests share the convener's e-mail address (one account): they run
// one after another, each setting the address it needs. A failure does not
// skip the others (mode 'default', not 'serial').
test.describe('the convener’s address', () => {
  test.describe.configure({ mode: 'default' });

  test('a convener sends the agenda through SMTP, the message arrives with the invitation, and a move asks for the update', async ({ page }) => {
    // Two sendings and a move on a shared two-core machine.
    test.setTimeout(120_000);
    await signIn(page.request);
    // No address yet: the panel asks for it first. A length of 1 h 45 min, which no usual length gives, so the move below shows the meeting's own length kept.
    await setSenderEmail(page.request, '');
    const meetingId = await planMeeting(page.request, 900, '10:00', '11:45');

    await page.goto(`/arbetsyta/mote/?id=${meetingId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kl. 10.00–11.45');
    const panel = await panelReady(page);

    // The account's work e-mail, once: replies and acceptances go there.
    const email = panel.getByLabel('Din e-postadress i tjänsten (svar och tackar ja/nej går hit)');
    await expect(panel.getByRole('button', { name: /^Skicka / })).toHaveCount(0);
    await email.fill('sammankallande');
    await panel.getByRole('button', { name: 'Spara e-postadressen' }).click();
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Ange en hel e-postadress, med @ och domän\./);
    await email.fill('sammankallande@farsta.example');
    await panel.getByRole('button', { name: 'Spara e-postadressen' }).click();
    // The message takes the focus and is no live region, so it is read once.
    const saved = panel.getByText('Din e-postadress är sparad. Nu kan du skicka.');
    await expect(saved).toBeFocused();
    await expect(saved).not.toHaveAttribute('role');

    const send = panel.getByRole('button', { name: 'Skicka kallelsen med dagordningen till 2 medlemmar' });
    await expect(send).toHaveAttribute('aria-expanded', 'false');
    await send.click();
    const confirm = panel.getByRole('button', { name: 'Ja, skicka' });
    await expect(confirm).toBeFocused();
    const question = panel.getByRole('group', { name: /^Skicka ”/ });
    await expect(question).toContainText('till 2 medlemmar?');
    await expect(send).toHaveAttribute('aria-expanded', 'true');
    await expect(send).toHaveAttribute('aria-controls', (await question.getAttribute('id'))!);
    await confirm.press('Enter');
    await expect(panel.getByText('Kallelsen är skickad till 2 mottagare.')).toBeFocused();
    await expect(panel.getByRole('listitem').filter({ hasText: /^Kallelse med dagordning skickad .+ till 2 mottagare av E2E sammankallande\.farsta$/ })).toBeVisible();

    // The message as the members get it.
    await expect.poll(async () => (await messagesAbout(meetingId)).length, { timeout: 20_000 }).toBe(1);
    const [first] = await messagesAbout(meetingId);
    expect(addresses(first!.to)).toEqual(MEMBER_EMAILS);
    expect(addresses(first!.replyTo)).toEqual(['sammankallande@farsta.example']);
    expect(first!.subject).toContain(FORUM);
    const invitation = calendarOf(first!);
    expect(invitation.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = invitation.getFirstSubcomponent('vevent')!;
    const uid = event.getFirstPropertyValue('uid');
    expect(Number(event.getFirstPropertyValue('sequence') ?? 0)).toBe(0);
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:sammankallande@farsta.example');
    expect(event.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase().replace('mailto:', '')).sort()).toEqual(MEMBER_EMAILS);

    // Moved by half an hour: the end keeps the meeting's length, and the panel says the calendars are out of date.
    await page.getByText('Flytta eller ställ in mötet').click();
    await page.getByLabel('Ny tid').fill('10:30');
    await expect(page.getByLabel('Slutar kl.')).toHaveValue('12:15');
    await page.getByRole('button', { name: 'Flytta mötet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('kl. 10.30–12.15');
    await expect(panel.getByText('Medlemmarnas kalendrar är inte uppdaterade.')).toBeVisible();
    await panel.getByRole('button', { name: 'Skicka uppdaterad kallelse till 2 medlemmar' }).click();
    await panel.getByRole('button', { name: 'Ja, skicka' }).click();
    await expect(panel.getByText('Den uppdaterade kallelsen är skickad till 2 mottagare.')).toBeFocused();
    await expect(panel.getByText('Medlemmarnas kalendrar är inte uppdaterade.')).toBeHidden();
    await expect(panel.getByRole('listitem').filter({ hasText: /^Uppdaterad kallelse skickad / })).toBeVisible();

    await expect.poll(async () => (await messagesAbout(meetingId)).length, { timeout: 20_000 }).toBe(2);
    const update = calendarOf((await messagesAbout(meetingId))[1]!).getFirstSubcomponent('vevent')!;
    expect(update.getFirstPropertyValue('uid')).toBe(uid);
    expect(Number(update.getFirstPropertyValue('sequence'))).toBeGreaterThan(0);
  });

  // Each width with its own state of the panel, set here: at 1280 px the e-mail form, at 390 px the sending.
  for (const [width, height, sender] of [
    [1280, 900, ''],
    [390, 844, 'sammankallande@farsta.example'],
  ] as const) {
    test(`axe finds no WCAG 2.1 A/AA violations on a meeting page with the mail panel at ${width} px (${sender ? 'sending' : 'e-mail form'})`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await signIn(page.request);
      await setSenderEmail(page.request, sender);
      const meetingId = await planMeeting(page.request, width === 1280 ? 901 : 902, '13:00', '15:00');
      await page.goto(`/arbetsyta/mote/?id=${meetingId}`);
      const panel = await panelReady(page);
      if (sender) await expect(panel.getByRole('button', { name: 'Skicka kallelsen med dagordningen till 2 medlemmar' })).toBeVisible();
      else await expect(panel.getByLabel('Din e-postadress i tjänsten (svar och tackar ja/nej går hit)')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('the usual length set on the forum page gives the new-meeting form its end, which follows the start until it is set', async ({ page }) => {
  await signIn(page.request);
  const id = await forumId(page.request);
  // The forum's rhythm is put back afterwards, so no other test meets the length set here.
  const { cadence } = await trpc<{ cadence: unknown }>(page.request, 'forums.get', { id }, 'query');
  try {
    await usualLengthGivesTheEnd(page, id);
  } finally {
    await trpc(page.request, 'forums.update', { id, cadence }, 'mutation');
  }
});

async function usualLengthGivesTheEnd(page: Page, id: string): Promise<void> {
  await page.goto(`/arbetsyta/forum/?id=${id}`);
  await page.getByText('Ändra mötesrytm').click();
  await page.getByLabel('Mötets längd').selectOption({ label: '1,5 timmar' });
  await page.getByRole('button', { name: 'Spara mötesrytmen' }).click();
  await expect(page.getByText('Mötena brukar vara 1,5 timmar.')).toBeVisible();

  await page.goto(`/arbetsyta/nytt-mote/?forum=${id}`);
  const day = dayAhead(903);
  await page.getByLabel('Datum').fill(day);
  await page.getByLabel('Tid', { exact: true }).fill('09:00');
  const end = page.getByLabel('Slutar kl.');
  await expect(end).toHaveValue('10:30');
  await page.getByLabel('Tid', { exact: true }).fill('13:15');
  await expect(end).toHaveValue('14:45');
  // Set by hand, the end stays; more than twelve hours on (an end before the start is the next day) it is refused on the field.
  await end.fill('12:00');
  await page.getByLabel('Tid', { exact: true }).fill('13:30');
  await expect(end).toHaveValue('12:00');
  await page.getByRole('button', { name: 'Skapa mötet och dagordningen' }).click();
  await expect(end).toBeFocused();
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Sluttiden måste vara efter starttiden (13.30), och ett möte kan vara högst 12 timmar.')).toBeVisible();
  await end.fill('16:00');
  await page.getByRole('button', { name: 'Skapa mötet och dagordningen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('kl. 13.30–16.00');
}
