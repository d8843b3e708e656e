import { useEffect } from 'react';

/** The tab title follows what the page shows (the static one is generic). */
export function useTitle(title: string | null): void {
  useEffect(() => {
    if (title) document.title = `${title} – Kunskapsbanken mot våldsbejakande extremism`;
  }, [title]);
}
