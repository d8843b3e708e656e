// A meeting's life against the calendar: planned, held once its start has
// passed and it has notes, approved, or cancelled. Notes may be prepared
// before the start, so what is stored can lag behind the clock: stored
// `planned` with notes becomes `held` when read after the start
// (`effectiveStatus`). Pure functions; the clock is always a parameter.
import { composeAgenda, agendaAsTemplate } from './agenda.ts';
import { assertDeidentified } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { stockholmDate } from './periods.ts';
import { formatDateTime, formatMeetingDate } from './swedish-format.ts';
import type { MeetingStatus } from './codes.ts';
import type { Cadence, CarriedAction, Forum, Meeting } from './types.ts';

import { MAX_MEETING_MINUTES, defaultEnd, meetingEnd } from './meeting-time.ts';
const MINUTE_MS = 60_000;

type Timed = Pick<Meeting, 'status' | 'startsAt' | 'minutes'>;

/** Whether the meeting's start has passed at `now`. */
export function hasStarted(meeting: Pick<Meeting, 'startsAt'>, now: Date | string): boolean {
  return new Date(now).getTime() >= Date.parse(meeting.startsAt);
}

function hasNotes(meeting: Pick<Meeting, 'minutes'>): boolean {
  return Object.keys(meeting.minutes).length > 0;
}

/**
 * The status as read at `now`: `held` only once the start has passed and
 * there are notes. Approved and cancelled are as stored. A stored `held`
 * before the start (data from before this rule) reads as `planned`.
 */
export function effectiveStatus(meeting: Timed, now: Date | string): MeetingStatus {
  if (meeting.status === 'approved' || meeting.status === 'cancelled') return meeting.status;
  return hasStarted(meeting, now) && hasNotes(meeting) ? 'held' : 'planned';
}

/** The record with its status as read at `now` (the same object when nothing changes). */
export function withEffectiveStatus<T extends Timed>(meeting: T, now: Date | string): T {
  const status = effectiveStatus(meeting, now);
  return status === meeting.status ? meeting : { ...meeting, status };
}

/** What a save of notes stores: `held` once the start has passed, else `planned` (notes prepared ahead). */
export function statusAfterSave(meeting: Timed, now: Date | string): MeetingStatus {
  return hasStarted(meeting, now) ? 'held' : 'planned';
}

/** A cancelled meeting takes no notes and no approval. */
export function assertTakesMinutes(meeting: Pick<Meeting, 'status'>): void {
  if (meeting.status === 'cancelled') throw conflict('Mötet är inställt och tar inga anteckningar.');
}

/** Minutes are approved only after the meeting has begun. */
export function assertStartedForApproval(meeting: Pick<Meeting, 'startsAt'>, now: Date | string): void {
  if (!hasStarted(meeting, now)) {
    throw conflict(`Mötet har inte börjat än (${formatDateTime(meeting.startsAt)}). Protokollet kan justeras först när mötet har hållits.`);
  }
}

/** The meeting's Stockholm day, `YYYY-MM-DD`. */
export function meetingDay(meeting: Pick<Meeting, 'startsAt'>): string {
  return stockholmDate(new Date(meeting.startsAt).toISOString());
}

/** An observation is reported at a meeting, so it cannot be dated after the meeting's day. */
export function assertObservationDates(meeting: Pick<Meeting, 'startsAt'>, observations: readonly { date: string }[], path = 'vbe.observations'): void {
  const last = meetingDay(meeting);
  observations.forEach((o, i) => {
    if (o.date > last) {
      throw badRequest(`Observation ${i + 1}: datumet kan inte vara senare än mötets dag (${formatMeetingDate(meeting.startsAt)}).`, `${path}.${i}.date`);
    }
  });
}

/** A meeting of the forum on the same Stockholm day as `startsAt`, other than `exceptId`; cancelled ones do not count. */
export function sameDayMeeting(meetings: readonly Meeting[], forumId: string, startsAt: string, exceptId?: string): Meeting | undefined {
  const day = stockholmDate(new Date(startsAt).toISOString());
  return meetings.find((m) => m.forumId === forumId && m.id !== exceptId && m.status !== 'cancelled' && meetingDay(m) === day);
}

/** Refuses a second meeting of a forum on one Stockholm day unless the caller says it is meant. */
export function assertNoSameDay(meetings: readonly Meeting[], forumId: string, startsAt: string, allowSameDay: boolean | undefined, exceptId?: string): void {
  if (allowSameDay) return;
  const other = sameDayMeeting(meetings, forumId, startsAt, exceptId);
  if (other) {
    throw conflict(
      `Forumet har redan ett möte samma dag (${formatDateTime(other.startsAt)}). Välj en annan dag, eller bekräfta att forumet ska ha två möten den dagen.`,
    );
  }
}

/** The end as stored: after the start, at most MAX_MEETING_MINUTES later. */
function checkedEnd(startsAt: string, endsAt: string): string {
  const minutes = (Date.parse(endsAt) - Date.parse(startsAt)) / MINUTE_MS;
  if (!(minutes > 0)) throw badRequest(`Sluttiden måste vara efter starttiden (${formatDateTime(startsAt)}).`, 'endsAt');
  if (minutes > MAX_MEETING_MINUTES) throw badRequest(`Ett möte kan vara högst ${MAX_MEETING_MINUTES / 60} timmar.`, 'endsAt');
  return new Date(endsAt).toISOString();
}

function cleanLocation(location: string | undefined): string | undefined {
  const trimmed = location?.trim() || undefined;
  if (trimmed) assertDeidentified([{ path: 'location', label: 'Plats', text: trimmed }]);
  return trimmed;
}

export interface NewMeetingInput {
  forum: Pick<Forum, 'id' | 'districtId' | 'type' | 'template' | 'cadence'>;
  startsAt: string;
  /** Absent: the start plus the forum's usual length. */
  endsAt?: string;
  location?: string;
  agendaFrom: 'template' | 'previous';
  allowSameDay?: boolean;
  /** The forum's meetings on the new meeting's day and before it, for the same-day rule and the previous agenda. */
  meetings: readonly Meeting[];
  /** Open actions of earlier meetings, carried to the follow-up item. */
  carriedActions: CarriedAction[];
  actorId: string;
  now: string;
  newId: () => string;
}

/** Makes a new meeting: the one place a meeting is born (planned, with its agenda composed). */
export function newMeeting(input: NewMeetingInput): Meeting {
  const location = cleanLocation(input.location);
  assertNoSameDay(input.meetings, input.forum.id, input.startsAt, input.allowSameDay);
  const start = Date.parse(input.startsAt);
  const previous = input.meetings.filter((m) => m.status !== 'cancelled' && Date.parse(m.startsAt) < start).at(-1);
  const source = input.agendaFrom === 'previous' && previous ? agendaAsTemplate(previous.agenda) : input.forum.template;
  const agenda = composeAgenda(source, { forumType: input.forum.type, carriedActions: input.carriedActions, newId: input.newId });
  return {
    id: input.newId(),
    forumId: input.forum.id,
    districtId: input.forum.districtId,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: checkedEnd(input.startsAt, input.endsAt ?? defaultEnd(input.startsAt, input.forum.cadence)),
    ...(location ? { location } : {}),
    status: 'planned',
    agenda,
    minutes: {},
    history: [],
    createdAt: input.now,
    createdBy: input.actorId,
    updatedAt: input.now,
  };
}

function assertChangeable(meeting: Meeting, what: string): void {
  if (meeting.status === 'approved') throw conflict(`Protokollet är justerat; mötet kan inte ${what}.`);
  if (meeting.status === 'cancelled') throw conflict(`Mötet är redan inställt och kan inte ${what}.`);
}

export interface RescheduleInput {
  startsAt: string;
  /** A new end; absent keeps the meeting's length. */
  endsAt?: string;
  /** A new place; absent keeps the old one, an empty text removes it. */
  location?: string;
  allowSameDay?: boolean;
}

/** Moves a meeting to a new start (and place), by the same rules as a new meeting. */
export function rescheduleMeeting(
  meeting: Meeting,
  input: RescheduleInput,
  forumMeetings: readonly Meeting[],
  now: string,
  /** The forum's rhythm: the length of an older meeting stored without an end. */
  cadence?: Pick<Cadence, 'durationMinutes'>,
): Meeting {
  assertChangeable(meeting, 'flyttas');
  assertNoSameDay(forumMeetings, meeting.forumId, input.startsAt, input.allowSameDay, meeting.id);
  const length = Date.parse(meetingEnd(meeting, cadence)) - Date.parse(meeting.startsAt);
  const endsAt = checkedEnd(input.startsAt, input.endsAt ?? new Date(Date.parse(input.startsAt) + length).toISOString());
  const moved = { ...meeting, startsAt: new Date(input.startsAt).toISOString(), endsAt };
  // Observations already noted must still lie on or before the meeting's day.
  const observations = Object.values(meeting.minutes).flatMap((item) => item.vbe?.observations ?? []);
  const last = meetingDay(moved);
  if (observations.some((o) => o.date > last)) {
    throw badRequest(`Anteckningarna har observationer daterade efter ${formatMeetingDate(moved.startsAt)}; mötet kan inte flyttas till en tidigare dag än så.`, 'startsAt');
  }
  const next: Meeting = { ...moved, updatedAt: now };
  if (input.location !== undefined) {
    const location = cleanLocation(input.location);
    delete next.location;
    if (location) next.location = location;
  }
  // Calendars take an update only when its SEQUENCE is higher than the one they hold; an unchanged form sends none.
  const changed = next.startsAt !== meeting.startsAt || next.endsAt !== meetingEnd(meeting, cadence) || next.location !== meeting.location;
  if (changed) next.sequence = (meeting.sequence ?? 0) + 1;
  return next;
}

/** Cancels a meeting that has not been held: kept, listed as cancelled, and taking no notes. */
export function cancelMeeting(meeting: Meeting, reason: string, change: { actorId: string; now: string }): Meeting {
  assertChangeable(meeting, 'ställas in');
  if (effectiveStatus(meeting, change.now) === 'held') {
    throw conflict('Mötet har hållits och har anteckningar; det kan inte ställas in.');
  }
  const why = reason.trim();
  if (!why) throw badRequest('Ange varför mötet ställs in.', 'reason');
  assertDeidentified([{ path: 'reason', label: 'Anledning', text: why }]);
  return {
    ...meeting,
    status: 'cancelled',
    cancellation: { at: change.now, by: change.actorId, reason: why },
    sequence: (meeting.sequence ?? 0) + 1,
    updatedAt: change.now,
  };
}
