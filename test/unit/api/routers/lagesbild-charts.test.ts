import { describe, expect, it } from 'vitest';
import { callerWorld } from '../../../fixtures/api/caller.ts';

describe('lagesbild.charts', () => {
  it("answers the district's coordinator with CSP-safe charts of the period", async () => {
    const world = await callerWorld();
    const charts = await world.as('coordinator').lagesbild.charts({ district: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31' });
    expect(charts.map((c) => c.id)).toEqual(['quarters', 'quarter-milieus', 'milieus', 'categories', 'sources', 'origins', 'survey']);
    for (const c of charts) expect(c.svg).not.toMatch(/<style|\sstyle\s*=/i);
    expect(charts[0]!.table.rows.map((r) => r[0])).toEqual(['Kvartal 1 (2025-Q1 / 2024-Q1)', 'Kvartal 2 (2025-Q2 / 2024-Q2)', 'Kvartal 3 (2025-Q3 / 2024-Q3)', 'Kvartal 4 (2025-Q4 / 2024-Q4)']);
  });

  it('answers the read-only city role for any district', async () => {
    const world = await callerWorld();
    const charts = await world.as('city').lagesbild.charts({ district: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31' });
    expect(charts.length).toBeGreaterThan(0);
    expect((await world.as('city').lagesbild.draft({ district: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31' })).length).toBe(6);
  });

  it("refuses another district's coordinator and a reversed period", async () => {
    const world = await callerWorld();
    await expect(world.as('otherCoordinator').lagesbild.charts({ district: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(world.as('coordinator').lagesbild.charts({ district: 'rinkeby-kista', from: '2025-12-31', to: '2025-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('lagesbild.draft', () => {
  it("answers the period's draft sections in order, and refuses another district's coordinator", async () => {
    const world = await callerWorld();
    const sections = await world.as('coordinator').lagesbild.draft({ district: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31' });
    expect(sections.map((s) => s.key)).toEqual(['sources', 'overall', 'milieus', 'forums', 'reports', 'knowledge']);
    for (const s of sections) expect(s.paragraphs.length).toBeGreaterThan(0);
    await expect(world.as('otherCoordinator').lagesbild.draft({ district: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
