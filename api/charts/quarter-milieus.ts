// The rows of the quarter × milieu comparison, shared by the chart, the
// document's table and the page; kept apart from Plot so the page need not load it.
import { MILIEUS, type Milieu } from '../domain/codes.ts';
import type { Lagesbild } from '../domain/lagesbild.ts';

/** The quarters of both periods side by side, by position (Q1 against last year's Q1). */
export function quarterMilieuRows(figures: Lagesbild): { label: string; milieu: Milieu; current: number; previous: number }[] {
  // Snapshots adopted before byQuarterMilieu existed have none.
  const cur = figures.current.byQuarterMilieu ?? [];
  const prev = figures.previous.byQuarterMilieu ?? [];
  const n = Math.max(cur.length, prev.length);
  return MILIEUS.flatMap((milieu) =>
    Array.from({ length: n }, (_, i) => ({
      label: `Kvartal ${i + 1}`,
      milieu,
      current: cur[i]?.byMilieu[milieu] ?? 0,
      previous: prev[i]?.byMilieu[milieu] ?? 0,
    })),
  );
}

