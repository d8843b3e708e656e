// The lägesbild benchmark (issue 12): on the 10-year synthetic data of
// bench:api (13 districts here, the city's count) plus reports, survey rounds
// and partners' statements per district and year, opened with the real lowdb
// store, measures in-process what the server does per request:
//   compile with every source for one district-year (p95 over 60 runs),
//   the lägesbild page's data (compile + charts + draft text),
//   the Word and the Excel file, and the city's picture for 13 districts
//   (+ the page's small charts and its Word file), against the targets of the issue.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cityCharts } from '../api/charts/city-charts.ts';
import { lagesbildCharts } from '../api/charts/lagesbild-charts.ts';
import { addDays } from '../api/domain/periods.ts';
import { draftSections } from '../api/domain/lagesbild-text.ts';
import type { Account, Report, Statement, Survey } from '../api/domain/types.ts';
import { cityDocx } from '../api/exports/city-docx.ts';
import { lagesbildDocx } from '../api/exports/lagesbild-docx.ts';
import { lagesbildXlsx } from '../api/exports/lagesbild-xlsx.ts';
import { loadLagesbild } from '../api/lagesbild/load.ts';
import { loadCityPicture } from '../api/routers/city.ts';
import { buildDemoSources } from '../api/seed/demo-sources.ts';
import type { DistrictSpec } from '../api/seed/demo-forums.ts';
import { FORMAT_VERSION } from '../api/store/file-schemas.ts';
import { openLowdbStore } from '../api/store/lowdb-store.ts';
import type { Store } from '../api/store/store.ts';
import { fmt, table, type ReportRow } from './bench/api/report.ts';
import { writeSyntheticData } from './bench/api/synthetic-data.ts';

const SHAPE = { districts: 13, forumsPerDistrict: 10, meetingsPerYear: 12, years: 10 };
const REFERENCE = '2026-01-01T00:00:00Z';
const SEED = 20260101;
const TARGET_DISTRICT = 'bench-d05';
const RUNS = { compile: 60, page: 20, word: 5, excel: 5, city: 10 };
const TARGETS = { compileP95: 50, wordMs: 2000, cityMs: 500 };

function progress(message: string): void {
  process.stderr.write(`[bench:lagesbild] ${message}\n`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number; max: number }> {
  await work(); // warm-up: module-level caches, JIT
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

/** The demo's reports, survey round and statements for every district and year, written in the store's layout. */
async function writeSources(dataDir: string, districts: { id: string; areas: string[] }[], years: number[]): Promise<number> {
  const files = new Map<string, unknown[]>();
  const put = (folder: string, districtId: string, year: string | number, record: unknown) => {
    const key = path.join(folder, districtId, `${year}.json`);
    let list = files.get(key);
    if (!list) files.set(key, (list = []));
    list.push(record);
  };
  let n = 0;
  const newId = () => `bench-src-${++n}`;
  const coordinator = { id: 'bench-coordinator' } as Account;
  let records = 0;
  for (const d of districts) {
    for (const year of years) {
      const spec = { district: { id: d.id, name: d.id, areas: d.areas }, short: `${d.id}-${year}`, forums: [] } as unknown as DistrictSpec;
      const sources = buildDemoSources({ district: spec, coordinator, now: Date.parse(`${year}-12-15T12:00:00Z`), newId });
      for (const r of sources.reports as Report[]) put('reports', d.id, r.date.slice(0, 4), r);
      put('surveys', d.id, (sources.survey as Survey).year, sources.survey);
      for (const s of sources.statements as Statement[]) put('statements', d.id, s.from.slice(0, 4), s);
      records += sources.reports.length + 1 + sources.statements.length;
    }
  }
  for (const [key, list] of files) {
    await mkdir(path.dirname(path.join(dataDir, key)), { recursive: true });
    await writeFile(path.join(dataDir, key), JSON.stringify({ format: FORMAT_VERSION, records: list }));
  }
  return records;
}

async function main(): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'vbe-bench-lagesbild-'));
  try {
    const dataDir = path.join(tmp, 'data');
    progress(`skriver syntetiska data: ${SHAPE.districts} stadsdelar × ${SHAPE.forumsPerDistrict} forum × ${SHAPE.meetingsPerYear} möten × ${SHAPE.years} år …`);
    const data = await writeSyntheticData(dataDir, { ...SHAPE, reference: REFERENCE, seed: SEED, adminUsername: 'bench.admin', adminPassword: 'bänkprov med tusen möten' });
    const sourceRecords = await writeSources(dataDir, data.districts, data.years);
    progress(`${data.meetings} möten, ${sourceRecords} rapporter, enkäter och underlag på ${fmt.ms(data.ms)}; öppnar lagret …`);

    const store = await openLowdbStore(dataDir, { lockHeld: false, warn: () => {} });
    const now = new Date(REFERENCE);
    const year = data.years[Math.floor(data.years.length / 2)];
    const from = `${year}-01-01`;
    const to = `${year}-12-31`;
    const district = (await store.getDistrict(TARGET_DISTRICT))!;
    // The city's picture over the 13 synthetic districts only: the data folder also holds Stockholm's reference districts, empty here.
    const benchIds = new Set(data.districts.map((d) => d.id));
    const cityStore = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'listDistricts') return async () => (await target.listDistricts()).filter((d) => benchIds.has(d.id));
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    }) as Store;

    const sample = await loadLagesbild(store, district, from, to, now);
    progress(`${district.id} ${year}: ${sample.current.meetings} möten, ${sample.current.observations.total} observationer, ${sample.current.reports.received} rapporter`);

    progress('mäter sammanställningen …');
    const compile = await measure(RUNS.compile, () => loadLagesbild(store, district, from, to, now));
    progress('mäter sidans data …');
    const page = await measure(RUNS.page, async () => {
      const figures = await loadLagesbild(store, district, from, to, now);
      return [lagesbildCharts(figures), draftSections(figures)];
    });
    const input = { districtName: district.name, from, to, figures: sample };
    progress('mäter Word-filen …');
    let wordBytes = 0;
    const word = await measure(RUNS.word, async () => {
      const figures = await loadLagesbild(store, district, from, to, now);
      wordBytes = (await lagesbildDocx({ ...input, figures })).length;
    });
    progress('mäter Excel-filen …');
    let excelBytes = 0;
    const excel = await measure(RUNS.excel, async () => {
      const figures = await loadLagesbild(store, district, from, to, now);
      excelBytes = (await lagesbildXlsx({ ...input, figures })).length;
    });
    progress('mäter stadens lägesbild …');
    let cityDistricts = 0;
    const city = await measure(RUNS.city, async () => {
      cityDistricts = (await loadCityPicture(cityStore, from, to, now)).districts.length;
    });
    const cityPage = await measure(RUNS.city, async () => cityCharts(await loadCityPicture(cityStore, from, to, now)));
    const cityWord = await measure(RUNS.word, async () => cityDocx(await loadCityPicture(cityStore, from, to, now), addDays(to, 1)));
    await store.close();

    const rows: ReportRow[] = [
      { metric: `compile, every source, one district-year (p50 / p95, ${RUNS.compile} runs)`, value: fmt.pair(compile.p50, compile.p95), target: `p95 ≤ ${TARGETS.compileP95} ms`, pass: compile.p95 <= TARGETS.compileP95 },
      { metric: `page data: compile + charts + draft text (p50 / p95, ${RUNS.page} runs)`, value: fmt.pair(page.p50, page.p95) },
      { metric: `Word file, compile included (max of ${RUNS.word}; ${fmt.bytes(wordBytes)})`, value: fmt.ms(word.max), target: `≤ ${TARGETS.wordMs / 1000} s`, pass: word.max <= TARGETS.wordMs },
      { metric: `Excel file, compile included (max of ${RUNS.excel}; ${fmt.bytes(excelBytes)})`, value: fmt.ms(excel.max) },
      { metric: `city's picture, ${cityDistricts} districts (max of ${RUNS.city})`, value: fmt.ms(city.max), target: `≤ ${TARGETS.cityMs} ms`, pass: city.max <= TARGETS.cityMs },
      { metric: `city page's data: picture + ${cityDistricts} small charts (max of ${RUNS.city})`, value: fmt.ms(cityPage.max) },
      { metric: `city's Word file with its charts, ${cityDistricts} districts (max of ${RUNS.word})`, value: fmt.ms(cityWord.max) },
    ];
    const cpu = os.cpus();
    console.log(
      [
        `Lägesbild benchmark: ${data.meetings} meetings over ${data.years[0]}–${data.years.at(-1)}, ${sourceRecords} source records, district ${district.id}, ${from}..${to}`,
        `Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, load ${os.loadavg()[0].toFixed(2)}, Node ${process.version}`,
        table(rows).replace('10 years', 'value   ').replace('1 year', '      '),
      ].join('\n'),
    );
    const failed = rows.filter((r) => r.pass === false);
    if (failed.length) {
      console.log(`Over target: ${failed.map((r) => r.metric).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
