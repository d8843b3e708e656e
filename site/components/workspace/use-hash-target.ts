// A link to a part of a workspace page (/arbetsyta/forum/?id=…#ejjusterade)
// names an element that exists only once the page's data has loaded, so the
// browser's own jump to the fragment finds nothing. Jump once it appears.
import { useEffect } from 'react';

/** Gives up after this long: a fragment that never appears is not worth watching for. */
const WATCH_MS = 15_000;

export function useHashTarget(): void {
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    const jump = () => {
      const target = document.getElementById(id);
      if (!target) return false;
      target.scrollIntoView();
      return true;
    };
    if (jump()) return;
    const observer = new MutationObserver(() => {
      if (jump()) stop();
    });
    const timer = setTimeout(() => stop(), WATCH_MS);
    function stop() {
      observer.disconnect();
      clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, []);
}
