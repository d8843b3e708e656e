import { expect, test } from '@playwright/test';

test('home → search "lägesbilden" → a result → its page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByLabel('Vad letar du efter?');
  await box.fill('lägesbilden');
  const results = page.getByTestId('search-results');
  const first = results.getByRole('link').first();
  await expect(first).toBeVisible();
  await expect(results.locator('mark').first()).toContainText(/lägesbild/i);
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/(#[\p{L}\p{N}-]+)?$/u);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href!.split('#')[0]}`));
  await expect(page.locator('main')).toContainText(/lägesbild/i);
});

test('the index is fetched when the search box first gets focus, not on page load', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search/')) fetched.push(r.url());
  });
  await page.goto('/vagledning/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.getByRole('searchbox', { name: 'Sök' }).focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
});

test('the search page restores its state from the address', async ({ page }) => {
  await page.goto('/sok/?q=symbolerna&typ=symboler&miljo=vit-makt');
  await expect(page.getByLabel('Vad letar du efter?')).toHaveValue('symbolerna');
  await expect(page.getByRole('radio', { name: /^Symboler/ })).toBeChecked();
  await expect(page.getByLabel('Miljö (symboler)')).toHaveValue('vit-makt');
  const items = page.getByTestId('search-results').locator('li');
  await expect(items.first()).toBeVisible();
  for (const meta of await items.locator('.result-meta').allTextContents()) {
    expect(meta).toContain('Vit makt-miljön');
  }
});

test('typing on the search page updates the shareable address', async ({ page }) => {
  await page.goto('/sok/');
  await page.getByLabel('Vad letar du efter?').fill('orosanmälan');
  const results = page.getByTestId('search-results');
  await expect(results).toHaveAttribute('data-query', 'orosanmälan');
  const unfiltered = await results.locator('li').count();
  await page.getByRole('radio', { name: /^Rutiner/ }).check();
  await expect(page).toHaveURL(/\/sok\/\?q=orosanm%C3%A4lan&typ=rutiner$/);
  // Wait for the filtered list itself, not the one typed before the filter.
  await expect.poll(() => results.locator('li').count()).toBeLessThan(unfiltered);
  const metas = await results.locator('.result-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  expect(new Set(metas)).toEqual(new Set(['Rutin']));
});

test('"/" focuses the search box from any page', async ({ page }) => {
  await page.goto('/symboler/tyr-runan/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Sök' })).toBeFocused();
  await page.goto('/sok/');
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(page.getByLabel('Vad letar du efter?')).toBeFocused();
});

test('the "/" shortcut can be turned off and on again (WCAG 2.1.4)', async ({ page }) => {
  await page.goto('/vagledning/');
  await page.getByRole('button', { name: 'Stäng av snabbtangenten /' }).click();
  await page.reload();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Sök' })).not.toBeFocused();
  await page.getByRole('button', { name: 'Slå på snabbtangenten /' }).click();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Sök' })).toBeFocused();
});

test('arrow keys move through the results and Enter opens one', async ({ page }) => {
  await page.goto('/sok/');
  const box = page.getByLabel('Vad letar du efter?');
  await box.fill('samverkan');
  const links = page.getByTestId('search-results').getByRole('link');
  await expect(links.nth(1)).toBeVisible();
  await box.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(href!.split('#')[0]));
});

test('as-you-type and typo queries find results', async ({ page }) => {
  await page.goto('/sok/');
  const box = page.getByLabel('Vad letar du efter?');
  const results = page.getByTestId('search-results');
  await box.pressSequentially('återvändarna', { delay: 20 });
  // The list must show the fully typed word's results, not an earlier prefix's.
  await expect(results).toHaveAttribute('data-query', 'återvändarna');
  await expect(results.getByRole('link').first()).toContainText(/återv/i);
  await box.fill('lägesbld');
  await expect(results).toHaveAttribute('data-query', 'lägesbld');
  await expect(results.locator('mark').first()).toContainText(/lägesbild/i);
});
