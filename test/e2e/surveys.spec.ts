// The units' survey in Chromium against the real server: a unit answers on
// /enkat/ by keyboard without an account (a refused comment first, a draft
// kept over a reload), and the coordinator sees it answered with results.
// Each test opens its own round (one per district and year: distinct years).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO } from './fixtures/accounts.ts';
import { expectNoAxeViolations, signInByApi, trpcMutation } from './fixtures/api.ts';

const stockholmToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
const inDays = (n: number) => new Date(Date.parse(`${stockholmToday()}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const yearFromNow = (n: number) => Number(stockholmToday().slice(0, 4)) + n;

interface Round {
  id: string;
  units: { id: string; name: string; token: string; link: string }[];
}

/** Opens a unit's link as from the message: a new document, not only a new fragment. */
async function openLink(page: Page, token: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`/enkat/#t=${token}`);
}

/** A round of three units in Rinkeby-Kista, opened by its coordinator through the API. */
async function openRound(request: APIRequestContext, year: number): Promise<Round> {
  await signInByApi(request, DEMO.coordinator);
  return trpcMutation<Round>(request, 'surveys.create', {
    districtId: 'rinkeby-kista',
    year,
    closesOn: inDays(20),
    units: [{ name: 'Akalla förskola', staff: 20 }, { name: 'Husby fritidsgård' }, { name: 'Kista skola', staff: 40 }],
  });
}

const ANSWERS = {
  incidents: [{ milieu: 'autonoma', category: 'propaganda', count: 2 }],
  awareness: { plan: 'helt', guidance: 'delvis', routine: 'delvis', form: 'inte' },
  staffAwareness: { plan: 'delvis', guidance: 'inte', routine: 'inte', form: 'inte' },
  collaboration: { polis: 'har', socialtjanst: 'har', skola: 'onskar', civilsamhalle: 'onskar', samfund: 'nej', fastighetsagare: 'nej' },
  staffKnowledge: 'liten',
  staff: 40,
  courseCompleted: 10,
  comment: 'Affischer vid entrén under våren.',
};

/** Checks a radio group's choice from the keyboard: focus the group's first choice, then arrow to the one wanted. */
async function chooseByKeyboard(page: Page, group: string, choice: string): Promise<void> {
  const fieldset = page.getByRole('group', { name: group, exact: true });
  const radios = fieldset.getByRole('radio');
  const names = await radios.evaluateAll((els) => els.map((e) => (e.closest('label')?.textContent ?? '').trim()));
  const index = names.indexOf(choice);
  expect(index, `${group}: ${choice}`).toBeGreaterThanOrEqual(0);
  await radios.first().focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
  await expect(fieldset.getByRole('radio', { name: choice })).toBeChecked();
}

test('a unit answers by keyboard: a refused comment next to the field, the draft kept, then thanks; the coordinator sees it answered', async ({ page, request }) => {
  const round = await openRound(request, yearFromNow(1));
  const akalla = round.units[0]!;
  await page.goto(`/enkat/#t=${akalla.token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kartläggningsenkät om våldsbejakande extremism' })).toBeVisible();
  await expect(page.locator('.ws-survey-about')).toContainText('Akalla förskola');
  // The token is taken out of the address bar (and so the history) once read.
  await expect(page).toHaveURL(/\/enkat\/$/);

  // An incident row: the add button moves focus to the new row's first field.
  await page.getByRole('button', { name: 'Lägg till en händelse' }).focus();
  await page.keyboard.press('Enter');
  const milieu = page.getByRole('group', { name: 'Händelse 1' }).getByLabel('Miljö');
  await expect(milieu).toBeFocused();
  await milieu.selectOption({ label: 'Islamistiska miljön' });
  await page.getByRole('group', { name: 'Händelse 1' }).getByLabel('Typ av händelse').selectOption({ label: 'Extremistiska åsikter uttryckta' });
  const count = page.getByRole('group', { name: 'Händelse 1' }).getByLabel('Antal gånger');
  await count.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('3');

  for (const topic of ['Den lokala handlingsplanen', 'Stadens vägledning', 'Rutinen vid oro eller händelse', 'Blanketten för avidentifierad information']) {
    // Managers' and staff's groups have the same topics: the first is the managers'.
    const groups = page.getByRole('group', { name: topic, exact: true });
    await expect(groups).toHaveCount(2);
  }
  const manager = page.getByRole('group', { name: 'Din kännedom som chef' });
  const staff = page.getByRole('group', { name: 'Medarbetarnas kännedom' });
  for (const [section, choice] of [[manager, 'Känner till helt'], [staff, 'Känner till delvis']] as const) {
    for (const topic of ['Den lokala handlingsplanen', 'Stadens vägledning', 'Rutinen vid oro eller händelse', 'Blanketten för avidentifierad information']) {
      const group = section.getByRole('group', { name: topic, exact: true });
      await group.getByRole('radio').first().focus();
      await page.keyboard.press('Space');
      if (choice === 'Känner till delvis') await page.keyboard.press('ArrowRight');
      await expect(group.getByRole('radio', { name: choice })).toBeChecked();
    }
  }
  for (const partner of ['Polisen', 'Socialtjänsten', 'Skolan', 'Civilsamhället', 'Trossamfund', 'Fastighetsägare']) {
    await chooseByKeyboard(page, partner, partner === 'Polisen' ? 'Samverkar redan' : 'Önskar samverkan');
  }
  await chooseByKeyboard(page, 'Medarbetarnas kunskapsnivå om våldsbejakande extremism', 'Liten kunskap');

  await page.getByLabel('Antal medarbetare på enheten').focus();
  await page.keyboard.type('20');
  await page.getByLabel('Varav har gått stadens webbutbildning').focus();
  await page.keyboard.type('5');
  const comment = page.getByLabel('Övriga kommentarer (frivilligt)');
  await comment.focus();
  await page.keyboard.type('Ring 070-123 45 67 om något händer.');
  await page.getByRole('button', { name: 'Skicka svaren' }).focus();
  await page.keyboard.press('Enter');

  // Refused next to the field, focused, the text kept and described by the error.
  const error = page.locator('#enkat-answers-comment-fel');
  await expect(error).toContainText('telefonnummer');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue('Ring 070-123 45 67 om något händer.');
  await expect(comment).toHaveAttribute('aria-invalid', 'true');
  await expect(comment).toHaveAttribute('aria-describedby', /enkat-answers-comment-fel/);

  // The draft is stored under a hash of the token, never the token itself.
  expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage)))).not.toContain(akalla.token);
  // The draft survives opening the link again (the address bar no longer holds the token, so a reload would not).
  await openLink(page, akalla.token);
  await expect(page.getByText('Ett utkast som sparats i den här webbläsaren har lästs in.')).toBeVisible();
  await expect(comment).toHaveValue('Ring 070-123 45 67 om något händer.');
  await expect(page.getByLabel('Antal medarbetare på enheten')).toHaveValue('20');

  await comment.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Affischer sågs vid entrén.');
  await page.getByRole('button', { name: 'Skicka svaren' }).focus();
  await page.keyboard.press('Enter');
  const thanks = page.getByRole('heading', { name: 'Tack för era svar!' });
  await expect(thanks).toBeFocused();
  await expect(page.getByText(/Du kan rätta svaren till och med \d+ \w+ \d{4}/)).toBeVisible();

  // The same link again: the saved answer to correct, no draft.
  await openLink(page, akalla.token);
  await expect(page.getByText('Er enhet har redan svarat.')).toBeVisible();
  await expect(page.getByLabel('Antal medarbetare på enheten')).toHaveValue('20');
  await expect(page.getByRole('button', { name: 'Skicka de rättade svaren' })).toBeVisible();

  // The coordinator's round page.
  await signInByApi(page.request, DEMO.coordinator);
  await page.goto(`/arbetsyta/enkater/?id=${round.id}`);
  const units = page.getByRole('table', { name: 'Enheternas svar och länkar' });
  await expect(units.getByRole('row', { name: /Akalla förskola/ })).toContainText('Har svarat');
  await expect(units.getByRole('row', { name: /Husby fritidsgård/ })).toContainText('Har inte svarat');
  await expect(page.getByRole('list', { name: /Att påminna/ })).toContainText('Kista skola');
  await page.getByText('Namn och länkar att klistra in i en påminnelse').click();
  await expect(page.getByLabel('Namn och länkar för enheterna som inte har svarat')).toHaveValue(`Husby fritidsgård: ${round.units[1]!.link}\nKista skola: ${round.units[2]!.link}`);
  await expect(units.getByRole('textbox', { name: 'Länk för Husby fritidsgård' })).toHaveValue(round.units[1]!.link);
  const figures = page.getByRole('table', { name: 'Svar och webbutbildning' });
  // One of three: 33 %; 5 of 20 have taken the course: 25 %.
  await expect(figures.getByRole('row', { name: /Svarsfrekvens/ })).toContainText('33 % (1 av 3 enheter)');
  await expect(figures.getByRole('row', { name: /webbutbildning/ })).toContainText('5 (25 %)');
  await expect(page.getByRole('table', { name: /Händelser per miljö/ }).getByRole('row', { name: /Islamistiska/ })).toContainText('3');
});

test('the coordinator opens a round from lines in the workspace and gets a link per unit', async ({ page }) => {
  await signInByApi(page.request, DEMO.coordinator);
  // Once: across New Year's midnight a second yearFromNow would be another year.
  const year = yearFromNow(6);
  await page.goto('/arbetsyta/enkater/');
  await expect(page.getByRole('navigation', { name: 'Arbetsyta' }).getByRole('link', { name: 'Enkäter' })).toBeVisible();
  await page.getByLabel('År').fill(String(year));
  await page.getByLabel('Enheter').fill('Rinkeby bibliotek; 9\nKalle Svensson');
  await page.getByRole('button', { name: 'Öppna omgången och skapa länkarna' }).click();
  // A person's name is refused, named by its line.
  await expect(page.locator('#enkat-enheter-fel')).toContainText('Rad 2');
  await expect(page.getByLabel('Enheter')).toBeFocused();
  await page.getByLabel('Enheter').fill('Rinkeby bibliotek; 9\nTensta träff');
  await page.getByRole('button', { name: 'Öppna omgången och skapa länkarna' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Kartläggningsenkät ${year}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Länk för Tensta träff' })).toHaveValue(/\/enkat\/#t=[A-Za-z0-9_-]{22}$/);
});

for (const [width, height, offset] of [[1280, 900, 2], [390, 844, 3]] as const) {
  test(`axe: the answer page at ${width} px, with an incident row and a refusal`, async ({ page, request }) => {
    const round = await openRound(request, yearFromNow(offset));
    await page.setViewportSize({ width, height });
    await page.goto(`/enkat/#t=${round.units[1]!.token}`);
    await page.getByRole('button', { name: 'Lägg till en händelse' }).click();
    await page.getByRole('button', { name: 'Skicka svaren' }).click();
    await expect(page.locator('#enkat-answers-staff-fel')).toBeVisible();
    // The summary names each field as a link, in page order, and focus goes to the first field.
    const links = page.getByRole('alert').getByRole('link');
    await expect(links.first()).toHaveText(/^Händelse 1: Miljö: /);
    await expect(links.last()).toHaveText(/^Varav har gått stadens webbutbildning: /);
    await expect(page.getByRole('group', { name: 'Händelse 1' }).getByLabel('Miljö')).toBeFocused();
    await page.getByRole('alert').getByRole('link', { name: /^Antal medarbetare på enheten: / }).click();
    await expect(page.getByLabel('Antal medarbetare på enheten')).toBeFocused();
    await expectNoAxeViolations(page);
    // Nothing wider than the screen (WCAG 1.4.10).
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

for (const [width, height, offset] of [[1280, 900, 4], [390, 844, 5]] as const) {
  test(`axe: the coordinator's round page at ${width} px, with results`, async ({ page, request }) => {
    const round = await openRound(request, yearFromNow(offset));
    await trpcMutation(request, 'surveys.respond', { token: round.units[2]!.token, answers: ANSWERS });
    await signInByApi(page.request, DEMO.coordinator);
    await page.setViewportSize({ width, height });
    await page.goto(`/arbetsyta/enkater/?id=${round.id}`);
    await expect(page.getByRole('table', { name: 'Svar per enhet' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}

test('both survey pages reflow at 320 px without sideways scrolling (WCAG 1.4.10)', async ({ page, request }) => {
  const round = await openRound(request, yearFromNow(7));
  await trpcMutation(request, 'surveys.respond', { token: round.units[0]!.token, answers: ANSWERS });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`/enkat/#t=${round.units[1]!.token}`);
  await page.getByRole('button', { name: 'Lägg till en händelse' }).click();
  await expect(page.getByRole('group', { name: 'Händelse 1' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await signInByApi(page.request, DEMO.coordinator);
  await page.goto(`/arbetsyta/enkater/?id=${round.id}`);
  await expect(page.getByRole('table', { name: 'Svar per enhet' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
