// The coordinator's sections of a saved lägesbild, their labels and the
// reopening's minimum: apart from lagesbild-doc.ts so that the workspace can
// read them without the guard and its name lists.

export const SECTION_KEYS = ['summary', 'analysis', 'needs'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
export const SECTION_LABELS: Record<SectionKey, string> = {
  summary: 'Sammanfattning',
  analysis: 'Analys',
  needs: 'Behov och förslag till handlingsplanen',
};

export const MIN_REOPEN_REASON = 5;
