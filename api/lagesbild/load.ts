// The figures of one district and period, loaded from every source: one
// function for lagesbild.compile and the exports, so the page and the Word,
// Excel and print files can never disagree on what was counted.
import { compileLagesbild, type Lagesbild } from '../domain/lagesbild.ts';
import { assertPeriod, instantsAround, previousPeriod } from '../domain/periods.ts';
import type { District } from '../domain/types.ts';
import type { Store } from '../store/store.ts';

/** The compiled figures; the caller has checked access. Throws the period errors of assertPeriod. */
export async function loadLagesbild(store: Store, district: District, from: string, to: string, now: Date): Promise<Lagesbild> {
  assertPeriod(from, to);
  const previous = previousPeriod(from, to);
  const both = { districtId: district.id, from: previous.from, to };
  const [meetings, forums, reports, statements, imports, surveys, previousSurveys] = await Promise.all([
    store.listMeetings({ districtId: district.id, ...instantsAround(previous.from, to) }),
    store.listForums({ districtId: district.id }),
    store.listReports(both),
    store.listStatements(both),
    store.listImports(both),
    // Each period takes the round of the year it ends in.
    store.listSurveys({ districtId: district.id, year: Number(to.slice(0, 4)) }),
    store.listSurveys({ districtId: district.id, year: Number(previous.to.slice(0, 4)) }),
  ]);
  return compileLagesbild({
    district,
    forums,
    meetings,
    reports,
    statements,
    imports,
    surveys: [...previousSurveys, ...surveys],
    from,
    to,
    asOf: now.toISOString().slice(0, 10),
  });
}
