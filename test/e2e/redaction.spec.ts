// Redaction in the workspace: a coordinator takes back text that slipped past
// the guard from approved minutes, through a confirmation step. Works on a
// meeting of its own (dated before the demo data, so other tests' "latest
// meeting" stays theirs).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, E2E_PASSWORD } from './fixtures/accounts.ts';

const HEADERS = { 'x-vbe-client': 'e2e' };

async function signInByApi(request: APIRequestContext, username: string): Promise<void> {
  const res = await request.post('/trpc/auth.login', { data: { username, password: E2E_PASSWORD }, headers: HEADERS });
  expect(res.ok(), await res.text()).toBe(true);
}

async function trpcQuery<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function trpcMutation<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.post(`/trpc/${procedure}`, { data: input, headers: HEADERS });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

interface Meeting {
  id: string;
  agenda: { id: string; kind: string; title: string }[];
  history: { version: number }[];
}

test('a coordinator takes sensitive text out of approved minutes; a convener is not offered to', async ({ page, browser }) => {
  // The convener writes minutes that hold a nickname (it passes the guard) and approves them.
  const convener = await browser.newContext();
  await signInByApi(convener.request, DEMO.convener);
  const forums = await trpcQuery<{ id: string }[]>(convener.request, 'forums.list', {});
  let meeting = await trpcMutation<Meeting>(convener.request, 'meetings.create', { forumId: forums[0].id, startsAt: '2024-01-16T14:00:00+01:00' });
  const first = meeting.agenda[0];
  const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
  await trpcMutation(convener.request, 'minutes.saveItem', { meetingId: meeting.id, itemId: first.id, text: 'Hemliga bananflugan var där; hemliga  BANANFLUGAN gick tidigt.' });
  meeting = await trpcMutation<Meeting>(convener.request, 'minutes.saveItem', {
    meetingId: meeting.id,
    itemId: vbe.id,
    vbe: { status: 'nothing-to-report', observations: [], actions: [] },
  });
  await trpcMutation(convener.request, 'minutes.approve', { meetingId: meeting.id, approvers: ['Demo Justerare'], version: meeting.history.at(-1)!.version });

  const convenerPage = await convener.newPage();
  await convenerPage.goto(`/arbetsyta/mote/?id=${meeting.id}`);
  await expect(convenerPage.getByRole('heading', { level: 2, name: 'Versioner' })).toBeVisible();
  await expect(convenerPage.locator('summary', { hasText: 'Ta bort känslig text' })).toHaveCount(0);
  await convener.close();

  await signInByApi(page.request, DEMO.coordinator);
  await page.goto(`/arbetsyta/mote/?id=${meeting.id}`);
  await expect(page.getByText(/Hemliga bananflugan var där/)).toBeVisible();
  await page.locator('summary', { hasText: 'Ta bort känslig text' }).click();
  // Scoped: the reopening form beside it also has a "Motivering".
  const panel = page.locator('.ws-redact');
  const text = panel.getByLabel('Exakt text att ta bort');
  const reason = panel.getByLabel('Motivering');
  const confirmation = panel.getByRole('group', { name: /Det går inte att ångra/ });
  await expectNoAxeViolations(page);

  // Empty fields: the error sits at the field, is read with it, and the field gets focus.
  await panel.getByRole('button', { name: 'Ta bort texten …' }).click();
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  const described = (await text.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(described.map((id) => `#${id}`).join(', ')).filter({ hasText: 'Skriv texten som ska tas bort, minst 4 tecken' })).toBeVisible();

  // A text that is not there: the server's refusal comes back to the field.
  await text.fill('finns inte alls här');
  await reason.fill('Beslut Dnr 1.2.3-45/2026');
  await panel.getByRole('button', { name: 'Ta bort texten …' }).click();
  await expect(confirmation).toBeFocused();
  await panel.getByRole('button', { name: 'Ja, ta bort texten' }).click();
  await expect(text).toBeFocused();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/texten finns inte i mötets dagordning/)).toBeVisible();

  // Cancel leads back to the text.
  await text.fill('HEMLIGA   bananflugan');
  await panel.getByRole('button', { name: 'Ta bort texten …' }).click();
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Avbryt' }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(text).toBeFocused();

  await panel.getByRole('button', { name: 'Ta bort texten …' }).click();
  await panel.getByRole('button', { name: 'Ja, ta bort texten' }).click();
  const result = panel.getByRole('status').filter({ hasText: /^2 förekomster i 1 version och \d+ säkerhetskopi(a|or) togs bort\.$/ });
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();

  // Nothing on the page holds the text any more; the minutes stay approved.
  await expect(page.getByText('[borttaget] var där; [borttaget] gick tidigt.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/bananflugan/i);
  await expect(text).toHaveValue('');
  await expect(page.locator('.ws-badge').filter({ hasText: 'Justerat' })).toBeVisible();
  await expect(page.getByText(/^Justerat .* av Demo Justerare/)).toBeVisible();

  await page.getByText(/Visa versionshistorik/).click();
  await expect(page.getByText('Känslig text borttagen, 2 förekomster och 1 tidigare version: Beslut Dnr 1.2.3-45/2026')).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/bananflugan/i);
});
