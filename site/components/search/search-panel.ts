// Behaviour of the full search panel: live results, filters, URL state and
// keyboard navigation through the result links.
import { KINDS, MILIEU_LABELS, milieuLabel } from '../../lib/kinds.ts';
import type { SearchHit, SearchResponse } from '../../lib/search/query.ts';
import { preloadIndex, search } from './search-client.ts';

const kindByPath = new Map(Object.entries(KINDS).map(([kind, info]) => [info.path, kind]));
const RESULT_LIMIT = 50;
// The live region speaks once typing pauses, not at every keystroke.
const ANNOUNCE_AFTER_MS = 600;

export function mountSearchPanel(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const milieu = root.querySelector<HTMLSelectElement>('select[name="miljo"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const syncUrl = root.dataset.syncUrl === 'true';
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = (text: string) => {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (status.textContent !== text) status.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  };
  // One query in flight at a time; keystrokes meanwhile coalesce into one rerun.
  let inFlight = false;
  let rerun = false;

  const selectedPath = () => form.querySelector<HTMLInputElement>('input[name="typ"]:checked')?.value ?? '';

  if (syncUrl) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    const typ = params.get('typ') ?? '';
    const radio = form.querySelector<HTMLInputElement>(`input[name="typ"][value="${CSS.escape(typ)}"]`);
    if (radio) radio.checked = true;
    const miljo = params.get('miljo') ?? '';
    milieu.value = Object.hasOwn(MILIEU_LABELS, miljo) ? miljo : '';
    preloadIndex();
  }

  async function run(): Promise<void> {
    const text = input.value.trim();
    const typ = selectedPath();
    if (syncUrl) {
      const params = new URLSearchParams();
      if (text) params.set('q', text);
      if (typ) params.set('typ', typ);
      if (milieu.value) params.set('miljo', milieu.value);
      const qs = params.toString();
      history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
    }
    if (!text) {
      list.replaceChildren();
      list.dataset.query = '';
      announce('');
      updateCounts(form, milieu, undefined);
      return;
    }
    if (list.childElementCount === 0) announce('Söker …');
    try {
      const response = await search(text, { kind: kindByPath.get(typ), milieu: milieu.value || undefined, limit: RESULT_LIMIT });
      render(list, response.hits, input);
      list.dataset.query = text; // which query the list shows (tests wait for it)
      updateCounts(form, milieu, response);
      announce(describe(response, response.hits.length, typ !== '' || milieu.value !== ''));
    } catch (err) {
      list.replaceChildren();
      announce(err instanceof Error ? err.message : 'Sökningen misslyckades.');
    }
  }

  const schedule = async () => {
    if (inFlight) {
      rerun = true;
      return;
    }
    inFlight = true;
    try {
      do {
        rerun = false;
        await run();
      } while (rerun);
    } finally {
      inFlight = false;
    }
  };

  input.addEventListener('focus', preloadIndex, { once: true });
  input.addEventListener('input', () => void schedule());
  // Filters apply at once; the text box's own change event (on blur) must not
  // re-render the list under a click or under the keyboard focus.
  form.addEventListener('change', (event) => {
    if (event.target !== input) void schedule();
  });
  form.addEventListener('submit', (event) => {
    // On the search page the results are already here; elsewhere go to it.
    if (syncUrl) {
      event.preventDefault();
      void schedule();
    }
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector<HTMLAnchorElement>('a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (event.key === 'ArrowDown' && i < links.length - 1) links[i + 1].focus();
    else if (event.key === 'ArrowUp') (i > 0 ? links[i - 1] : input).focus();
    else if (event.key === 'Escape') input.focus();
    else return;
    event.preventDefault();
  });

  if (input.value.trim()) void schedule();
}

function render(list: HTMLOListElement, hits: SearchHit[], input: HTMLInputElement): void {
  // New results replace the links; keep the keyboard on the same position.
  const links = [...list.querySelectorAll('a')];
  const focused = links.indexOf(document.activeElement as HTMLAnchorElement);
  list.replaceChildren(
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      a.className = 'result-title';
      a.textContent = hit.title;
      const meta = document.createElement('p');
      meta.className = 'result-meta';
      const kind = KINDS[hit.kind as keyof typeof KINDS];
      meta.textContent = [kind?.singular ?? hit.kind, hit.milieu ? milieuLabel(hit.milieu) : ''].filter(Boolean).join(' · ');
      const snippet = document.createElement('p');
      snippet.className = 'result-snippet';
      for (const part of hit.snippet) {
        if (part.hit) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          snippet.append(mark);
        } else {
          snippet.append(part.text);
        }
      }
      li.append(a, meta, snippet);
      return li;
    }),
  );
  if (focused >= 0) (list.querySelectorAll('a')[Math.min(focused, hits.length - 1)] ?? input).focus();
}

function updateCounts(form: HTMLFormElement, milieu: HTMLSelectElement, response: SearchResponse | undefined): void {
  for (const span of form.querySelectorAll<HTMLElement>('[data-count]')) {
    const kind = span.dataset.count!;
    const n = !response ? undefined : kind === '' ? response.total : (response.kindCounts[kind] ?? 0);
    span.textContent = n === undefined ? '' : `(${n})`;
  }
  for (const option of milieu.options) {
    if (!option.value) continue;
    const label = milieuLabel(option.value);
    option.textContent = response ? `${label} (${response.milieuCounts[option.value] ?? 0})` : label;
  }
}

function describe(response: SearchResponse, shown: number, isFiltered: boolean): string {
  if (response.total === 0) return 'Inga träffar. Pröva ett annat ord eller en kortare form av ordet.';
  if (shown === 0) return `Inga träffar med valda filter (${response.total} utan filter).`;
  const count = shown === 1 ? '1 träff' : `${shown} träffar`;
  if (shown === RESULT_LIMIT && response.total > RESULT_LIMIT) return `Visar de ${RESULT_LIMIT} bästa träffarna.`;
  return isFiltered ? `${count} med valda filter (${response.total} utan filter).` : `${count}.`;
}
