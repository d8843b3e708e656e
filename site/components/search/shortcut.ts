// "/" focuses the page's search box from anywhere, unless the user is typing.
// A single-key shortcut must be possible to turn off (WCAG 2.1.4): the
// footer's button does that, remembered in this browser.
const STORAGE_KEY = 'kunskapsbanken.snabbtangent';

const enabled = () => {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'av';
  } catch {
    return true; // storage blocked: keep the default
  }
};

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !enabled()) return;
  const target = event.target as HTMLElement | null;
  if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const input = document.querySelector<HTMLInputElement>('[data-search-main]') ?? document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-shortcut-toggle]')) {
  const label = () => {
    const on = enabled();
    button.textContent = on ? 'Stäng av snabbtangenten /' : 'Slå på snabbtangenten /';
    button.setAttribute('aria-pressed', String(!on));
  };
  button.hidden = false;
  label();
  button.addEventListener('click', () => {
    try {
      localStorage.setItem(STORAGE_KEY, enabled() ? 'av' : 'på');
    } catch {
      return;
    }
    label();
  });
}
