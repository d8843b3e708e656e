// The meeting follows the calendar, in the browser: the new-meeting form
// suggests the forum's rhythm and asks before a second meeting the same day;
// a meeting is cancelled from its page and listed as cancelled. Dates are
// computed from the clock the test runs on, never written in.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { suggestNextMeeting } from '../../api/domain/cadence.ts';
import { formatMeetingDate, stockholmInputValues } from '../../api/domain/swedish-format.ts';
import { DEMO, E2E_PASSWORD } from './fixtures/accounts.ts';

async function signIn(request: APIRequestContext, username: string): Promise<void> {
  const res = await request.post('/trpc/auth.login', { data: { username, password: E2E_PASSWORD }, headers: { 'x-vbe-client': 'e2e' } });
  expect(res.ok(), await res.text()).toBe(true);
}

async function query<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function mutate<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.post(`/trpc/${procedure}`, { data: input, headers: { 'x-vbe-client': 'e2e' } });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

interface ForumRow {
  id: string;
  name: string;
  cadence: Parameters<typeof suggestNextMeeting>[0];
}

test('sets and suggests the rhythm, asks before a second meeting the same day, and cancels a meeting that stays listed', async ({ page }) => {
  await signIn(page.request, DEMO.convener);
  const forum = (await query<ForumRow[]>(page.request, 'forums.list', {}))[0]!;
  const meetings = await query<{ startsAt: string; status: string }[]>(page.request, 'meetings.list', { forumId: forum.id });
  const latest = meetings.filter((m) => m.status !== 'cancelled').at(-1);

  await page.setViewportSize({ width: 390, height: 844 });
  // The rhythm is set on the forum page: the first Tuesday of the month at 13.00.
  await page.goto(`/arbetsyta/forum/?id=${forum.id}`);
  await page.getByText('Ändra mötesrytm').click();
  await page.getByLabel('en viss veckodag i månaden').check();
  await page.getByLabel('Antal månader mellan mötena').fill('1');
  await page.getByLabel('Vilken i månaden').selectOption('1');
  await page.getByLabel('Veckodag', { exact: true }).selectOption('2');
  await page.getByLabel('Vanlig tid').fill('13:00');
  const rhythmAxe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(rhythmAxe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Spara mötesrytmen' }).click();
  await expect(page.getByText('Forumet möts första tisdagen i månaden kl. 13.00.')).toBeVisible();
  const cadence = { every: 1, unit: 'month' as const, ordinal: 1, weekday: 2, time: '13:00' };

  await page.goto(`/arbetsyta/nytt-mote/?forum=${forum.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Nytt möte i ${forum.name}` })).toBeVisible();
  // The suggestion follows the latest meeting, planned ones included (the same function as the form).
  const suggested = suggestNextMeeting(cadence, latest?.startsAt, new Date());
  expect(suggested.time).toBe('13:00');
  await expect(page.getByLabel('Datum')).toHaveValue(suggested.date);
  await expect(page.getByLabel('Tid')).toHaveValue(suggested.time);

  // A day far ahead that the forum then meets on: the form warns and asks.
  const day = stockholmInputValues(new Date(Date.now() + 600 * 86_400_000)).date;
  const first = await mutate<{ id: string }>(page.request, 'meetings.create', { forumId: forum.id, startsAt: `${day}T09:00:00+01:00` });
  await page.reload();
  await page.getByLabel('Datum').fill(day);
  await page.getByLabel('Tid').fill('15:00');
  await expect(page.getByText(/Forumet har redan ett möte den dagen/)).toBeVisible();
  const confirm = page.getByLabel('Ja, forumet ska ha två möten samma dag');
  await page.getByRole('button', { name: 'Skapa mötet och dagordningen' }).click();
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await confirm.check();
  await page.getByRole('button', { name: 'Skapa mötet och dagordningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Möte ${formatMeetingDate(`${day}T12:00:00Z`)} kl. 15.00` })).toBeVisible();

  // Cancel the first one from its page, with a reason; it stays, listed as cancelled.
  await page.goto(`/arbetsyta/mote/?id=${first.id}`);
  await page.getByText('Flytta eller ställ in mötet').click();
  await page.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(page.getByLabel('Anledning')).toBeFocused();
  await page.getByLabel('Anledning').fill('Krockar med ett annat möte');
  await page.getByRole('button', { name: 'Ställ in mötet' }).click();
  await expect(page.getByText(/Mötet är inställt sedan .*: Krockar med ett annat möte/)).toBeVisible();
  await expect(page.locator('.ws-badge').filter({ hasText: 'Inställt' })).toBeVisible();
  // A cancelled meeting offers no notes, attendance or approval.
  await expect(page.getByRole('heading', { level: 2, name: 'Protokoll' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Versioner' })).toBeVisible();

  await page.goto(`/arbetsyta/forum/?id=${forum.id}`);
  const cancelled = page.getByRole('region', { name: 'Inställda möten' });
  await expect(cancelled.getByText('inställt: Krockar med ett annat möte')).toBeVisible();
});
