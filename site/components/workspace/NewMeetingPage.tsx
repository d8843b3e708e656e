// A new meeting: date, time and place; the agenda is made at once from the
// forum's template (or the last meeting's) and opened for editing.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { stockholmInputValues, stockholmInstant } from '../../../api/domain/swedish-format.ts';
import type { Cadence } from '../../../api/domain/types.ts';
import { api, problemOf, queryParam, type ApiProblem, type ForumDetails } from '../../lib/workspace/api.ts';
import { Loading, Problem } from './states.tsx';
import { useLoad } from './use-load.ts';
import { useTitle } from './use-title.ts';
import { LIMITS } from '../../../api/domain/limits.ts';

/** The next date by the forum's cadence after its latest meeting, or a week from today. */
function suggestedStart(latest: string | undefined, cadence: Cadence): { date: string; time: string } {
  const now = Date.now();
  if (!latest) return { date: stockholmInputValues(new Date(now + 7 * 86_400_000)).date, time: '14:00' };
  const next = new Date(latest);
  do {
    if (cadence.unit === 'week') next.setUTCDate(next.getUTCDate() + 7 * cadence.every);
    else next.setUTCMonth(next.getUTCMonth() + cadence.every);
  } while (next.getTime() < now);
  return stockholmInputValues(next);
}

interface Loaded {
  forum: ForumDetails;
  latest?: { startsAt: string; location?: string };
}

function NewMeetingForm({ forum, latest }: Loaded) {
  const suggestion = suggestedStart(latest?.startsAt, forum.cadence);
  const [date, setDate] = useState(suggestion.date);
  const [time, setTime] = useState(latest ? stockholmInputValues(latest.startsAt).time : suggestion.time);
  const [location, setLocation] = useState(latest?.location ?? '');
  const [agendaFrom, setAgendaFrom] = useState<'template' | 'previous'>('template');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const fieldError = (field: string) => problem?.fields[field];
  const whenError = fieldError('startsAt');
  const whereError = fieldError('location');
  // A refusal that names a field is shown and focused there; anything else above the form.
  useEffect(() => {
    if (!problem) return;
    const field = problem.fields.startsAt ? 'mote-datum' : problem.fields.location ? 'mote-plats' : null;
    (field ? document.getElementById(field) : errorRef.current)?.focus();
  }, [problem]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!date || !time) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange datum och tid för mötet.', fields: { startsAt: 'Ange datum och tid.' } });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const meeting = await api.meetings.create.mutate({
        forumId: forum.id,
        startsAt: stockholmInstant(date, time),
        location: location.trim() || undefined,
        agendaFrom,
      });
      window.location.assign(`/arbetsyta/mote/?id=${meeting.id}#dagordning`);
    } catch (err) {
      setProblem(problemOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="ws-form" onSubmit={submit} noValidate>
      {problem && !whenError && !whereError && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {problem.message}
        </p>
      )}
      <div className="ws-row">
        <div className="ws-field">
          <label htmlFor="mote-datum">Datum</label>
          <input
            id="mote-datum"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            required
            aria-invalid={whenError ? true : undefined}
            aria-describedby={whenError ? 'mote-tidpunkt-fel' : undefined}
          />
        </div>
        <div className="ws-field">
          <label htmlFor="mote-tid">Tid</label>
          <input
            id="mote-tid"
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
            required
            aria-invalid={whenError ? true : undefined}
            aria-describedby={whenError ? 'mote-tidpunkt-fel' : undefined}
          />
        </div>
      </div>
      {whenError && (
        <p className="ws-field-error" id="mote-tidpunkt-fel">
          {whenError}
        </p>
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
      {latest && (
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
    const past = meetings.filter((m) => Date.parse(m.startsAt) < Date.now());
    return { forum, latest: (past.at(-1) ?? meetings.at(-1)) || undefined };
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
