// The de-identified report form (/rapportera/, no account) and the
// coordinator's inbox, in Chromium against the real server.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO } from './fixtures/accounts.ts';
import { expectNoAxeViolations, signInByApi } from './fixtures/api.ts';

const stockholmToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());

async function submitByApi(request: APIRequestContext, text: string): Promise<void> {
  const res = await request.post('/trpc/reports.submit', {
    data: { districtId: 'rinkeby-kista', date: stockholmToday(), area: 'Husby', text, category: 'propaganda', unitType: 'skola' },
    headers: { 'x-vbe-client': 'e2e' },
  });
  expect(res.ok(), await res.text()).toBe(true);
}

test('the form: a personnummer is refused next to the text, which keeps focus and its text; then a clean report gives a receipt', async ({ page }) => {
  await page.goto('/rapportera/');
  await expect(page.getByText('Vid akut fara: ring 112.', { exact: true })).toBeVisible();
  await page.getByLabel('Stadsdel').selectOption({ label: 'Rinkeby-Kista' });
  await expect(page.getByLabel('Datum för händelsen')).toHaveValue(stockholmToday());
  await page.getByLabel('Område').fill('Husby');
  await page.getByLabel('Vilken miljö gällde det?').selectOption({ label: 'Vit makt-miljön' });
  await page.getByRole('group', { name: 'Har polisen informerats?' }).getByLabel('Nej').check();
  const text = page.getByLabel('Vad hände?');
  const refused = 'Eleven 811218-9876 hade klistermärken med symboler.';
  await text.fill(refused);
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();

  await expect(page.locator('#rapport-text-fel')).toContainText('personnummer');
  await expect(text).toBeFocused();
  await expect(text).toHaveValue(refused);
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await expect(text).toHaveAccessibleDescription(/personnummer/);

  await text.fill('En elev hade klistermärken med vit makt-symboler på skolgården.');
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  const receipt = page.getByRole('status').filter({ hasText: 'kvittonummer' });
  await expect(receipt).toContainText(/R-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  await expect(receipt).toBeFocused();
  await expect(text).toHaveValue('');
  await expect(page.getByLabel('Område')).toHaveValue('');
});

test('the form is linked from the home page, the concern routine and the form\'s instructions', async ({ page }) => {
  for (const url of ['/', '/rutiner/rutin-vid-oro-eller-handelse/', '/rutiner/avidentifierad-rapport/']) {
    await page.goto(url);
    await expect(page.locator('main a[href="/rapportera/"]').first(), url).toBeVisible();
  }
});

test('the inbox: a coordinator accepts a new report as a prefilled observation', async ({ page }) => {
  const text = `Flygblad med antidemokratiskt budskap vid centrum, e2e ${Date.now()}.`;
  await submitByApi(page.request, text);
  await signInByApi(page.request, DEMO.coordinator);
  await page.goto('/arbetsyta/rapporter/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapporter');
  await expect(page.getByRole('navigation', { name: 'Arbetsyta' }).getByRole('link', { name: 'Rapporter' })).toHaveAttribute('href', '/arbetsyta/rapporter/');
  const item = page.getByRole('listitem').filter({ hasText: text });
  await expect(item.getByText('Ny', { exact: true })).toBeVisible();
  await expect(item.getByLabel('Kategori')).toHaveValue('propaganda');
  await expect(item.getByLabel('Källa')).toHaveValue('skola');
  await expect(item.getByLabel('Område')).toHaveValue('Husby');
  await item.getByLabel('Antal').fill('3');
  await item.getByRole('button', { name: 'Godkänn' }).click();
  await expect(item.getByText('Godkänd', { exact: true })).toBeVisible();
  await expect(item).toContainText('antal 3');
  await expect(item.getByRole('button', { name: 'Ändra bedömningen' })).toBeFocused();
  await expect(item.getByRole('status')).toContainText('räknas i lägesbilden');
});

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on /rapportera/ at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/rapportera/');
    await expect(page.getByRole('button', { name: 'Skicka rapporten' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`axe finds no WCAG 2.1 A/AA violations on the report inbox at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await submitByApi(page.request, `Klotter med symboler på en vägg i Rinkeby, axe ${width}.`);
    await signInByApi(page.request, DEMO.coordinator);
    await page.goto('/arbetsyta/rapporter/');
    await expect(page.getByRole('button', { name: 'Godkänn' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
