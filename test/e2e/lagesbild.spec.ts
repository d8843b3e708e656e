// The lägesbild page (issue 12, part B) in Chromium against the real server:
// a coordinator goes from the overview to the page, sees every chart with its
// text alternative and data table and the draft text, and the export links;
// axe at 1280 and 390 px (one page per test) and reflow at 320 px.
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { docxText } from '../fixtures/docx-text.ts';
import { DEMO } from './fixtures/accounts.ts';
import { expectNoAxeViolations, signInByApi } from './fixtures/api.ts';

// A closed year of the hand-computed Farsta fixture, so the figures are known.
const PAGE = '/arbetsyta/lagesbild/?district=farsta&from=2025-01-01&to=2025-12-31';

const signIn = (request: APIRequestContext, username: string = DEMO.farstaCoordinator) => signInByApi(request, username);

async function ready(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Lägesbild' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Observationer per miljö' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Utkast till text' })).toBeVisible();
  await expect(page.locator('.ws-loading')).toHaveCount(0);
}

test('a coordinator goes from the overview to the lägesbild and sees charts with alt text and tables', async ({ page }) => {
  const styleViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) styleViolations.push(m.text());
  });
  await signIn(page.request);
  await page.goto('/arbetsyta/oversikt/?fran=2025-01-01&till=2025-12-31');
  await page.getByRole('link', { name: 'Lägesbilden för perioden med diagram' }).click();
  await expect(page).toHaveURL(/\/arbetsyta\/lagesbild\/\?district=farsta&from=2025-01-01&to=2025-12-31/);
  await ready(page);
  await expect(page.getByText('Stadsdel: Farsta')).toBeVisible();

  // The forums beside the previous period (hand count of the Farsta fixture: BRÅ 3 approved, all raised; SSPF 2, 1 raised).
  const forums = page.getByRole('table', { name: /Justerade möten och VBE-punkten per forum/ });
  const forum = (name: string) => forums.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).getByRole('cell');
  await expect(forum('BRÅ Farsta')).toContainText(['Lokalt brottsförebyggande råd (BRÅ)', '3', '3']);
  await expect(forum('SSPF Farsta')).toContainText(['SSPF', '2', '1']);

  // Every chart is an image named by its alt text, with its table beside it.
  const charts = page.getByRole('region', { name: 'Diagram', exact: true });
  const images = page.locator('.lb-chart-image svg[role="img"]');
  await expect(images).toHaveCount(7);
  for (const name of ['Observationer per kvartal', 'Observationer per kvartal och miljö', 'Observationer per miljö', 'Kategorier per miljö', 'Observationer per källa', 'Observationernas ursprung', 'Enkätens svarsfrekvens och webbkursen']) {
    const block = charts.getByRole('region', { name, exact: true });
    await expect(block.getByRole('img')).toHaveAttribute('aria-label', /.{40,}/);
    await expect(block.getByRole('table')).toBeVisible();
  }
  // Farsta 2025, vit makt × klotter: 7 (workspace.spec.ts's hand count); the chart's table and alt say so.
  const categories = charts.getByRole('region', { name: 'Kategorier per miljö', exact: true });
  await expect(categories.getByRole('img')).toHaveAttribute('aria-label', /Klotter och skadegörelse: [^;]*Vit makt-miljön 7/);
  // The SVG carries no style attribute or element (CSP), and the browser reported no refusal.
  expect(await page.locator('.lb-chart-image [style], .lb-chart-image style').count()).toBe(0);
  expect(styleViolations).toEqual([]);

  // The quarter × milieu table and the survey's answers (or why there are none) are on the page.
  await expect(page.getByRole('table', { name: 'Observationer per kvartal och miljö', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Enkätens svar: kännedom, samverkan och kunskap' })).toBeVisible();

  // The draft text and the export links.
  await expect(page.getByRole('heading', { level: 3, name: 'Källor och metod' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lägesbilden som Word-fil' })).toHaveAttribute('href', '/export/lagesbild.docx?district=farsta&from=2025-01-01&to=2025-12-31');
  await expect(page.getByRole('link', { name: 'Tabellerna som Excel-fil' })).toHaveAttribute('href', '/export/lagesbild.xlsx?district=farsta&from=2025-01-01&to=2025-12-31');
  await expect(page.getByRole('link', { name: 'Utskriftsversion' })).toHaveAttribute('href', '/export/lagesbild.html?district=farsta&from=2025-01-01&to=2025-12-31');

  // The Word file downloads: a zip (docx) with the district in it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Lägesbilden som Word-fil' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
});

// A year long before the demo data, so no other spec's lägesbild (one per district and period) is touched.
test('a coordinator writes the lägesbild from the draft, saves it, adopts it and downloads the Word file', async ({ page }) => {
  await signIn(page.request, DEMO.coordinator);
  await page.goto('/arbetsyta/oversikt/?fran=2012-01-01&till=2012-12-31');
  await page.getByRole('link', { name: 'Lägesbilden för perioden med diagram' }).click();
  await expect(page).toHaveURL(/\/arbetsyta\/lagesbild\/\?district=rinkeby-kista&from=2012-01-01&to=2012-12-31/);
  await expect(page.getByRole('heading', { level: 2, name: 'Er text och fastställande' })).toBeVisible();

  // The sections start from the draft text.
  await expect(page.getByLabel('Sammanfattning', { exact: true })).not.toHaveValue('');
  await page.getByLabel('Behov och förslag till handlingsplanen').fill('Fortsätt med VBE som stående punkt i forumen och följ upp webbkursen.');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Fastställ version 1/ })).toBeVisible();

  await page.getByLabel('Beslut (valfritt)').fill('SDN 2013-03-12 § 14');
  await page.getByRole('button', { name: /^Fastställ version 1/ }).click();
  await expect(page.getByText(/Fastställd .* \(version 1\), SDN 2013-03-12 § 14\. Siffrorna är låsta som de var då\./)).toBeVisible();

  // The adopted document's own Word file (with the coordinator's text) is offered once it is adopted.
  const adoptedWord = page.getByRole('link', { name: 'Den fastställda lägesbilden som Word-fil' });
  await expect(adoptedWord).toHaveAttribute('href', /^\/export\/lagesbild\/[^/]+\.docx$/);
  const [download] = await Promise.all([page.waitForEvent('download'), adoptedWord.click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const docx = await readFile((await download.path())!);
  expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  const text = docxText(docx);
  expect(text).toContain('Fortsätt med VBE som stående punkt i forumen och följ upp webbkursen.');
  expect(text).toContain('SDN 2013-03-12 § 14');
});

test('the lägesbild page: axe finds nothing at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page.request);
  await page.goto(PAGE);
  await ready(page);
  await expectNoAxeViolations(page);
});

test('the lägesbild page: axe finds nothing at 390 px and it reflows at 320 px', async ({ page }) => {
  await signIn(page.request);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(PAGE);
  await ready(page);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
});
