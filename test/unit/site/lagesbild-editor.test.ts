// The lägesbild editor rendered to markup in each state: new (starting from
// the draft), a saved draft, adopted (locked, reopen offered), and read-only
// for the city's coordinator.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DraftSection } from '../../../api/domain/lagesbild-text.ts';
import type { LagesbildDocument } from '../../../api/domain/types.ts';
import { LagesbildEditorView, sectionsFromDraft } from '../../../site/components/workspace/lagesbild/LagesbildEditor.tsx';

const draft: DraftSection[] = [
  { key: 'sources', title: 'Källor och metod', paragraphs: ['14 av 24 enheter besvarade enkäten (58 %).'] },
  { key: 'overall', title: 'Den övergripande bilden', paragraphs: ['Antalet observationer ökade från 12 till 18.'] },
  { key: 'milieus', title: 'Miljöerna', paragraphs: ['Vit makt-miljön: 12 observationer under perioden.'] },
  { key: 'forums', title: 'Forumen', paragraphs: [] },
  { key: 'reports', title: 'Rapporter', paragraphs: ['7 avidentifierade rapporter kom in under perioden.'] },
  { key: 'knowledge', title: 'Kunskap och webbkurs', paragraphs: [] },
];

const sections = { summary: 'Kort om läget.', analysis: 'Vad det betyder.', needs: 'Fler vuxna ute.' };
const AT = '2026-03-02T09:00:00.000Z';
const saved: LagesbildDocument = {
  id: 'lb1',
  districtId: 'd1',
  from: '2025-01-01',
  to: '2025-12-31',
  sections,
  status: 'draft',
  versions: [{ version: 1, at: AT, by: 'u1', change: 'save', sections }],
  createdAt: AT,
  createdBy: 'u1',
  updatedAt: AT,
};
const adopted: LagesbildDocument = {
  ...saved,
  status: 'adopted',
  adoption: { at: AT, by: 'u1', version: 1, decision: 'Dnr 1.2-3/2026', figures: {} as never },
  versions: [...saved.versions, { version: 2, at: AT, by: 'u1', change: 'adopt', decision: 'Dnr 1.2-3/2026' }],
};

const render = (initial: LagesbildDocument | null, readOnly = false) =>
  renderToStaticMarkup(createElement(LagesbildEditorView, { districtId: 'd1', from: '2025-01-01', to: '2025-12-31', draft, initial, readOnly }));

describe('sectionsFromDraft', () => {
  it('starts the summary from the sources and the overall picture, the analysis from the rest, the needs empty', () => {
    expect(sectionsFromDraft(draft)).toEqual({
      summary: '14 av 24 enheter besvarade enkäten (58 %).\n\nAntalet observationer ökade från 12 till 18.',
      analysis: 'Vit makt-miljön: 12 observationer under perioden.\n\n7 avidentifierade rapporter kom in under perioden.',
      needs: '',
    });
  });
});

describe('the lägesbild editor', () => {
  it('offers a new lägesbild starting from the draft, with a labelled field per section and no adoption yet', () => {
    const html = render(null);
    expect(html).toContain('Inte sparad ännu');
    for (const label of ['Sammanfattning', 'Analys', 'Behov och förslag till handlingsplanen']) expect(html).toMatch(new RegExp(`<label for="[^"]+">${label}</label>`));
    expect(html).toContain('14 av 24 enheter besvarade enkäten (58 %).');
    expect(html).toContain('>Spara</button>');
    expect(html).not.toContain('Fastställ version');
  });

  it('offers a saved draft a new version and adoption of the newest version, with its versions listed', () => {
    const html = render(saved);
    expect(html).toContain('Utkast, version 1.');
    expect(html).toContain('Spara ny version');
    expect(html).toContain('Fastställ version 1');
    expect(html).toContain('Beslut (valfritt)');
    expect(html).toContain('Versioner (1)');
  });

  it('shows an adopted lägesbild locked, with its decision, and offers reopening with a reason', () => {
    const html = render(adopted);
    expect(html).toContain('(version 1), Dnr 1.2-3/2026. Siffrorna är låsta som de var då.');
    expect(html).not.toContain('Spara ny version');
    expect(html).toContain('Öppna lägesbilden igen');
    expect(html).toContain('Motivering');
  });

  it('shows the city’s coordinator the text and versions without any control', () => {
    const html = render(saved, true);
    expect(html).toContain('Kort om läget.');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('<button');
    expect(render(null, true)).toContain('Ingen lägesbild är sparad för perioden.');
  });
});
