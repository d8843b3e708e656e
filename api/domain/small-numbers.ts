// Small numbers in documents that leave the workspace (Word, Excel, print):
// in a breakdown finer than milieu (area × category, area × source) a count
// of 1 or 2 could point at one returnee or one family in one area, so it is
// shown as "färre än 3". Totals stay exact; the workspace page shows exact
// figures to those allowed to see them.

export const SMALL_COUNT_TEXT = 'färre än 3';

/** Counts shown as they are from this one up. */
export const SMALL_COUNT_LIMIT = 3;

/** The count as a document leaving the workspace may show it; 0 stays 0 (nothing to recognise). */
export function smallCount(n: number): number | typeof SMALL_COUNT_TEXT {
  return n > 0 && n < SMALL_COUNT_LIMIT ? SMALL_COUNT_TEXT : n;
}
