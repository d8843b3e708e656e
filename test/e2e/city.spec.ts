// The city's picture (issue 12, part D) in Chromium against the real server:
// an admin opens it from the workspace navigation, chooses a period, sees
// every district side by side (Farsta's hand-computed figures among them, the
// districts without data marked) with a small chart per district, and
// downloads staden.docx; axe at 1280 and 390 px (one page per test).
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signInByApi } from './fixtures/api.ts';

// A closed year of the hand-computed Farsta fixture, so the figures are known.
const PAGE = '/arbetsyta/staden/?from=2025-01-01&to=2025-12-31';

const signIn = (request: APIRequestContext, username = 'admin') => signInByApi(request, username);

async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Stadens lägesbild' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Observationer per miljö, stadsdel för stadsdel' })).toBeVisible();
  await expect(page.locator('.ws-loading')).toHaveCount(0);
}

test('an admin walks through the city picture and downloads staden.docx', async ({ page }) => {
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await signIn(page.request);
  await page.goto('/arbetsyta/');
  await page.getByRole('navigation', { name: 'Arbetsyta' }).getByRole('link', { name: 'Staden' }).click();
  await expect(page).toHaveURL(/\/arbetsyta\/staden\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Stadens lägesbild' })).toBeVisible();

  // The period form as on the overview; the period goes into the address.
  await page.getByLabel('Från').fill('2025-01-01');
  await page.getByLabel('Till').fill('2025-12-31');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-12-31/);
  await ready(page);

  // Every district side by side, in a table with a caption and headers; Farsta's row among them.
  const forums = page.getByRole('table', { name: /Forum, möten och hur ofta VBE-punkten togs upp/ });
  const farsta = forums.getByRole('row', { name: /^Farsta/ });
  await expect(farsta).toBeVisible();
  await expect(forums.getByRole('rowheader', { name: 'Hela staden' })).toBeVisible();
  // Stockholm's reference districts have no data in the e2e folder: shown, and marked.
  await expect(page.getByText('(inga uppgifter)').first()).toBeVisible();

  // A small chart per district, each an image named by its alt text, at least 150 × 80 px.
  const charts = page.locator('.ws-city-charts > li');
  expect(await charts.count()).toBeGreaterThan(2);
  const farstaChart = charts.filter({ has: page.getByRole('heading', { level: 4, name: 'Farsta', exact: true }) });
  const image = farstaChart.getByRole('img');
  await expect(image).toHaveAttribute('aria-label', /^Observationer per miljö i Farsta: /);
  const box = (await image.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(150);
  expect(box.height).toBeGreaterThanOrEqual(80);
  // Its figures open from the keyboard.
  await farstaChart.getByText('Siffrorna i Farsta').focus();
  await page.keyboard.press('Enter');
  await expect(farstaChart.getByRole('table', { name: 'Observationer per miljö i Farsta' })).toBeVisible();
  expect(await page.locator('.ws-city-charts [style], .ws-city-charts style').count()).toBe(0);
  expect(cspViolations).toEqual([]);

  // The Word file for the city executive board.
  const link = page.getByRole('link', { name: 'Ladda ner underlaget som Word-fil' });
  await expect(link).toHaveAttribute('href', '/export/staden.docx?from=2025-01-01&to=2025-12-31');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('stadens-lägesbild-2025-01-01-till-2025-12-31.docx');
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

test('a coordinator has no city link and is told whom the page is for', async ({ page }) => {
  await signIn(page.request, 'samordnare.farsta');
  await page.goto(PAGE);
  await expect(page.getByText('Stadens lägesbild är till för administratörer och stadens samordnare.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Arbetsyta' }).getByRole('link', { name: 'Staden' })).toHaveCount(0);
});

test('the city page: axe finds nothing at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page.request);
  await page.goto(PAGE);
  await ready(page);
  await expectNoAxeViolations(page);
});

test('the city page: axe finds nothing at 390 px and it reflows at 320 px', async ({ page }) => {
  await signIn(page.request);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(PAGE);
  await ready(page);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
});
