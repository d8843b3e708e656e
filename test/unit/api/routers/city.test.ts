import { describe, expect, it } from 'vitest';
import { CITY_FORBIDDEN } from '../../../../api/routers/city.ts';
import { callerWorld } from '../../../fixtures/api/caller.ts';

describe('lagesbild.city', () => {
  it("answers admins with every district, those without data shown as such", async () => {
    const world = await callerWorld();
    const picture = await world.as('admin').lagesbild.city({ from: '2025-01-01', to: '2025-12-31' });
    expect(picture.districts.map((d) => d.districtId).sort()).toEqual(['farsta', 'rinkeby-kista']);
    for (const d of picture.districts) expect(d).toMatchObject({ hasData: false, meetings: 0, lagesbild: { status: 'none' } });
    expect(picture.districts.find((d) => d.districtId === 'rinkeby-kista')?.forums).toBe(2);
    expect(picture.total.forums).toBe(3);
    // One small chart per district with its own name, alt text and data; no data is said, not drawn as zeros.
    expect(picture.charts.map((c) => c.title)).toEqual(picture.districts.map((d) => d.districtName));
    for (const c of picture.charts) {
      expect(c.alt).toContain('uppgifter saknas');
      expect(c.table.rows).toHaveLength(4);
      expect(c.svg).not.toMatch(/<style|style=/);
      expect(Number(/ width="(\d+)"/.exec(c.svg)?.[1])).toBeGreaterThanOrEqual(150);
      expect(Number(/ height="(\d+)"/.exec(c.svg)?.[1])).toBeGreaterThanOrEqual(80);
    }
  });

  it("answers the city role too, with each district's lägesbild status for the period", async () => {
    const world = await callerWorld();
    await world.as('coordinator').lagesbild.saveDraft({
      districtId: 'rinkeby-kista', from: '2025-01-01', to: '2025-12-31', sections: { summary: 'Sammanfattning.', analysis: '', needs: '' },
    });
    const picture = await world.as('city').lagesbild.city({ from: '2025-01-01', to: '2025-12-31' });
    const status = Object.fromEntries(picture.districts.map((d) => [d.districtId, d.lagesbild.status]));
    expect(status).toEqual({ 'rinkeby-kista': 'draft', farsta: 'none' });
  });

  it('refuses coordinators and conveners', async () => {
    const world = await callerWorld();
    for (const who of ['coordinator', 'convener'] as const) {
      await expect(world.as(who).lagesbild.city({ from: '2025-01-01', to: '2025-12-31' })).rejects.toMatchObject({ code: 'FORBIDDEN', message: CITY_FORBIDDEN });
    }
  });

  it('refuses a reversed period naming the field', async () => {
    const world = await callerWorld();
    await expect(world.as('admin').lagesbild.city({ from: '2025-12-31', to: '2025-01-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
