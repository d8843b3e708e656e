// A forum's two years of meetings, made with the same domain functions as real
// ones (composeAgenda, saveItemMinutes, approveMinutes, completeAction), so
// the demo obeys the same rules.
import { composeAgenda } from '../domain/agenda.ts';
import { assertNoSameDay } from '../domain/meeting-lifecycle.ts';
import type { VbeStatus } from '../domain/codes.ts';
import { approveMinutes, completeAction, latestVersion, openActions, saveItemMinutes } from '../domain/minutes.ts';
import type { ActionInput, Change, ObservationInput, VbeInput } from '../domain/minutes.ts';
import type { AgendaItem, Forum, Meeting } from '../domain/types.ts';
import { DAY, dayOf, HOUR, iso, schedule, spokenDate, stockholmTime } from './demo-calendar.ts';
import type { DistrictSpec, ForumSpec } from './demo-forums.ts';
import { ACTIONS, OBSERVATIONS, OPENING, OTHER_BUSINESS, PREVIOUS_MINUTES, SECOND_APPROVERS, VBE_TEXT } from './demo-texts.ts';
import type { ObservationTemplate } from './demo-texts.ts';
import { int, mulberry32, pick, seedOf, weighted, type Rng } from './random.ts';

// Part of every forum's seed; changing it changes the whole demo.
const SEED_SALT = 'vbe-demo-2026';

interface ForumContext {
  spec: ForumSpec;
  forum: Forum;
  district: DistrictSpec;
  convener: { id: string; displayName: string };
  /** Forced number of trailing held-but-unapproved meetings, if any. */
  minHeldTail: number;
}

interface PendingCompletion {
  meeting: number;
  actionId: string;
  at: number;
}

/** Two years of minuted meetings of one forum, and its next meeting with the agenda only. */
export function buildMeetings(ctx: ForumContext, now: number, newId: () => string): Meeting[] {
  const { spec, forum, district, convener } = ctx;
  const rng = mulberry32(seedOf(`${SEED_SALT}/${district.district.id}/${spec.key}`));
  const { past, upcoming } = schedule(spec, now, rng);
  const areas = spec.areas ?? district.district.areas;
  const observationChoices = OBSERVATIONS.map((o) => [o, o.weight * district.milieuWeight[o.milieu]] as const);
  const cadenceDays = spec.cadence.unit === 'month' ? 30 * spec.cadence.every : 7 * spec.cadence.every;

  let heldTail = rng() < 0.45 ? (rng() < 0.3 ? 2 : 1) : 0;
  heldTail = Math.max(heldTail, ctx.minHeldTail);

  const built: Meeting[] = [];
  const pending: PendingCompletion[] = [];
  const change = (at: number): Change => ({ actorId: convener.id, now: iso(at), newId });

  // Completions happen in time order, and only those before `until`, so a
  // meeting carries exactly the actions still open when it starts.
  const completeUntil = (until: number) => {
    pending.sort((a, b) => a.at - b.at);
    while (pending.length > 0 && pending[0]!.at < until) {
      const c = pending.shift()!;
      built[c.meeting] = completeAction(built[c.meeting]!, c.actionId, change(c.at));
    }
  };

  const fresh = (start: number, createdAt: number): Meeting => {
    // The rule meetings.create keeps: no second meeting of the forum on one Stockholm day.
    assertNoSameDay(built, forum.id, iso(start), false);
    const carried = openActions(built, iso(start));
    const agenda = composeAgenda(forum.template, { forumType: forum.type, carriedActions: carried, newId });
    return {
      id: newId(),
      forumId: forum.id,
      districtId: forum.districtId,
      startsAt: iso(start),
      location: rng() < 0.2 ? 'Digitalt möte' : spec.location,
      status: 'planned',
      agenda,
      minutes: {},
      history: [],
      createdAt: iso(createdAt),
      createdBy: convener.id,
      updatedAt: iso(createdAt),
    };
  };

  past.forEach((start, index) => {
    completeUntil(start);
    let meeting = fresh(start, start - int(rng, 10, 25) * DAY - int(rng, 0, 6) * HOUR);
    const item = (kind: AgendaItem['kind']) => meeting.agenda.find((i) => i.kind === kind);
    const unapproved = index >= past.length - heldTail;
    // Minutes are written a day or three after the meeting, never after `now`.
    let at = Math.min(start + int(rng, 1, 3) * DAY + int(rng, 0, 4) * HOUR, now - HOUR - 10 * 60_000);
    const save = (kind: AgendaItem['kind'], text: string | undefined, vbe?: VbeInput) => {
      const target = item(kind);
      if (!target || (text === undefined && vbe === undefined)) return;
      meeting = saveItemMinutes(meeting, { itemId: target.id, ...(text === undefined ? {} : { text }), ...(vbe ? { vbe } : {}) }, change(at));
      at += int(rng, 1, 4) * 60_000;
    };

    const second = pick(rng, SECOND_APPROVERS[forum.type]);
    const opening = pick(rng, OPENING).replace('{org}', pick(rng, forum.memberOrganisations));
    save('opening', opening);
    save('minutes-checker', `Till justerare jämte sammankallande valdes ${second}.`);
    if (index > 0) save('previous-minutes', pick(rng, PREVIOUS_MINUTES));
    const carried = item('follow-up')?.carriedActions?.length ?? 0;
    if (carried > 0) save('follow-up', `Öppna åtgärder från tidigare möten gicks igenom (${carried} st).`);

    // Some of the newest minutes are still being written.
    const inProgress = unapproved && rng() < 0.3;
    if (!inProgress) {
      const status = weighted<VbeStatus>(rng, [
        ['discussed', 75],
        ['nothing-to-report', 18],
        ['not-discussed', 7],
      ]);
      const discussed = status === 'discussed';
      const observations = discussed ? drawObservations(rng, observationChoices, areas, start, cadenceDays) : [];
      const open = new Set(item('follow-up')?.carriedActions?.map((c) => c.text));
      const actions = discussed ? drawActions(rng, open, start) : [];
      const texts = [...VBE_TEXT[status].any, ...VBE_TEXT[status][forum.type]];
      save('vbe', pick(rng, texts), { status, observations, actions });
      save('other-business', pick(rng, OTHER_BUSINESS));
      const next = index + 1 < past.length ? past[index + 1]! : upcoming;
      save('next-meeting', `Nästa möte hålls ${spokenDate(dayOf(next))}.`);
    }

    // Justering a few days to two weeks later; what would fall after `now` is still waiting.
    const approveAt = at + int(rng, 3, 14) * DAY + int(rng, 0, 5) * HOUR;
    if (!unapproved && !inProgress && approveAt < now - HOUR) {
      meeting = approveMinutes(meeting, { approvers: [convener.displayName, second], version: latestVersion(meeting) }, change(approveAt));
    }

    // Most actions get done around their due date; the rest stay open (some overdue).
    const lastAt = Date.parse(meeting.updatedAt);
    const vbeItem = item('vbe');
    for (const action of (vbeItem && meeting.minutes[vbeItem.id]?.vbe?.actions) || []) {
      if (rng() >= 0.85) continue;
      const due = stockholmTime(action.due, 10, 0);
      const doneAt = Math.max(lastAt + DAY, due - int(rng, -5, 14) * DAY) + int(rng, 0, 6) * HOUR;
      if (doneAt < now - HOUR) pending.push({ meeting: index, actionId: action.id, at: doneAt });
    }
    built.push(meeting);
  });
  completeUntil(now);

  // The next meeting: agenda only.
  const planned = fresh(upcoming, now - int(rng, 1, 6) * DAY - int(rng, 0, 6) * HOUR);
  return [...built, planned];
}

type Choices = readonly (readonly [ObservationTemplate, number])[];

/** Up to four observations from the weeks before the meeting at `start`. */
function drawObservations(rng: Rng, choices: Choices, areas: string[], start: number, cadenceDays: number): ObservationInput[] {
  const n = weighted(rng, [
    [0, 14],
    [1, 34],
    [2, 28],
    [3, 16],
    [4, 8],
  ]);
  const observations: ObservationInput[] = [];
  for (let i = 0; i < n; i++) {
    const t = weighted(rng, choices);
    observations.push({
      milieu: t.milieu,
      category: t.category,
      source: pick(rng, t.sources),
      area: pick(rng, areas),
      count: int(rng, 1, t.maxCount),
      date: dayOf(start - int(rng, 1, Math.min(cadenceDays, 42)) * DAY),
      text: t.text,
    });
  }
  return observations;
}

/** Up to two new actions, none of them one of the `open` ones already on the list. */
function drawActions(rng: Rng, open: ReadonlySet<string>, start: number): ActionInput[] {
  const a = weighted(rng, [
    [0, 45],
    [1, 40],
    [2, 15],
  ]);
  const used = new Set(ACTIONS.flatMap((x, i) => (open.has(x.text) ? [i] : [])));
  const actions: ActionInput[] = [];
  for (let i = 0; i < a && used.size < ACTIONS.length; i++) {
    let choice = int(rng, 0, ACTIONS.length - 1);
    while (used.has(choice)) choice = (choice + 1) % ACTIONS.length;
    used.add(choice);
    actions.push({ ...ACTIONS[choice]!, due: dayOf(start + int(rng, 2, 8) * 7 * DAY) });
  }
  return actions;
}
