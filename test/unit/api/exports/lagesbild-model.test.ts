import { describe, expect, it } from 'vitest';
import { compileLagesbild, surveyFigures, type Lagesbild } from '../../../../api/domain/lagesbild.ts';
import { smallCount } from '../../../../api/domain/small-numbers.ts';
import type { District, Survey } from '../../../../api/domain/types.ts';
import { NO_TEXT, lagesbildModel, modelTables, type ModelParts } from '../../../../api/exports/lagesbild-model.ts';

const district: District = { id: 'd1', name: 'Rinkeby-Kista', areas: [] };
const base = compileLagesbild({ district, forums: [], meetings: [], from: '2026-01-01', to: '2026-12-31' });
// Hand-set area counts: Husby 4 now and 1 before, Kista only before (2), Akalla 2 now.
const figures: Lagesbild = {
  ...base,
  current: { ...base.current, byArea: [{ area: 'Husby', count: 4 }, { area: 'Akalla', count: 2 }] },
  previous: { ...base.previous, byArea: [{ area: 'Kista', count: 2 }, { area: 'husby ', count: 1 }] },
};

// The document's layout is tested here, not part A's sentences or part B's drawings.
const parts: ModelParts = {
  draftSections: () => [
    { key: 'overall', title: 'Helhet', paragraphs: ['Utkastets helhetsbild.'] },
    { key: 'sources', title: 'Källor', paragraphs: ['Utkastets källor.'] },
  ],
  charts: () => [],
  smallCount,
};

const input = { districtName: 'Rinkeby-Kista', from: '2026-01-01', to: '2026-12-31', figures };
const chapter = (model: ReturnType<typeof lagesbildModel>, title: string) => model.chapters.find((c) => c.title === title)!;

describe('lagesbildModel', () => {
  it('shows area counts of 1 and 2 as "färre än 3" in both periods, areas matched as the compile groups them', () => {
    const areas = modelTables(lagesbildModel(input, parts)).find((t) => t.sheet === 'Områden')!;
    expect(areas.rows).toEqual([
      ['Husby', 4, 'färre än 3'],
      ['Akalla', 'färre än 3', 0],
      ['Kista', 0, 'färre än 3'],
    ]);
  });

  it("takes the coordinator's sections, else the draft for the summary and a note for the rest", () => {
    const drafted = lagesbildModel(input, parts);
    expect(chapter(drafted, 'Sammanfattning').blocks).toEqual([{ kind: 'paragraph', text: 'Utkastets helhetsbild.' }]);
    expect(chapter(drafted, 'Analys').blocks).toEqual([{ kind: 'note', text: NO_TEXT }]);
    expect(chapter(drafted, 'Källor och metod').blocks[0]).toEqual({ kind: 'paragraph', text: 'Utkastets källor.' });

    const own = lagesbildModel({ ...input, sections: { summary: 'Första stycket.\n\nAndra stycket.', analysis: 'Analys.', needs: '  ' } }, parts);
    expect(chapter(own, 'Sammanfattning').blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(['Första stycket.', 'Andra stycket.']);
    expect(chapter(own, 'Analys').blocks).toEqual([{ kind: 'paragraph', text: 'Analys.' }]);
    expect(chapter(own, 'Behov och förslag till handlingsplanen').blocks).toEqual([{ kind: 'note', text: NO_TEXT }]);
  });

  it('names the periods and the adoption', () => {
    const model = lagesbildModel({ ...input, adopted: { at: '2027-03-15T09:00:00.000Z', decision: 'dnr SDN 2027/12' } }, parts);
    expect(model.period).toBe('1 januari 2026 – 31 december 2026');
    expect(model.previousPeriod).toBe('1 januari 2025 – 31 december 2025');
    expect(model.adoptedLine).toBe('Fastställd 15 mars 2027, dnr SDN 2027/12');
    expect(lagesbildModel(input, parts).adoptedLine).toBeUndefined();
  });

  it('gives every table a unique sheet name Excel accepts and a header for both periods', () => {
    const tables = modelTables(lagesbildModel(input, parts));
    const names = tables.map((t) => t.sheet.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const t of tables) {
      expect(t.sheet.length, t.sheet).toBeLessThanOrEqual(31);
      expect(t.sheet, t.sheet).not.toMatch(/[[\]:*?/\\]/);
      expect(t.columns.join(' '), t.sheet).toMatch(/föregående period/i);
      for (const r of t.rows) expect(r, t.sheet).toHaveLength(t.columns.length);
    }
  });

  it('has the quarter × milieu table and, with a round, the survey answers beside "–" for a period without one', () => {
    const withRound = structuredClone(figures);
    withRound.current.byQuarterMilieu[0]!.byMilieu['vit-makt'] = 4;
    withRound.previous.byQuarterMilieu[0]!.byMilieu['vit-makt'] = 2;
    const round = surveyFigures([{ year: 2026, units: [] } as unknown as Survey], 2026)!;
    // Three units answered by hand: plan helt 2, delvis 1; the police: two wish to work with them.
    round.responded = 3;
    round.awareness.plan = { helt: 2, delvis: 1, inte: 0 };
    round.staffAwareness.plan = { helt: 0, delvis: 1, inte: 2 };
    round.collaboration.polis = { har: 1, onskar: 2, nej: 0 };
    round.staffKnowledge = { ingen: 0, liten: 1, god: 2, 'mycket-god': 0 };
    withRound.current.survey = round;
    const tables = modelTables(lagesbildModel({ ...input, figures: withRound }, parts));
    const sheet = (name: string) => tables.find((t) => t.sheet === name)!;
    expect(sheet('Kvartal och miljö').rows).toContainEqual(['Vit makt-miljön', 'Kvartal 1', 4, 2]);
    expect(sheet('Kvartal och miljö').rows).toHaveLength(16);
    expect(sheet('Kännedom chefer').rows[0]).toEqual(['Den lokala handlingsplanen', 2, 1, 0, '–', '–', '–']);
    expect(sheet('Kännedom personal').rows[0]).toEqual(['Den lokala handlingsplanen', 0, 1, 2, '–', '–', '–']);
    expect(sheet('Samverkan').columns).toContain('Önskar samverkan, perioden');
    expect(sheet('Samverkan').rows[0]).toEqual(['Polisen', 1, 2, 0, '–', '–', '–']);
    expect(sheet('Personalens kunskap').rows).toEqual([
      ['Ingen kunskap', 0, '–'],
      ['Liten kunskap', 1, '–'],
      ['God kunskap', 2, '–'],
      ['Mycket god kunskap', 0, '–'],
    ]);
    // Without a round in either period there are no answer tables.
    expect(modelTables(lagesbildModel(input, parts)).map((t) => t.sheet)).not.toContain('Samverkan');
  });
});
