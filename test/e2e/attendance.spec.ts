// Members, attendance, justerare among those present, actions on a topic
// item and the version history's structured changes, in Chromium.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, E2E_PASSWORD } from './fixtures/accounts.ts';

const HEADERS = { 'x-vbe-client': 'e2e' };

async function trpc<T>(request: APIRequestContext, procedure: string, input: unknown, kind: 'query' | 'mutation'): Promise<T> {
  const res =
    kind === 'query'
      ? await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`)
      : await request.post(`/trpc/${procedure}`, { data: input, headers: HEADERS });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

test('members, attendance, justerare among those present, an action on a topic item and its history', async ({ page }) => {
  // Many steps on a shared two-core machine: more room than one page's default.
  test.setTimeout(120_000);
  const login = await page.request.post('/trpc/auth.login', { data: { username: DEMO.convener, password: E2E_PASSWORD }, headers: HEADERS });
  expect(login.ok()).toBe(true);
  const forums = await trpc<{ id: string; name: string }[]>(page.request, 'forums.list', {}, 'query');
  const forum = forums.at(-1)!;
  // Four years back at an odd hour: started on any date the test runs, and on no other test's day.
  const day = new Date(Date.now() - 4 * 365 * 86_400_000).toISOString().slice(0, 10);
  const meeting = await trpc<{ id: string }>(page.request, 'meetings.create', { forumId: forum.id, startsAt: `${day}T09:15:00Z`, allowSameDay: true }, 'mutation');

  // Members on the forum page.
  await page.goto(`/arbetsyta/forum/?id=${forum.id}`);
  const members = page.getByRole('region', { name: 'Medlemmar' });
  await members.getByRole('button', { name: 'Lägg till medlem' }).click();
  const row = members.getByRole('group').last();
  await row.getByLabel('Namn').fill('Karin Lindberg');
  await row.getByLabel('Roll').fill('Kommunpolis');
  await row.getByLabel('Organisation').fill('Polisen');
  await row.getByLabel('E-post i tjänsten').fill('inte-en-adress');
  await members.getByRole('button', { name: 'Spara medlemmar' }).click();
  await expect(row.getByLabel('E-post i tjänsten')).toBeFocused();
  await expect(row.getByLabel('E-post i tjänsten')).toHaveAttribute('aria-invalid', 'true');
  await row.getByLabel('E-post i tjänsten').fill('karin.lindberg@polisen.se');
  await members.getByRole('button', { name: 'Spara medlemmar' }).click();
  await expect(members.getByText('Medlemmarna är sparade.')).toBeVisible();

  // Attendance on the meeting page.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/arbetsyta/mote/?id=${meeting.id}`);
  const attendance = page.getByRole('region', { name: 'Närvaro' });
  const karin = attendance.getByRole('group', { name: /^Karin Lindberg, Kommunpolis, Polisen/ }).first();
  await karin.getByLabel('Närvarande').check();
  await attendance.getByRole('button', { name: 'Lägg till gäst' }).click();
  await expect(attendance.getByLabel('Namn')).toBeFocused();
  await attendance.getByLabel('Namn').fill('Olle Berg');
  await attendance.getByLabel('Organisation').fill('Fryshuset');
  await attendance.getByLabel('Ordförande').selectOption({ label: 'Karin Lindberg' });
  await attendance.getByRole('button', { name: 'Spara närvaro' }).click();
  await expect(attendance.getByText('Närvaron är sparad.')).toBeVisible();

  // The justerare are offered from those present.
  const approval = page.getByRole('region', { name: 'Justering' });
  await expect(approval.getByRole('checkbox', { name: 'Karin Lindberg' })).toBeVisible();
  await expect(approval.getByRole('checkbox', { name: 'Olle Berg' })).toBeVisible();

  // An action under a topic item.
  const minutes = page.getByRole('region', { name: 'Protokoll' });
  const item = minutes.locator('.ws-minutes-item').filter({ has: page.getByRole('button', { name: /Lägg till åtgärd under punkt/ }) }).first();
  await item.getByRole('button', { name: /Lägg till åtgärd under punkt/ }).click();
  await item.getByLabel('Vad ska göras').fill('Bjuda in skolan till nästa möte');
  await item.getByLabel('Ansvarig (roll eller organisation)').fill('Rektor');
  await item.getByLabel('Klart senast').fill(day);
  await item.getByRole('button', { name: /^Spara punkt/ }).click();
  await expect(item.getByText(/Sparat/)).toBeVisible();

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.getByText(/Visa versionshistorik/).click();
  await expect(page.getByText('Åtgärd tillagd: Bjuda in skolan till nästa möte')).toBeVisible();

  // The next meeting carries the action; its follow-up item records what became of it.
  const nextDay = new Date(Date.parse(`${day}T09:15:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const next = await trpc<{ id: string }>(page.request, 'meetings.create', { forumId: forum.id, startsAt: `${nextDay}T09:15:00Z`, allowSameDay: true }, 'mutation');
  await page.goto(`/arbetsyta/mote/?id=${next.id}`);
  const carried = page.getByRole('region', { name: 'Protokoll' }).getByRole('group', { name: /Bjuda in skolan till nästa möte/ });
  await carried.getByLabel('Vad blev av åtgärden').selectOption({ label: 'Fortsätter' });
  await carried.getByLabel('Kommentar (valfri)').fill('Skolan svarar i maj');
  const followUp = page.locator('.ws-minutes-item').filter({ has: page.getByRole('group', { name: /Bjuda in skolan till nästa möte/ }) });
  await followUp.getByRole('button', { name: /^Spara punkt/ }).click();
  await expect(followUp.getByText(/Sparat/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Protokoll' }).getByRole('group', { name: /Bjuda in skolan/ }).getByLabel('Kommentar (valfri)')).toHaveValue('Skolan svarar i maj');
});
