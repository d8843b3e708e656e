// The import panel's list (issue 11 review): an import is listed with its
// period, "Ta bort" asks once inline and removes it, and a file overlapping
// an earlier import is refused naming that import's period. Its own years
// (2015, 2014), so it never meets statements.spec.ts's import.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { OBSERVATIONS_CSV_HEADER } from '../../api/exports/observations-csv.ts';
import { DEMO } from './fixtures/accounts.ts';
import { signInByApi } from './fixtures/api.ts';

const PAGE = '/arbetsyta/lagesbilder/?district=rinkeby-kista';
const HEADER = OBSERVATIONS_CSV_HEADER.join(';');
const row = (day: string) => `${day};BRÅ;BRÅ;Vit makt-miljön;Affischer, flygblad, klistermärken, propaganda;Polisen;Rinkeby;2;${day};Flygblad`;

const signIn = (request: APIRequestContext) => signInByApi(request, DEMO.coordinator);

async function importFile(page: Page, ...days: string[]): Promise<void> {
  await page.getByLabel('Eller klistra in innehållet').fill([HEADER, ...days.map(row)].join('\n'));
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.getByRole('button', { name: /^Importera \d+ rad/ }).click();
}

const imports = (page: Page) => page.getByRole('table', { name: 'Importerade filer med period och antal observationer' });

test('an import is listed, an overlapping file is refused naming it, and "Ta bort" removes it after one question', async ({ page }) => {
  await signIn(page.request);
  await page.goto(PAGE);
  await importFile(page, '2015-02-01', '2015-05-31');
  await expect(page.getByText('2 observationer från 1 februari 2015 – 31 maj 2015 är importerade.', { exact: false })).toBeVisible();
  const listed = imports(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1 februari 2015 – 31 maj 2015' }) });
  await expect(listed).toContainText('2');

  await importFile(page, '2015-05-31');
  await expect(page.getByRole('alert')).toContainText('överlappar en tidigare import för 1 februari 2015–31 maj 2015');

  await listed.getByRole('button', { name: 'Ta bort importen för 1 februari 2015 – 31 maj 2015' }).click();
  const confirm = page.getByRole('button', { name: 'Ja, ta bort importen för 1 februari 2015 – 31 maj 2015' });
  await expect(confirm).toBeFocused();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(listed.getByRole('button', { name: 'Ta bort importen för 1 februari 2015 – 31 maj 2015' })).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Importen för 1 februari 2015 – 31 maj 2015 (2 observationer) är borttagen' })).toBeFocused();
  await expect(listed).toHaveCount(0);
  // Now the same period can be imported again.
  await importFile(page, '2015-05-31');
  await expect(page.getByText('1 observation från 31 maj 2015 – 31 maj 2015 är importerad.', { exact: false })).toBeVisible();
});

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the import list with a question open at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await signIn(page.request);
    await page.goto(PAGE);
    await importFile(page, `2014-0${width === 1280 ? 1 : 7}-15`);
    const day = width === 1280 ? '15 januari 2014' : '15 juli 2014';
    await imports(page).getByRole('button', { name: `Ta bort importen för ${day} – ${day}` }).click();
    await expect(page.getByRole('button', { name: `Ja, ta bort importen för ${day} – ${day}` })).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
