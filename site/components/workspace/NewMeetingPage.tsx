// A new meeting: date, time and place; the agenda is made at once from the
// forum's template (or the last meeting's) and opened for editing. The date
// suggested follows the forum's rhythm from its latest meeting, planned ones
// included; a second meeting the same day is sent only once the user says so.
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { describeCadence, suggestNextMeeting } from '../../../api/domain/cadence.ts';
import { formatDateTime, stockholmInputValues, stockholmInstant } from '../../../api/domain/swedish-format.ts';
import { api, problemOf, queryParam, type ApiProblem, type ForumDetails } from '../../lib/workspace/api.ts';
import { Loading, Problem } from './states.tsx';
import { useLoad } from './use-load.ts';
import { useTitle } from './use-title.ts';
import { WhenFields } from './WhenFields.tsx';
import { LIMITS } from '../../../api/domain/limits.ts';
import { endInstant, endTimeAfter, formatLength } from '../../lib/workspace/meeting-time.ts';
import { usualMinutes } from '../../../api/domain/meeting-time.ts';

interface Loaded {
  forum: ForumDetails;
  /** The forum's meetings that are not cancelled, by start. */
  meetings: { startsAt: string; location?: string }[];
}

function NewMeetingForm({ forum, meetings }: Loaded) {
  const latest = meetings.at(-1);
  const [suggestion] = useState(() => suggestNextMeeting(forum.cadence, latest?.startsAt, new Date()));
  const [date, setDate] = useState(suggestion.date);
  const [time, setTime] = useState(suggestion.time);
  // The end follows the start by the forum's usual length until the user sets it.
  const usual = usualMinutes(forum.cadence);
  const [chosenEnd, setChosenEnd] = useState<string | null>(null);
  const endTime = chosenEnd ?? endTimeAfter(date, time, usual);
  const [location, setLocation] = useState(latest?.location ?? '');
  const [agendaFrom, setAgendaFrom] = useState<'template' | 'previous'>('template');
  const [sameDayOk, setSameDayOk] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const fieldError = (field: string) => problem?.fields[field];
  const whenError = fieldError('startsAt');
  const whereError = fieldError('location');
  const endError = fieldError('endsAt');
  // The forum's meeting on the chosen day, if any: the server refuses a second unless the user confirms.
  const sameDay = date ? meetings.find((m) => stockholmInputValues(m.startsAt).date === date) : undefined;
  const sameDayRefused = problem?.code === 'CONFLICT';
  const askSameDay = Boolean(sameDay) || sameDayRefused;
  // A refusal that names a field is shown and focused there; anything else above the form.
  useEffect(() => {
    if (!problem) return;
    const field = problem.fields.startsAt ? 'mote-datum' : problem.fields.endsAt ? 'mote-slut' : problem.fields.location ? 'mote-plats' : problem.fields.allowSameDay ? 'mote-samma-dag' : null;
    (field ? document.getElementById(field) : errorRef.current)?.focus();
  }, [problem]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!date || !time) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange datum och tid för mötet.', fields: { startsAt: 'Ange datum och tid.' } });
      return;
    }
    const end = endInstant(date, time, endTime);
    if ('problem' in end) {
      setProblem({ code: 'BAD_REQUEST', message: end.problem, fields: { endsAt: end.problem } });
      return;
    }
    if (askSameDay && !sameDayOk) {
      setProblem({ code: 'BAD_REQUEST', message: 'Bekräfta att forumet ska ha två möten samma dag, eller välj en annan dag.', fields: { allowSameDay: 'Kryssa i rutan eller välj en annan dag.' } });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const meeting = await api.meetings.create.mutate({
        forumId: forum.id,
        startsAt: stockholmInstant(date, time),
        endsAt: end.endsAt,
        location: location.trim() || undefined,
        agendaFrom,
        ...(askSameDay && sameDayOk ? { allowSameDay: true } : {}),
      });
      window.location.assign(`/arbetsyta/mote/?id=${meeting.id}#dagordning`);
    } catch (err) {
      setProblem(problemOf(err));
      setBusy(false);
    }
  }
  const sameDayError = fieldError('allowSameDay');

  return (
    <form className="ws-form" onSubmit={submit} noValidate>
      <p className="ws-hint">
        Förslaget följer forumets rytm ({describeCadence(forum.cadence)}){latest ? <> från senaste mötet, {formatDateTime(latest.startsAt)}</> : null}.
      </p>
      {problem && !whenError && !endError && !whereError && !sameDayError && !sameDayRefused && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {problem.message}
        </p>
      )}
      <WhenFields
        prefix="mote"
        dateLabel="Datum"
        timeLabel="Tid"
        date={date}
        time={time}
        endTime={endTime}
        onDate={setDate}
        onTime={setTime}
        onEndTime={setChosenEnd}
        error={whenError}
        endError={endError}
        endHint={`Forumets möten brukar vara ${formatLength(usual)}; sluttiden följer starttiden tills du ändrar den.`}
      />
      {askSameDay && (
        <div className="ws-note ws-field" role="group" aria-labelledby="mote-samma-dag-varning">
          <p id="mote-samma-dag-varning">
            {sameDay
              ? <>Forumet har redan ett möte den dagen: {formatDateTime(sameDay.startsAt)}.</>
              : problem?.message}
          </p>
          <label>
            <input
              id="mote-samma-dag"
              type="checkbox"
              checked={sameDayOk}
              onChange={(e) => setSameDayOk(e.target.checked)}
              aria-invalid={sameDayError ? true : undefined}
              aria-describedby={sameDayError ? 'mote-samma-dag-varning mote-samma-dag-fel' : 'mote-samma-dag-varning'}
            />{' '}
            Ja, forumet ska ha två möten samma dag
          </label>
          {sameDayError && (
            <p className="ws-field-error" id="mote-samma-dag-fel">
              {sameDayError}
            </p>
          )}
        </div>
      )}
      <div className="ws-field">
        <label htmlFor="mote-plats">Plats</label>
        <input
          id="mote-plats"
          type="text"
          value={location}
          maxLength={LIMITS.location}
          onChange={(e) => setLocation(e.target.value)}
          aria-describedby={whereError ? 'mote-plats-hint mote-plats-fel' : 'mote-plats-hint'}
          aria-invalid={whereError ? true : undefined}
        />
        <p className="ws-hint" id="mote-plats-hint">
          Lokalens namn, till exempel ”Husby träff, sal 2”.
        </p>
        {whereError && (
          <p className="ws-field-error" id="mote-plats-fel">
            {whereError}
          </p>
        )}
      </div>
      {meetings.length > 0 && (
        <fieldset className="ws-field">
          <legend className="ws-legend">Dagordningen utgår från</legend>
          <label>
            <input type="radio" name="agendaFrom" checked={agendaFrom === 'template'} onChange={() => setAgendaFrom('template')} /> forumets mall
          </label>
          <label>
            <input type="radio" name="agendaFrom" checked={agendaFrom === 'previous'} onChange={() => setAgendaFrom('previous')} /> förra mötets
            dagordning
          </label>
        </fieldset>
      )}
      <p className="ws-hint">Punkten om våldsbejakande extremism kommer alltid med, och öppna åtgärder från tidigare möten följs upp.</p>
      <p className="ws-actions">
        <button type="submit" className="ws-primary" disabled={busy}>
          {busy ? 'Skapar mötet …' : 'Skapa mötet och dagordningen'}
        </button>
        <a href={`/arbetsyta/forum/?id=${forum.id}`}>Avbryt</a>
      </p>
    </form>
  );
}

export function NewMeetingPage() {
  const forumId = queryParam('forum') ?? '';
  const [loaded, reload] = useLoad<Loaded>(async () => {
    const [forum, meetings] = await Promise.all([api.forums.get.query({ id: forumId }), api.meetings.list.query({ forumId })]);
    // Planned meetings count for the rhythm; cancelled ones neither set it nor take their day.
    return { forum, meetings: meetings.filter((m) => m.status !== 'cancelled') };
  }, [forumId]);
  useTitle(loaded.state === 'ready' ? `Nytt möte i ${loaded.data.forum.name}` : null);

  return (
    <>
      <h1>Nytt möte{loaded.state === 'ready' && <> i {loaded.data.forum.name}</>}</h1>
      {loaded.state === 'loading' && <Loading what="forumet" />}
      {loaded.state === 'failed' && <Problem problem={loaded.problem} retry={reload} />}
      {loaded.state === 'ready' && <NewMeetingForm {...loaded.data} />}
    </>
  );
}
