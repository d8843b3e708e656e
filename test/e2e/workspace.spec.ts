// The conveners' and coordinators' workspace in Chromium against the real
// server, on the data prepared by fixtures/prepare-data.ts.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { formatMeetingDate, stockholmInputValues } from '../../api/domain/swedish-format.ts';
import { docxText } from '../fixtures/docx-text.ts';
import { DEMO, E2E_PASSWORD } from './fixtures/accounts.ts';

const VBE_TITLE = 'Våldsbejakande extremism (stående punkt)';

async function signInByApi(request: APIRequestContext, username: string): Promise<void> {
  const res = await request.post('/trpc/auth.login', { data: { username, password: E2E_PASSWORD }, headers: { 'x-vbe-client': 'e2e' } });
  expect(res.ok(), await res.text()).toBe(true);
}

async function trpcQuery<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('the convener’s main job: sign in, new meeting, minutes with a VBE observation, approve, download the DOCX', async ({ page }) => {
  let actions = 0; // clicks and key presses beyond typing text
  const act = async (step: Promise<unknown>) => {
    actions++;
    await step;
  };

  await page.goto('/arbetsyta/');
  await expect(page).toHaveURL(/\/logga-in\/\?tillbaka=%2Farbetsyta%2F/);
  await page.getByLabel('Användarnamn').fill(DEMO.convener);
  await page.getByLabel('Lösenord').fill(E2E_PASSWORD);
  await act(page.getByLabel('Lösenord').press('Enter'));

  await expect(page.getByRole('heading', { level: 1, name: 'Mina forum' })).toBeVisible();
  const forumName = (await page.locator('.ws-card h2').first().textContent())!.trim();
  await act(page.getByRole('link', { name: `Nytt möte i ${forumName}` }).click());

  await expect(page.getByRole('heading', { level: 1, name: `Nytt möte i ${forumName}` })).toBeVisible();
  // Minutes are approved only once the meeting has begun: a day three years back, before any demo meeting, on any date the test runs.
  const day = stockholmInputValues(new Date(Date.now() - 3 * 365 * 86_400_000)).date;
  await page.getByLabel('Datum').fill(day);
  await page.getByLabel('Tid').fill('14:00');
  await page.getByLabel('Plats').fill('Husby träff, sal 2');
  await act(page.getByRole('button', { name: 'Skapa mötet och dagordningen' }).click());

  // The agenda is there at once, with the standing VBE item locked in place.
  await expect(page.getByRole('heading', { level: 1, name: `Möte ${formatMeetingDate(`${day}T12:00:00Z`)} kl. 14.00` })).toBeVisible();
  const agenda = page.locator('#dagordning').locator('..');
  const vbeRow = agenda.getByRole('listitem').filter({ hasText: VBE_TITLE });
  await expect(vbeRow.getByText('Stående punkt – kan inte tas bort.')).toBeVisible();
  await expect(vbeRow.getByRole('button', { name: /Ta bort/ })).toHaveCount(0);
  const vbeNumber = Number((await vbeRow.locator('.ws-agenda-title').textContent())!.match(/§ (\d+)/)![1]);

  // Minutes for three items: two plain texts (saved as the user moves on) and the VBE item.
  await page.getByLabel('Anteckningar till punkt 1').fill('Ordföranden hälsade alla välkomna.');
  await page.getByLabel('Anteckningar till punkt 4').fill('Föregående mötes anteckningar lades till handlingarna.');
  const vbe = page.locator('.ws-minutes-item', { has: page.getByRole('heading', { name: `§ ${vbeNumber} ${VBE_TITLE}` }) });
  await act(vbe.getByRole('radio', { name: 'Diskuterad', exact: true }).check());
  await act(vbe.getByRole('button', { name: 'Lägg till observation' }).click());
  const observation = vbe.getByRole('group', { name: 'Observation 1' });
  await act(observation.getByLabel('Miljö').selectOption('vit-makt'));
  await act(observation.getByLabel('Kategori').selectOption('propaganda'));
  await act(observation.getByLabel('Källa').selectOption('fastighetsagare'));
  await observation.getByLabel('Område').fill('Husby');
  await observation.getByLabel('Antal').fill('3');
  const description = observation.getByLabel('Beskrivning');

  // A personal identity number is refused next to the field, and the text stays.
  const refused = 'Klistermärken vid centrum, anmält av 811218-9876.';
  await description.fill(refused);
  await vbe.getByRole('button', { name: `Spara punkt ${vbeNumber}` }).click();
  await expect(description).toHaveAttribute('aria-invalid', 'true');
  const errorId = (await description.getAttribute('aria-describedby'))!.split(' ');
  await expect(page.locator(errorId.map((id) => `#${id}`).join(', ')).filter({ hasText: 'innehåller ett personnummer' })).toBeVisible();
  await expect(description).toHaveValue(refused);

  await description.fill('Klistermärken med vit makt-budskap vid centrum; borttagna av fastighetsägaren.');
  await act(vbe.getByRole('button', { name: `Spara punkt ${vbeNumber}` }).click());
  await expect(vbe.getByText(/Sparat kl\. \d\d\.\d\d/)).toBeVisible();

  await page.getByLabel('Justerare 1').fill('Demo Ordförande');
  await page.getByLabel('Justerare 2').fill('Demo Justerare');
  await act(page.getByRole('button', { name: 'Justera protokollet' }).click());
  await expect(page.getByText(/Justerat .* av Demo Ordförande och Demo Justerare/)).toBeVisible();
  await expect(page.getByLabel('Anteckningar till punkt 1')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await act(page.getByRole('link', { name: 'Protokollet som Word-fil (DOCX)' }).click());
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^protokoll-.*${day}\\.docx$`));
  const text = docxText(await readFile((await download.path())!));
  expect(text).toContain(VBE_TITLE);
  expect(text).toContain('Husby');
  expect(text).toContain('Ordföranden hälsade alla välkomna.');
  expect(text).not.toContain('811218-9876');

  // Counted: Enter, Nytt möte, Skapa, Diskuterad, Lägg till observation, 3 selects, Spara, Justera, DOCX.
  expect(actions).toBeLessThanOrEqual(12);
});

test('a convener cannot reach another forum’s meeting page or its downloads', async ({ page, browser }) => {
  const other = await browser.newContext();
  await signInByApi(other.request, DEMO.otherConvener);
  const theirs = await trpcQuery<{ id: string }[]>(other.request, 'meetings.list', {});
  await other.close();
  const id = theirs[0].id;

  await signInByApi(page.request, DEMO.convener);
  await page.goto(`/arbetsyta/mote/?id=${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mötet kunde inte visas' })).toBeVisible();
  await expect(page.getByText('Det du söker finns inte, eller så har du inte behörighet till det.')).toBeVisible();
  for (const file of ['protokoll.docx', 'dagordning.docx', 'protokoll.html', 'mote.ics']) {
    const res = await page.request.get(`/export/mote/${id}/${file}`);
    expect(res.status(), file).toBe(404);
  }
});

test('a coordinator reopens approved minutes with a reason and sees it in the history', async ({ page }) => {
  await signInByApi(page.request, DEMO.coordinator);
  const account = await trpcQuery<{ account: { districtId: string } }>(page.request, 'auth.me', null);
  const meetings = await trpcQuery<{ id: string; status: string }[]>(page.request, 'meetings.list', { districtId: account.account.districtId });
  const approved = meetings.filter((m) => m.status === 'approved').at(-1)!;

  await page.goto(`/arbetsyta/mote/?id=${approved.id}`);
  await expect(page.getByText(/^Justerat .* av /)).toBeVisible();
  await page.getByText('Öppna protokollet igen').click();
  await page.getByLabel('Motivering', { exact: true }).fill('Fel datum på en observation');
  await page.getByRole('button', { name: 'Öppna igen' }).click();
  await expect(page.locator('.ws-badge').filter({ hasText: 'Genomfört' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Justera protokollet' })).toBeVisible();

  await page.getByText(/Visa versionshistorik/).click();
  await expect(page.getByText('Öppnat igen: Fel datum på en observation')).toBeVisible();
});

test('the district overview shows the hand-computed figures of the Farsta fixture', async ({ page }) => {
  await signInByApi(page.request, DEMO.farstaCoordinator);
  await page.goto('/arbetsyta/oversikt/?fran=2025-01-01&till=2025-12-31');
  await expect(page.getByText('Period: 1 januari 2025 – 31 december 2025, jämfört med 1 januari 2024 – 31 december 2024')).toBeVisible();

  const forums = page.getByRole('table', { name: 'Möten per forum' });
  const row = (name: string) => forums.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  // BRÅ: Feb, May, Sep, all approved. SSPF: Mar and Oct approved, Nov held without approval.
  await expect(row('BRÅ Farsta').getByRole('cell')).toContainText(['Lokalt brottsförebyggande råd (BRÅ)', '3', '3']);
  await expect(row('SSPF Farsta').getByRole('cell')).toContainText(['SSPF', '3', '2']);
  await expect(row('SSPF Farsta')).toContainText('tis 4 november 2025: Inget protokoll');
  await expect(row('Trygghetsforum Farsta')).toContainText('Inga möten under perioden');

  // Raised: BRÅ Feb, May (discussed), Sep (nothing to report), SSPF Oct: 4 of 5. 2024: 1 of 2.
  await expect(page.getByText('4 av 5 justerade möten tog upp VBE-frågan.')).toBeVisible();
  await expect(page.getByText('Föregående period: 50 %')).toBeVisible();

  // Vit makt × klotter: 3 (Farsta centrum, Feb) + 4 (hökarängen, Oct) = 7.
  const matrix = page.getByRole('table', { name: /Observationer per kategori och miljö, vald period/ });
  const headers = await matrix.locator('thead th').allTextContents();
  const klotter = matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Klotter och skadegörelse' }) });
  await expect(klotter.getByRole('cell').nth(headers.indexOf('Vit makt-miljön') - 1)).toHaveText('7');

  // Areas merge case: Hökarängen 2 + 4 = 6 (none before); Farsta centrum 3 + 1 = 4 (2 in 2024).
  const areas = page.getByRole('table', { name: 'Observationer per område' });
  await expect(areas.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Hökarängen' }) }).getByRole('cell')).toHaveText(['6', '0']);
  await expect(areas.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Farsta centrum' }) }).getByRole('cell')).toHaveText(['4', '2']);

  // Sources: polis 3, fastighetsägare 2, skola 1, egen verksamhet 4.
  const sources = page.getByRole('table', { name: 'Observationer per källa' });
  await expect(sources.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Förvaltningens egna verksamheter' }) }).getByRole('cell').first()).toHaveText('4');
  await expect(sources.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Polisen' }) }).getByRole('cell').first()).toHaveText('3');

  // Quarters by observation date: Q1 3 + 2 = 5, Q2 1, Q3 0, Q4 4.
  const quarters = page.getByRole('table', { name: /Observationer per kvartal, vald period/ });
  await expect(quarters.getByRole('cell')).toHaveText(['5', '1', '0', '4']);
  await expect(page.getByRole('link', { name: 'Ladda ned observationerna som CSV' })).toHaveAttribute(
    'href',
    '/export/lagesbild.csv?district=farsta&from=2025-01-01&to=2025-12-31',
  );
});

test.describe('axe on every workspace page', () => {
  test('signed out: sign-in', async ({ page }) => {
    await page.goto('/logga-in/');
    await expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Ange ditt användarnamn.');
    await expectNoAxeViolations(page);
  });

  // One page per test: axe on a busy machine takes seconds a page.
  async function convenerForum(page: Page): Promise<{ id: string; latestMeeting: { id: string } | null }> {
    await signInByApi(page.request, DEMO.convener);
    const forums = await trpcQuery<{ id: string; latestMeeting: { id: string } | null }[]>(page.request, 'forums.list', {});
    return forums.find((f) => f.latestMeeting)!;
  }

  test('signed in as a convener: Mina forum', async ({ page }) => {
    await signInByApi(page.request, DEMO.convener);
    await page.goto('/arbetsyta/');
    await expect(page.locator('.ws-card').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('signed in as a convener: a forum', async ({ page }) => {
    const forum = await convenerForum(page);
    await page.goto(`/arbetsyta/forum/?id=${forum.id}`);
    await expect(page.getByRole('heading', { name: 'Mall för dagordningen' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Öppna åtgärder' })).toBeVisible();
    await expect(page.locator('.ws-loading')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('signed in as a convener: a forum with its rhythm and usual length open', async ({ page }) => {
    const forum = await convenerForum(page);
    await page.goto(`/arbetsyta/forum/?id=${forum.id}`);
    await page.getByText('Ändra mötesrytm').click();
    await expect(page.getByLabel('Mötets längd')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('signed in as a convener: a meeting with the move form (start and end) open', async ({ page }) => {
    const forum = await convenerForum(page);
    // Its own meeting, a year and more ahead: no other test moves or cancels it.
    const startsAt = new Date(Math.floor((Date.now() + 400 * 86_400_000) / 3_600_000) * 3_600_000).toISOString();
    const res = await page.request.post('/trpc/meetings.create', { data: { forumId: forum.id, startsAt, allowSameDay: true }, headers: { 'x-vbe-client': 'e2e' } });
    expect(res.ok(), await res.text()).toBe(true);
    const planned = ((await res.json()) as { result: { data: { id: string } } }).result.data;
    await page.goto(`/arbetsyta/mote/?id=${planned.id}`);
    await page.getByText('Flytta eller ställ in mötet').click();
    await expect(page.getByLabel('Slutar kl.').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('signed in as a convener: a new meeting', async ({ page }) => {
    const forum = await convenerForum(page);
    await page.goto(`/arbetsyta/nytt-mote/?forum=${forum.id}`);
    await expect(page.getByRole('button', { name: 'Skapa mötet och dagordningen' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('signed in as a convener: a meeting', async ({ page }) => {
    const forum = await convenerForum(page);
    await page.goto(`/arbetsyta/mote/?id=${forum.latestMeeting!.id}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Protokoll' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('signed in as a coordinator: the district overview', async ({ page }) => {
    await signInByApi(page.request, DEMO.farstaCoordinator);
    await page.goto('/arbetsyta/oversikt/?fran=2025-01-01&till=2025-12-31');
    await expect(page.getByRole('table', { name: 'Möten per forum' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Observationer per område' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('nothing typed is lost: a failed save shows its state, and the draft is offered back after a reload', async ({ page }) => {
  await signInByApi(page.request, DEMO.convener);
  const forums = await trpcQuery<{ id: string; nextMeeting: { id: string } | null }[]>(page.request, 'forums.list', {});
  const meetingId = forums.find((f) => f.nextMeeting)!.nextMeeting!.id;
  await page.goto(`/arbetsyta/mote/?id=${meetingId}`);

  // The server cannot be reached: the save fails visibly and the text stays.
  await page.route('**/trpc/minutes.saveItem', (route) => route.abort());
  const notes = page.getByLabel('Anteckningar till punkt 1');
  await notes.fill('Text som inte får försvinna.');
  await page.getByRole('button', { name: 'Spara punkt 1' }).click();
  await expect(page.getByText(/^Inte sparat:/).first()).toBeVisible();
  await expect(notes).toHaveValue('Text som inte får försvinna.');

  // A reload (or a closed tab) offers the draft back.
  await page.unroute('**/trpc/minutes.saveItem');
  await page.reload();
  await expect(page.getByText(/Det finns ett osparat utkast från/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Återställ utkastet' }).first().click();
  await expect(page.getByLabel('Anteckningar till punkt 1')).toHaveValue('Text som inte får försvinna.');
  await page.getByRole('button', { name: 'Spara punkt 1' }).click();
  await expect(page.getByText(/Sparat kl\. \d\d\.\d\d/).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Anteckningar till punkt 1')).toHaveValue('Text som inte får försvinna.');
  await expect(page.getByText(/Det finns ett osparat utkast från/)).toHaveCount(0);
});

test('two people editing the same item: the later save is refused with a reload offer, not a silent overwrite', async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signInByApi(first.request, DEMO.convener);
  await signInByApi(second.request, DEMO.coordinator);
  const forums = await trpcQuery<{ id: string; nextMeeting: { id: string } | null }[]>(first.request, 'forums.list', {});
  const meetingId = forums.filter((f) => f.nextMeeting).at(-1)!.nextMeeting!.id;

  await first.goto(`/arbetsyta/mote/?id=${meetingId}`);
  await second.goto(`/arbetsyta/mote/?id=${meetingId}`);
  await first.getByLabel('Anteckningar till punkt 3').fill('Dagordningen godkändes.');
  await first.getByRole('button', { name: 'Spara punkt 3' }).click();
  await expect(first.getByText(/Sparat kl\. \d\d\.\d\d/).first()).toBeVisible();

  await second.getByLabel('Anteckningar till punkt 3').fill('Dagordningen godkändes med ett tillägg.');
  await second.getByRole('button', { name: 'Spara punkt 3' }).click();
  await expect(second.getByText(/Punkten har sparats av någon annan/)).toBeVisible();
  await expect(second.getByRole('button', { name: 'Ladda om mötet' })).toBeVisible();
  await expect(second.getByLabel('Anteckningar till punkt 3')).toHaveValue('Dagordningen godkändes med ett tillägg.');

  const saved = await trpcQuery<{ minutes: Record<string, { text: string }>; agenda: { id: string }[] }>(first.request, 'meetings.get', { id: meetingId });
  expect(saved.minutes[saved.agenda[2].id].text).toBe('Dagordningen godkändes.');
  await first.close();
  await second.close();
});
