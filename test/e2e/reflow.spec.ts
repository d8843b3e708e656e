// WCAG 1.4.10 Reflow and axe on narrow screens: every page type at 320 px
// wide scrolls only vertically (tables that must scroll do so inside their
// own focusable region), and axe finds nothing at 390 px (a phone).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, E2E_PASSWORD } from './fixtures/accounts.ts';

async function signInByApi(request: APIRequestContext, username: string): Promise<void> {
  const res = await request.post('/trpc/auth.login', { data: { username, password: E2E_PASSWORD }, headers: { 'x-vbe-client': 'e2e' } });
  expect(res.ok(), await res.text()).toBe(true);
}

async function trpcQuery<T>(request: APIRequestContext, procedure: string, input: unknown): Promise<T> {
  const res = await request.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

interface ForumSummary {
  id: string;
  latestMeeting: { id: string } | null;
}

async function convenerForum(page: Page): Promise<ForumSummary> {
  await signInByApi(page.request, DEMO.convener);
  const forums = await trpcQuery<ForumSummary[]>(page.request, 'forums.list', {});
  return forums.find((f) => f.latestMeeting)!;
}

interface MeetingDetail {
  id: string;
  status: string;
  minutes: Record<string, { vbe?: { observations: unknown[]; actions: unknown[] } }>;
}

/** The convener's approved meeting with the most observations: the widest minutes there are. */
async function approvedMeetingWithObservations(page: Page): Promise<string> {
  await signInByApi(page.request, DEMO.convener);
  const forums = await trpcQuery<ForumSummary[]>(page.request, 'forums.list', {});
  let best = { id: '', observations: 0 };
  for (const forum of forums) {
    const list = await trpcQuery<{ id: string; status: string }[]>(page.request, 'meetings.list', { forumId: forum.id });
    for (const summary of list.filter((m) => m.status === 'approved').slice(-3)) {
      const meeting = await trpcQuery<MeetingDetail>(page.request, 'meetings.get', { id: summary.id });
      const observations = Object.values(meeting.minutes).reduce((n, m) => n + (m.vbe?.observations.length ?? 0), 0);
      if (observations > best.observations) best = { id: meeting.id, observations };
    }
  }
  expect(best.observations, 'an approved meeting with observations').toBeGreaterThan(0);
  return best.id;
}

interface PageCase {
  name: string;
  /** Signs in if needed and returns the address. */
  open: (page: Page) => Promise<string>;
  /** Waits until the page has drawn what it loads. */
  ready: (page: Page) => Promise<void>;
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible();
const noLoading = async (page: Page) => {
  await heading(page);
  await expect(page.locator('.ws-loading')).toHaveCount(0);
};

const knowledge = (name: string, url: string): PageCase => ({ name, open: async () => url, ready: heading });

const cases: PageCase[] = [
  knowledge('home', '/'),
  {
    name: 'search results',
    open: async () => '/sok/?q=lägesbild',
    ready: (page) => expect(page.getByTestId('search-results').getByRole('link').first()).toBeVisible(),
  },
  knowledge('guidance page', '/vagledning/vbe-som-staende-punkt/'),
  knowledge('symbol page', '/symboler/tyr-runan/'),
  knowledge('symbol gallery', '/symboler/'),
  knowledge('plan page (Rinkeby-Kista)', '/planer/rinkeby-kista-2019/'),
  knowledge('plan page (Enskede-Årsta-Vantör)', '/planer/enskede-arsta-vantor-2020/'),
  knowledge('routine page', '/rutiner/rutin-vid-oro-eller-handelse/'),
  knowledge('contact page', '/kontakter/stadens-samordnare/'),
  knowledge('404 page', '/finns-inte/'),
  {
    name: 'sign-in',
    open: async () => '/logga-in/',
    ready: (page) => expect(page.getByRole('button', { name: 'Logga in' })).toBeVisible(),
  },
  {
    name: 'Mina forum',
    open: async (page) => {
      await signInByApi(page.request, DEMO.convener);
      return '/arbetsyta/';
    },
    ready: async (page) => {
      await expect(page.locator('.ws-card').first()).toBeVisible();
    },
  },
  {
    name: 'forum',
    open: async (page) => `/arbetsyta/forum/?id=${(await convenerForum(page)).id}`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { name: 'Mall för dagordningen' })).toBeVisible();
      await noLoading(page);
    },
  },
  {
    name: 'new meeting',
    open: async (page) => `/arbetsyta/nytt-mote/?forum=${(await convenerForum(page)).id}`,
    ready: (page) => expect(page.getByRole('button', { name: 'Skapa mötet och dagordningen' })).toBeVisible(),
  },
  {
    name: 'meeting with approved minutes and observations',
    open: async (page) => `/arbetsyta/mote/?id=${await approvedMeetingWithObservations(page)}`,
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 2, name: 'Protokoll' })).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
      await noLoading(page);
    },
  },
  {
    name: 'meeting being prepared (agenda and minutes editors)',
    open: async (page) => {
      await signInByApi(page.request, DEMO.convener);
      const forums = await trpcQuery<{ nextMeeting: { id: string } | null }[]>(page.request, 'forums.list', {});
      return `/arbetsyta/mote/?id=${forums.find((f) => f.nextMeeting)!.nextMeeting!.id}`;
    },
    ready: async (page) => {
      await expect(page.getByLabel('Anteckningar till punkt 1')).toBeVisible();
      await noLoading(page);
    },
  },
  {
    name: 'report form (anonymous)',
    open: async () => '/rapportera/',
    ready: async (page) => {
      await expect(page.getByRole('button', { name: 'Skicka rapporten' })).toBeVisible();
      await expect(page.getByLabel('Stadsdel').locator('option', { hasText: 'Rinkeby-Kista' })).toHaveCount(1);
    },
  },
  {
    name: 'reports inbox',
    open: async (page) => {
      await signInByApi(page.request, DEMO.coordinator);
      return '/arbetsyta/rapporter/?district=rinkeby-kista';
    },
    ready: noLoading,
  },
  {
    name: 'partners’ statements and import',
    open: async (page) => {
      await signInByApi(page.request, DEMO.coordinator);
      return '/arbetsyta/lagesbilder/?district=rinkeby-kista';
    },
    ready: noLoading,
  },
  {
    name: 'district overview',
    open: async (page) => {
      await signInByApi(page.request, DEMO.farstaCoordinator);
      return '/arbetsyta/oversikt/?fran=2025-01-01&till=2025-12-31';
    },
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Observationer per område' })).toBeVisible();
      await noLoading(page);
    },
  },
];

/** Elements that reach past the viewport's right edge, outside any scroll region: what to fix. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a scroll region only if it is also positioned within it: an absolutely
    // positioned element escapes an unpositioned scroller and widens the page.
    const insideScroller = (el: Element) => {
      let absolute = getComputedStyle(el).position === 'absolute';
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (absolute) {
          if (style.position === 'static') continue; // not its containing block
          absolute = style.position === 'absolute';
        }
        if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden') return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width > 0 && rect.right > width + 0.5 && !insideScroller(el)) {
        out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(rect.right)} px)`);
      }
    }
    return out.slice(0, 10);
  });
}

for (const c of cases) {
  test(`${c.name}: reflows at 320 px and axe finds nothing at 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(await c.open(page));
    await c.ready(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `sideways scrolling at 320 px; too wide: ${(await overflowing(page)).join(', ')}`).toBeLessThanOrEqual(clientWidth);

    await page.setViewportSize({ width: 390, height: 844 });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the ”väntar på justering” badge on Mina forum leads to the minutes awaiting justering', async ({ page }) => {
  await signInByApi(page.request, DEMO.convener);
  await page.goto('/arbetsyta/');
  const badge = page.getByRole('link', { name: /väntar på justering/ }).first();
  await expect(badge).toBeVisible();
  await badge.click();
  if (/\/arbetsyta\/mote\//.test(page.url())) {
    await expect(page.getByRole('heading', { level: 2, name: 'Protokoll' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Justera/ }).first()).toBeVisible();
  } else {
    // Several awaiting: the forum's list of them, scrolled to once it has loaded.
    expect(page.url()).toMatch(/\/arbetsyta\/forum\/\?id=.*#ejjusterade$/);
    await expect(page.getByRole('heading', { name: 'Hållna möten som väntar på justering' })).toBeInViewport();
  }
});

test('a link to a part of a workspace page lands there once the page has loaded', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 600 });
  const forum = await convenerForum(page);
  await page.goto(`/arbetsyta/forum/?id=${forum.id}#ejjusterade`);
  await expect(page.getByRole('heading', { name: 'Hållna möten som väntar på justering' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
});
