import { expect, test } from '@playwright/test';

test('the symbol gallery filters by milieu and keeps the choice in the address', async ({ page }) => {
  await page.goto('/symboler/');
  const cards = page.getByTestId('symbol-gallery').locator('li');
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(24);

  await page.getByRole('radio', { name: 'Vit makt-miljön' }).check();
  const visible = page.getByTestId('symbol-gallery').locator('li:visible');
  const shown = await visible.count();
  expect(shown).toBeGreaterThanOrEqual(7);
  expect(shown).toBeLessThan(total);
  for (const milieu of await visible.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.milieu))) {
    expect(milieu).toBe('vit-makt');
  }
  await expect(page.getByRole('status')).toHaveText(`Visar ${shown} symboler.`);
  await expect(page).toHaveURL(/\?miljo=vit-makt$/);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Vit makt-miljön' })).toBeChecked();
  await expect(visible).toHaveCount(shown);

  await page.getByRole('radio', { name: 'Alla miljöer' }).check();
  await expect(page.getByTestId('symbol-gallery').locator('li:visible')).toHaveCount(total);
});

test('a plan page shows its activities grouped by section', async ({ page }) => {
  await page.goto('/planer/rinkeby-kista-2019/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rinkeby-Kista');
  for (const name of ['Förebyggande arbete', 'Förhindrande arbete', 'Kompetenshöjande insatser']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const tables = page.locator('.plan-section table');
  expect(await tables.count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator('.plan-section tbody tr').count()).toBeGreaterThanOrEqual(20);
});

test('unknown addresses answer 404 with a helpful page', async ({ page }) => {
  const res = await page.goto('/finns-inte/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
});

test('healthz answers JSON', async ({ request }) => {
  const res = await request.get('/healthz');
  expect(res.status()).toBe(200);
  expect((await res.json()).status).toBe('ok');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/vagledning/vad-ar-vbe/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#huvudinnehall$/);
  await expect(page.locator('main')).toBeFocused();
});
