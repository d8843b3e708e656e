// Partners' statements and the CSV import (issue 11) in Chromium against the
// real server: a statement recorded on /arbetsyta/lagesbilder/ shows in the
// overview, an import preview names the refused row and column, and axe
// passes on the page at 1280 and 390 px. Years far before the demo data
// (2017–2019, Rinkeby-Kista) keep other specs' figures untouched.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { OBSERVATIONS_CSV_HEADER } from '../../api/exports/observations-csv.ts';
import { DEMO } from './fixtures/accounts.ts';
import { expectNoAxeViolations, signInByApi } from './fixtures/api.ts';

const PAGE = '/arbetsyta/lagesbilder/?district=rinkeby-kista';
const HEADER = OBSERVATIONS_CSV_HEADER.join(';');

const signIn = (request: APIRequestContext) => signInByApi(request, DEMO.coordinator);

const rowOf = (page: Page, table: string | RegExp, header: string) =>
  page.getByRole('table', { name: table }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });

test('a coordinator records the police’s statement with an observation and sees it in the overview', async ({ page }) => {
  await signIn(page.request);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1, name: 'Samverkanspartners lägesbilder och import' })).toBeVisible();

  await page.getByLabel('Samverkanspartner (källa)').selectOption({ label: 'Polisen' });
  await page.getByLabel('Från och med').fill('2019-01-01');
  await page.getByLabel('Till och med').fill('2019-12-31');
  await page.getByLabel('Sammanfattning').fill('Polisens bild: fler klistermärken vid centrum under hösten.');
  await page.getByRole('button', { name: 'Lägg till observation' }).click();
  const row = page.getByRole('group', { name: 'Observation 1' });
  // The new row's description has the focus: typing goes straight in.
  await expect(row.getByLabel('Beskrivning')).toBeFocused();
  await page.keyboard.type('Klistermärken med vit makt-symboler.');
  await row.getByLabel('Miljö').selectOption({ label: 'Vit makt-miljön' });
  await row.getByLabel('Kategori').selectOption({ label: 'Affischer, flygblad, klistermärken, propaganda' });
  await row.getByLabel('Källa').selectOption({ label: 'Polisen' });
  await row.getByLabel('Område').fill('Husby');
  await row.getByLabel('Antal').fill('4');
  await row.getByLabel('Datum').fill('2019-10-02');
  await page.getByRole('button', { name: 'Spara lägesbilden' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Lägesbilden från polisen för 1 januari 2019 – 31 december 2019 är sparad.' })).toBeVisible();
  await expect(rowOf(page, 'Registrerade lägesbilder från samverkanspartner', 'Polisen').filter({ hasText: '2019' })).toContainText('4 observationer');

  await page.goto('/arbetsyta/oversikt/?fran=2019-01-01&till=2019-12-31');
  await expect(page.getByRole('heading', { level: 2, name: 'Övriga källor' })).toBeVisible();
  const statements = rowOf(page, /Lägesbilder per källa/, 'Polisen');
  await expect(statements.getByRole('cell')).toHaveText(['Har rapporterat', '4', 'Saknas', '0']);
  await expect(rowOf(page, 'Observationer per ursprung', 'Samverkanspartners lägesbilder').getByRole('cell')).toHaveText(['4', '0']);
  await expect(rowOf(page, 'Observationer per källa', 'Polisen').getByRole('cell').first()).toHaveText('4');
});

test('a statement without an answer is refused next to the summary, and personal data next to the field', async ({ page }) => {
  await signIn(page.request);
  await page.goto(PAGE);
  await page.getByLabel('Samverkanspartner (källa)').selectOption({ label: 'Civilsamhället' });
  await page.getByLabel('Från och med').fill('2018-01-01');
  await page.getByLabel('Till och med').fill('2018-06-30');
  await page.getByRole('button', { name: 'Spara lägesbilden' }).click();
  const summary = page.getByLabel('Sammanfattning');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Skriv en sammanfattning, lägg till observationer eller markera ”Inget att rapportera”.')).toBeVisible();

  // The server's guard: the message names the field and stands beside it.
  await summary.fill('Föreningen berättar om Kalle Svensson.');
  await page.getByRole('button', { name: 'Spara lägesbilden' }).click();
  await expect(summary).toBeFocused();
  await expect(page.getByText(/Fältet ”Sammanfattning” innehåller ett namn på en person/)).toBeVisible();

  await summary.fill('');
  await page.getByLabel('Inget att rapportera').check();
  await page.getByRole('button', { name: 'Spara lägesbilden' }).click();
  await expect(rowOf(page, 'Registrerade lägesbilder från samverkanspartner', 'Civilsamhället').filter({ hasText: '2018' })).toContainText('Inget att rapportera');
});

test('the import preview shows a refused row by row and column, and a clean file is imported', async ({ page }) => {
  await signIn(page.request);
  await page.goto(PAGE);
  const paste = page.getByLabel('Eller klistra in innehållet');
  const good = '2017-03-14;BRÅ Rinkeby-Kista;BRÅ;Vit makt-miljön;Affischer, flygblad, klistermärken, propaganda;Polisen;Rinkeby;3;2017-03-01;Flygblad';
  await paste.fill([HEADER, good, '2017-04-11;BRÅ Rinkeby-Kista;BRÅ;okänd;Affischer, flygblad, klistermärken, propaganda;Polisen;Kista;1;2017-04-02;'].join('\n'));
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(page.getByRole('heading', { name: 'Förhandsgranskning: 1 rad godkänd, 1 rad refuserad' })).toBeFocused();
  const refused = rowOf(page, 'Raderna i filen', '3');
  await expect(refused).toContainText('Refuserad');
  await expect(refused).toContainText('Kolumn Miljö: Okänd miljö');
  await expect(page.getByRole('button', { name: /^Importera/ })).toHaveCount(0);

  await paste.fill([HEADER, good].join('\r\n'));
  await page.getByRole('button', { name: 'Förhandsgranska' }).click();
  await page.getByRole('button', { name: 'Importera 1 rad' }).click();
  await expect(page.getByText('1 observation från 1 mars 2017 – 1 mars 2017 är importerad.', { exact: false })).toBeVisible();
});

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the statements page at ${width} px, with an observation row and an import preview`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await signIn(page.request);
    await page.goto(PAGE);
    await page.getByRole('button', { name: 'Lägg till observation' }).click();
    await expect(page.getByRole('group', { name: 'Observation 1' })).toBeVisible();
    await page.getByLabel('Eller klistra in innehållet').fill(`${HEADER}\n2017-04-11;BRÅ;BRÅ;okänd;Affischer, flygblad, klistermärken, propaganda;Polisen;Kista;1;2017-04-02;`);
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    await expect(page.getByRole('table', { name: 'Raderna i filen' })).toBeVisible();
    await expect(page.getByText(/Inga lägesbilder är registrerade ännu|Registrerade lägesbilder från samverkanspartner/).first()).toBeVisible();
    await expectNoAxeViolations(page);
    // No sideways scrolling of the page itself (tables scroll in their own regions).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

for (const [width, height] of [
  [1280, 900],
  [390, 844],
] as const) {
  test(`axe finds no WCAG 2.1 A/AA violations on the overview's other sources at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await signIn(page.request);
    await page.goto('/arbetsyta/oversikt/?fran=2019-01-01&till=2019-12-31');
    await expect(page.getByRole('table', { name: /Lägesbilder per källa/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Kartläggningsenkätens svar och webbkursen' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
