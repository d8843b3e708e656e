// Moving or cancelling a meeting. Both end once the minutes are approved; a
// cancelled meeting is kept and says why. The server holds the rules
// (meeting-lifecycle.ts): this form only asks before a second meeting the same day.
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { formatDateTime, stockholmInputValues, stockholmInstant } from '../../../../api/domain/swedish-format.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';
import { api, problemOf, type ApiProblem, type Meeting } from '../../../lib/workspace/api.ts';
import { endInstant, endTimeAfter, formatMeetingSpan } from '../../../lib/workspace/meeting-time.ts';
import { meetingEnd, meetingMinutes } from '../../../../api/domain/meeting-time.ts';
import { WhenFields } from '../WhenFields.tsx';

interface Props {
  meeting: Meeting;
  onChanged: (meeting: Meeting) => void;
}

interface ScheduleProps extends Props {
  /** The forum's usual length, for meetings stored before end times. */
  usualMinutes: number;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="ws-field-error" id={id}>
      {message}
    </p>
  ) : null;
}

function RescheduleForm({ meeting, onChanged, usualMinutes }: ScheduleProps) {
  const initial = stockholmInputValues(meeting.startsAt);
  const [date, setDate] = useState(initial.date);
  const [time, setTime] = useState(initial.time);
  // A moved meeting keeps its length unless the user sets another end.
  const [length] = useState(() => meetingMinutes(meeting, { durationMinutes: usualMinutes }));
  const [chosenEnd, setChosenEnd] = useState<string | null>(null);
  const endTime = chosenEnd ?? endTimeAfter(date, time, length);
  const [location, setLocation] = useState(meeting.location ?? '');
  const [sameDayOk, setSameDayOk] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState(false);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const whenError = problem?.fields.startsAt;
  const whereError = problem?.fields.location;
  const endError = problem?.fields.endsAt;
  const sameDay = problem?.code === 'CONFLICT' && /samma dag/.test(problem.message);

  useEffect(() => {
    if (!problem && !done) return;
    const field = whenError ? 'flytta-datum' : endError ? 'flytta-slut' : whereError ? 'flytta-plats' : sameDay ? 'flytta-samma-dag' : null;
    (field ? document.getElementById(field) : messageRef.current)?.focus();
  }, [problem, done]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!date || !time) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange datum och tid.', fields: { startsAt: 'Ange datum och tid.' } });
      return;
    }
    const end = endInstant(date, time, endTime);
    if ('problem' in end) {
      setProblem({ code: 'BAD_REQUEST', message: end.problem, fields: { endsAt: end.problem } });
      return;
    }
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      const moved = await api.meetings.reschedule.mutate({
        meetingId: meeting.id,
        startsAt: stockholmInstant(date, time),
        endsAt: end.endsAt,
        location: location.trim(),
        ...(sameDayOk ? { allowSameDay: true } : {}),
      });
      setDone(true);
      onChanged(moved);
    } catch (err) {
      setProblem(problemOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="ws-form" onSubmit={submit} noValidate aria-labelledby="flytta-rubrik">
      <h3 id="flytta-rubrik">Flytta mötet</h3>
      {done && (
        <p className="ws-note" role="status" tabIndex={-1} ref={messageRef}>
          Mötet är flyttat till {formatMeetingSpan(meeting.startsAt, meetingEnd(meeting, { durationMinutes: usualMinutes }))}.
        </p>
      )}
      {problem && !whenError && !endError && !whereError && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={messageRef} id="flytta-fel">
          {problem.message}
        </p>
      )}
      <WhenFields
        prefix="flytta"
        dateLabel="Nytt datum"
        timeLabel="Ny tid"
        date={date}
        time={time}
        endTime={endTime}
        onDate={setDate}
        onTime={setTime}
        onEndTime={setChosenEnd}
        error={whenError}
        endError={endError}
      />
      <div className="ws-field">
        <label htmlFor="flytta-plats">Plats</label>
        <input
          id="flytta-plats"
          type="text"
          value={location}
          maxLength={LIMITS.location}
          onChange={(e) => setLocation(e.target.value)}
          aria-invalid={whereError ? true : undefined}
          aria-describedby={whereError ? 'flytta-plats-fel' : undefined}
        />
        <FieldError id="flytta-plats-fel" message={whereError} />
      </div>
      {(sameDay || sameDayOk) && (
        <p className="ws-field">
          <label>
            <input id="flytta-samma-dag" type="checkbox" checked={sameDayOk} onChange={(e) => setSameDayOk(e.target.checked)} aria-describedby="flytta-fel" /> Ja,
            forumet ska ha två möten samma dag
          </label>
        </p>
      )}
      <p className="ws-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Flyttar …' : 'Flytta mötet'}
        </button>
      </p>
    </form>
  );
}

function CancelForm({ meeting, onChanged }: Props) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const reasonError = problem?.fields.reason;

  useEffect(() => {
    if (problem) (reasonError ? document.getElementById('installt-anledning') : errorRef.current)?.focus();
  }, [problem]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange varför mötet ställs in.', fields: { reason: 'Ange varför mötet ställs in.' } });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      onChanged(await api.meetings.cancel.mutate({ meetingId: meeting.id, reason: reason.trim() }));
    } catch (err) {
      setProblem(problemOf(err));
      setBusy(false);
    }
  }

  return (
    <form className="ws-form" onSubmit={submit} noValidate aria-labelledby="installa-rubrik">
      <h3 id="installa-rubrik">Ställ in mötet</h3>
      <p className="ws-hint">Mötet finns kvar och visas som inställt. Det går inte att föra anteckningar på ett inställt möte.</p>
      {problem && !reasonError && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {problem.message}
        </p>
      )}
      <div className="ws-field">
        <label htmlFor="installt-anledning">Anledning</label>
        <textarea
          id="installt-anledning"
          rows={2}
          value={reason}
          maxLength={LIMITS.reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? 'installt-anledning-hint installt-anledning-fel' : 'installt-anledning-hint'}
        />
        <p className="ws-hint" id="installt-anledning-hint">
          Till exempel ”För få deltagare kunde komma”. Inga namn eller andra personuppgifter.
        </p>
        <FieldError id="installt-anledning-fel" message={reasonError} />
      </div>
      <p className="ws-actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Ställer in …' : 'Ställ in mötet'}
        </button>
      </p>
    </form>
  );
}

/** The meeting's place in the calendar: the cancellation notice, or moving and cancelling while that is allowed. */
export function ScheduleControls({ meeting, onChanged, usualMinutes }: ScheduleProps) {
  if (meeting.status === 'cancelled') {
    return (
      <p className="ws-note" id="installt">
        Mötet är inställt{meeting.cancellation ? <> sedan {formatDateTime(meeting.cancellation.at)}: {meeting.cancellation.reason}</> : '.'}
      </p>
    );
  }
  if (meeting.status === 'approved') return null;
  return (
    <details className="ws-section">
      <summary>Flytta eller ställ in mötet</summary>
      <RescheduleForm meeting={meeting} onChanged={onChanged} usualMinutes={usualMinutes} />
      {meeting.status === 'planned' && <CancelForm meeting={meeting} onChanged={onChanged} />}
    </details>
  );
}
