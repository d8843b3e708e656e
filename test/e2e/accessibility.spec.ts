import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages: [string, string][] = [
  ['home', '/'],
  ['search results', '/sok/?q=lägesbild'],
  ['guidance page', '/vagledning/vbe-som-staende-punkt/'],
  ['symbol page', '/symboler/tyr-runan/'],
  ['symbol gallery', '/symboler/'],
  ['plan page', '/planer/enskede-arsta-vantor-2020/'],
  ['routine page', '/rutiner/rutin-vid-oro-eller-handelse/'],
  ['contact page', '/kontakter/stadens-samordnare/'],
  ['404 page', '/finns-inte/'],
];

for (const [name, url] of pages) {
  test(`axe finds no WCAG 2.1 A/AA violations on the ${name}`, async ({ page }) => {
    await page.goto(url);
    if (url.startsWith('/sok/')) await expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  });
}

test('plan tables scroll in named, focusable regions, and follow-up reads "T1, T2, VB"', async ({ page }) => {
  await page.goto('/planer/rinkeby-kista-2019/');
  const regions = page.locator('.table-wrap');
  const count = await regions.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) {
    const region = regions.nth(i);
    await expect(region).toHaveAttribute('role', 'region');
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region).toHaveAccessibleName(/^Aktiviteter/);
  }
  const cells = await page.locator('td:has(abbr)').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) expect(cell).toMatch(/^(T1|T2|VB)(, (T1|T2|VB))*$/);
});
