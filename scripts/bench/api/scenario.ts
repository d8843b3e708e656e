// What the API benchmark does against one running server: warm up, then
// timed sequential calls and closed-loop load. The same seed gives both data
// sets the same sequence of calls, so their write latencies compare.
import type { AgendaItem } from '../../../api/domain/types.ts';
import { Rng } from '../random.ts';
import type { ApiClient, OutputOf } from './api-client.ts';
import { closedLoop, sequential, summarise, type LoadResult, type Summary } from './load.ts';
import { vbeInput, type SyntheticData } from './synthetic-data.ts';

export const COUNTS = { create: 200, get: 1000, save: 200, compile: 50 };
export const READ_CLIENTS = 50;
export const WRITE_CLIENTS = 20;
export const LOAD_SECONDS = 5;

export interface ScenarioOptions {
  api: ApiClient;
  data: SyntheticData;
  /** The district-year that takes the sequential creates and saves. */
  district: string;
  year: number;
  seed: number;
  /** Run the 5-second load phases too. */
  load: boolean;
  progress: (message: string) => void;
}

export interface ScenarioResult {
  knownMeetings: number;
  create: Summary;
  get: Summary;
  save: Summary;
  saveText: Summary;
  saveVbe: Summary;
  compile: Summary;
  reads?: LoadResult;
  /** 20 clients on meetings spread over the districts' current-year files. */
  writes?: LoadResult;
  /** 20 clients on meetings of one district and year. */
  writesOneFile?: LoadResult;
}

type Created = OutputOf<'meetings.create'>;

const TEXT_KINDS = new Set(['opening', 'minutes-checker', 'adopt-agenda', 'previous-minutes', 'other-business', 'next-meeting', 'closing']);
const TEXTS = [
  'Ordföranden öppnade mötet och hälsade alla välkomna.',
  'Dagordningen godkändes med ett tillägg under övriga frågor.',
  'Polisen och skolan delade sina bilder av läget i området.',
  'Inga övriga frågor anmäldes.',
];

export async function runScenario(opts: ScenarioOptions): Promise<ScenarioResult> {
  const { api, data, district, year, progress } = opts;
  const rng = new Rng(opts.seed);
  const areasOf = new Map(data.districts.map((d) => [d.id, d.areas]));
  const forumsOf = (districtId: string) => data.forums.filter((f) => f.districtId === districtId);

  const ids: string[] = [];
  // Days a forum already meets: a forum has one meeting a day, as meetings.create requires.
  const taken = new Set<string>();
  for (const d of data.districts) {
    for (const m of await api.query('meetings.list', { districtId: d.id })) {
      ids.push(m.id);
      taken.add(`${m.forumId}/${m.startsAt.slice(0, 10)}`);
    }
  }
  const randomId = () => ids[Math.floor(rng.next() * ids.length)];

  // A random start inside `y` (UTC) on a day the forum is free, away from the turn of the year so the file key is
  // certain; 7–16 UTC is the same day in Stockholm.
  const startIn = (y: number, forumId: string) => {
    for (;;) {
      const start = new Date(Date.UTC(y, 0, 2 + rng.int(0, 355), rng.int(7, 16), 0)).toISOString();
      const key = `${forumId}/${start.slice(0, 10)}`;
      if (taken.has(key)) continue;
      taken.add(key);
      return start;
    }
  };
  const targetForums = forumsOf(district);
  const create = (i: number, d = district, y = year, forums = targetForums) => {
    const forumId = forums[i % forums.length].id;
    return api.mutate('meetings.create', { forumId, startsAt: startIn(y, forumId), agendaFrom: i % 4 === 3 ? 'previous' : 'template' });
  };

  // Alternates a plain text save and a VBE save with 2–5 observations and 1–2 actions.
  const textItems = (m: Created) => m.agenda.filter((item: AgendaItem) => TEXT_KINDS.has(item.kind));
  const save = (m: Created, i: number) => {
    if (i % 2 === 0) {
      const items = textItems(m);
      return api.mutate('minutes.saveItem', { meetingId: m.id, itemId: items[i % items.length].id, text: rng.pick(TEXTS) });
    }
    const vbe = m.agenda.find((item: AgendaItem) => item.kind === 'vbe')!;
    return api.mutate('minutes.saveItem', {
      meetingId: m.id,
      itemId: vbe.id,
      text: 'Läget beskrevs av polisen och skolan.',
      vbe: vbeInput(rng, areasOf.get(m.districtId)!, Date.parse(m.startsAt)),
    });
  };
  const compile = () => api.query('lagesbild.compile', { district, from: `${year}-01-01`, to: `${year}-12-31` });

  progress('värmer upp');
  for (let i = 0; i < 300; i++) await api.query('meetings.get', { id: randomId() });
  const warm: Created[] = [];
  for (let i = 0; i < 20; i++) warm.push(await create(i));
  for (let i = 0; i < 20; i++) await save(warm[i], i);
  for (let i = 0; i < 5; i++) await compile();

  progress(`meetings.create ×${COUNTS.create}`);
  const created: Created[] = [];
  const createTimes = await sequential(COUNTS.create, async (i) => created.push(await create(i)));

  progress(`meetings.get ×${COUNTS.get}`);
  const getTimes = await sequential(COUNTS.get, () => api.query('meetings.get', { id: randomId() }));

  progress(`minutes.saveItem ×${COUNTS.save}`);
  const saveTimes = await sequential(COUNTS.save, (i) => save(created[i % created.length], i));

  progress(`lagesbild.compile ×${COUNTS.compile}`);
  const compileTimes = await sequential(COUNTS.compile, compile);

  const result: ScenarioResult = {
    knownMeetings: ids.length,
    create: summarise(createTimes),
    get: summarise(getTimes),
    save: summarise(saveTimes),
    saveText: summarise(saveTimes.filter((_, i) => i % 2 === 0)),
    saveVbe: summarise(saveTimes.filter((_, i) => i % 2 === 1)),
    compile: summarise(compileTimes),
  };
  if (!opts.load) return result;

  progress(`läsningar: ${READ_CLIENTS} klienter i ${LOAD_SECONDS} s`);
  result.reads = await closedLoop(READ_CLIENTS, LOAD_SECONDS, () => api.query('meetings.get', { id: randomId() }));

  // Distinct meetings in this year's file of every district: writers in different districts, as in real use.
  const latest = data.years.at(-1)!;
  const spread: Created[] = [];
  for (let c = 0; c < WRITE_CLIENTS; c++) {
    const d = data.districts[c % data.districts.length].id;
    spread.push(await create(Math.floor(c / data.districts.length), d, latest, forumsOf(d)));
  }
  progress(`skrivningar: ${WRITE_CLIENTS} klienter i ${LOAD_SECONDS} s, ${new Set(spread.map((m) => m.districtId)).size} stadsdelar`);
  result.writes = await closedLoop(WRITE_CLIENTS, LOAD_SECONDS, (c, i) => save(spread[c], i));

  progress(`skrivningar: ${WRITE_CLIENTS} klienter i ${LOAD_SECONDS} s, en stadsdel`);
  result.writesOneFile = await closedLoop(WRITE_CLIENTS, LOAD_SECONDS, (c, i) => save(created[c], i));
  return result;
}
