// The lägesbild's print view (/export/lagesbild.html) in Chromium against the
// real server: CSP-safe (no violation reported), charts as images named by
// their alt text with tables, axe at 1280 and 390 px (one page per test), and
// no sideways scrolling of the page at 390 px (wide tables scroll in their region).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO } from './fixtures/accounts.ts';
import { expectNoAxeViolations, signInByApi } from './fixtures/api.ts';

const PAGE = '/export/lagesbild.html?district=farsta&from=2025-01-01&to=2025-12-31';

const signIn = (request: APIRequestContext) => signInByApi(request, DEMO.farstaCoordinator);

async function openPrintView(page: Page, width: number): Promise<string[]> {
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await page.setViewportSize({ width, height: 900 });
  await signIn(page.request);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1, name: /Lägesbild våldsbejakande extremism: Farsta/ })).toBeVisible();
  return cspViolations;
}

test('the print view: charts named by their alt text, tables, no CSP violation, axe at 1280 px', async ({ page }) => {
  const cspViolations = await openPrintView(page, 1280);
  await expect(page.getByRole('navigation', { name: 'Innehåll' })).toBeVisible();
  const charts = page.locator('svg.lb-chart[role="img"]');
  expect(await charts.count()).toBeGreaterThanOrEqual(3);
  await expect(charts.first()).toHaveAttribute('aria-label', /.{20,}/);
  await expect(page.getByRole('table', { name: 'Observationer per miljö', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(cspViolations).toEqual([]);
});

test('the print view: axe at 390 px, and the page itself does not scroll sideways', async ({ page }) => {
  await openPrintView(page, 390);
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
