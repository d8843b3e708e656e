// Taking back text that slipped past the guard, for coordinators of the
// meeting's district and admins. Every occurrence in the meeting, its
// versions, later agendas and the backups becomes [borttaget]; that cannot be
// undone, so a confirmation step comes first.
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import {
  holdsNeedle,
  MAX_REDACT_LENGTH,
  MIN_REDACT_LENGTH,
  MIN_REDACT_REASON,
  REDACTED,
  redactionNeedle,
  redactionSummary,
} from '../../../../api/domain/redact.ts';
import { api, problemOf, signInUrl, type Meeting } from '../../../lib/workspace/api.ts';
import { browserStorage, clearDraft, draftKey, readDraft } from './draft.ts';
import { controlProps, FieldError } from './MinutesField.tsx';
import { LIMITS } from '../../../../api/domain/limits.ts';

interface Errors {
  text?: string;
  reason?: string;
}

type Focus = 'text' | 'reason' | 'confirm' | 'result' | 'problem';

// Drafts in this browser that hold the text would bring it back when restored.
function clearDraftsHolding(meeting: Meeting, text: string): void {
  const needle = redactionNeedle(text);
  const storage = browserStorage();
  for (const item of meeting.agenda) {
    const key = draftKey(meeting.id, item.id);
    const draft = readDraft(storage, key);
    if (draft && holdsNeedle(JSON.stringify(draft.form), needle)) clearDraft(storage, key);
  }
}

export function RedactPanel({ meeting, onRedacted }: { meeting: Meeting; onRedacted: (meeting: Meeting) => void }) {
  const id = useId();
  const textId = `${id}-text`;
  const reasonId = `${id}-motivering`;
  const confirmTextId = `${id}-bekrafta`;
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<{ text: string; signedOut: boolean } | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<Focus | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  // Each step replaces the buttons that were used, so focus moves to what took their place.
  useEffect(() => {
    if (!focus) return;
    const target = {
      text: () => document.getElementById(textId),
      reason: () => document.getElementById(reasonId),
      confirm: () => confirmRef.current,
      result: () => resultRef.current,
      problem: () => problemRef.current,
    }[focus]();
    target?.focus();
    setFocus(null);
  }, [focus, textId, reasonId]);

  function check(): Errors {
    const found: Errors = {};
    if ([...text.trim()].length < MIN_REDACT_LENGTH) {
      found.text = `Skriv texten som ska tas bort, minst ${MIN_REDACT_LENGTH} tecken.`;
    }
    if (reason.trim().length < MIN_REDACT_REASON) {
      found.reason = `Motivera varför texten tas bort (minst ${MIN_REDACT_REASON} tecken), gärna med beslutets diarienummer.`;
    }
    return found;
  }

  function review(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setResult(null);
    const found = check();
    setErrors(found);
    if (found.text || found.reason) {
      setFocus(found.text ? 'text' : 'reason');
      return;
    }
    setConfirming(true);
    setFocus('confirm');
  }

  function cancel() {
    if (busy) return;
    setConfirming(false);
    setFocus('text');
  }

  async function redact() {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const answer = await api.minutes.redact.mutate({ meetingId: meeting.id, text: text.trim(), reason: reason.trim() });
      clearDraftsHolding(meeting, text);
      // The text leaves the form too: nothing on the page should still hold it.
      setText('');
      setReason('');
      setErrors({});
      setConfirming(false);
      setResult(redactionSummary(answer));
      setFocus('result');
      try {
        onRedacted(await api.meetings.get.query({ id: meeting.id }));
      } catch {
        setProblem({ text: 'Texten togs bort, men mötet kunde inte hämtas på nytt. Ladda om sidan.', signedOut: false });
      }
    } catch (err) {
      const p = problemOf(err);
      setConfirming(false);
      if (p.fields.text || p.fields.reason) {
        setErrors({ text: p.fields.text, reason: p.fields.reason });
        setFocus(p.fields.text ? 'text' : 'reason');
      } else {
        setProblem({ text: p.message, signedOut: p.code === 'UNAUTHORIZED' });
        setFocus('problem');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="ws-redact">
      <summary>Ta bort känslig text</summary>
      <p className="ws-hint">
        Har en uppgift som kan identifiera någon kommit med i protokollet? Här tar du bort den överallt där den sparats: i dagordningen och
        protokollet, i alla tidigare versioner, i senare dagordningar som fört den vidare och i säkerhetskopiorna. Protokollet behöver
        inte öppnas igen, och justeringen står kvar.
      </p>
      {result && (
        <p className="ws-note" role="status" tabIndex={-1} ref={resultRef}>
          {result}
        </p>
      )}
      {problem && (
        <div className="ws-form-error" role="alert" tabIndex={-1} ref={problemRef}>
          <p>
            {problem.text} {problem.signedOut && <a href={signInUrl()}>Logga in igen</a>}
          </p>
        </div>
      )}
      <form onSubmit={review} noValidate className="ws-form">
        <div className="ws-field">
          <label htmlFor={textId}>Exakt text att ta bort</label>
          <p className="ws-hint" id={`${textId}-tips`}>
            Minst {MIN_REDACT_LENGTH} tecken. Stora och små bokstäver och mellanrum spelar ingen roll. Varje förekomst ersätts med {REDACTED}.
          </p>
          <textarea
            {...controlProps(textId, errors.text, `${textId}-tips`)}
            required
            readOnly={confirming}
            maxLength={MAX_REDACT_LENGTH}
            rows={2}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <FieldError id={textId} error={errors.text} />
        </div>
        <div className="ws-field">
          <label htmlFor={reasonId}>Motivering till borttagningen</label>
          <p className="ws-hint" id={`${reasonId}-tips`}>
            Varför tas texten bort? Ange gärna beslutets diarienummer. Skriv inte texten själv här: motiveringen sparas i versionshistoriken.
          </p>
          <textarea
            {...controlProps(reasonId, errors.reason, `${reasonId}-tips`)}
            required
            readOnly={confirming}
            maxLength={LIMITS.reason}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <FieldError id={reasonId} error={errors.reason} />
        </div>
        {!confirming && (
          <div className="ws-actions">
            <button type="submit" className="ws-danger">
              Ta bort texten …
            </button>
          </div>
        )}
      </form>
      {confirming && (
        <div className="ws-note ws-confirm" role="group" aria-labelledby={confirmTextId} tabIndex={-1} ref={confirmRef}>
          <p id={confirmTextId}>
            <strong>Det går inte att ångra.</strong> Texten ersätts med {REDACTED} överallt i mötet, i alla versioner och i alla
            säkerhetskopior. Den går inte att få tillbaka.
          </p>
          <div className="ws-actions">
            <button type="button" className="ws-danger" onClick={redact}>
              {busy ? 'Tar bort …' : 'Ja, ta bort texten'}
            </button>
            <button type="button" onClick={cancel}>
              Avbryt
            </button>
          </div>
        </div>
      )}
    </details>
  );
}
