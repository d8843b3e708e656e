// Reopening approved minutes, for coordinators and admins: always with a
// reason, which is kept in the minutes' history.
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { api, problemOf, signInUrl, type Meeting } from '../../../lib/workspace/api.ts';
import { controlProps, FieldError } from './MinutesField.tsx';
import { LIMITS } from '../../../../api/domain/limits.ts';

const MIN_REASON = 5;

export function ApprovalReopen({ meeting, onReopened }: { meeting: Meeting; onReopened: (meeting: Meeting) => void }) {
  const id = useId();
  const reasonId = `${id}-motivering`;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<{ text: string; signedOut: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  async function reopen(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    setProblem(null);
    if (reason.trim().length < MIN_REASON) {
      setError(`Motivera varför protokollet öppnas (minst ${MIN_REASON} tecken).`);
      document.getElementById(reasonId)?.focus();
      return;
    }
    setBusy(true);
    try {
      onReopened(await api.minutes.reopen.mutate({ meetingId: meeting.id, reason: reason.trim() }));
    } catch (err) {
      const p = problemOf(err);
      if (p.fields.reason) {
        setError(p.fields.reason);
        document.getElementById(reasonId)?.focus();
      } else {
        setProblem({ text: p.message, signedOut: p.code === 'UNAUTHORIZED' });
        setTimeout(() => problemRef.current?.focus(), 0);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="ws-reopen">
      <summary>Öppna protokollet igen</summary>
      <form onSubmit={reopen} noValidate className="ws-form">
        {problem && (
          <div className="ws-form-error" role="alert" tabIndex={-1} ref={problemRef}>
            <p>
              {problem.text} {problem.signedOut && <a href={signInUrl()}>Logga in igen</a>}
            </p>
          </div>
        )}
        <div className="ws-field">
          <label htmlFor={reasonId}>Motivering</label>
          <p className="ws-hint" id={`${reasonId}-tips`}>
            Varför behöver protokollet ändras? Minst {MIN_REASON} tecken, avidentifierat. Motiveringen sparas i versionshistoriken.
          </p>
          <textarea
            {...controlProps(reasonId, error, `${reasonId}-tips`)}
            required
            maxLength={LIMITS.reason}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <FieldError id={reasonId} error={error} />
        </div>
        <div className="ws-actions">
          <button type="submit" className="ws-danger">
            {busy ? 'Öppnar …' : 'Öppna igen'}
          </button>
        </div>
      </form>
    </details>
  );
}
