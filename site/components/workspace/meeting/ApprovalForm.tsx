// Approving (justering) in one click: names of the justerare, then the button.
// No confirmation dialog: the button says what it does, and a coordinator can
// reopen the minutes.
import { useEffect, useRef, useState, type MouseEvent, type SubmitEvent } from 'react';
import { api, problemOf, signInUrl, type Meeting } from '../../../lib/workspace/api.ts';
import { controlProps, describedBy, FieldError } from './MinutesField.tsx';
import { newestVersion } from './MinutesSaver.ts';
import { flushUnsaved, seenVersion } from './unsaved.ts';
import { VBE_STATUS_ANCHOR } from './VbeForm.tsx';
import { LIMITS } from '../../../../api/domain/limits.ts';

const MAX_APPROVERS = LIMITS.approvers;

type FormProblem = { kind: 'vbe-status' } | { kind: 'signed-out' } | { kind: 'message'; text: string };

function goToVbeStatus(event: MouseEvent<HTMLAnchorElement>) {
  const group = document.getElementById(VBE_STATUS_ANCHOR);
  const radio = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  if (!radio) return;
  event.preventDefault();
  radio.focus();
}

/** `present`: names of those present once attendance is set (the justerare are picked among them); undefined without attendance. */
export function ApprovalForm({ meeting, present, onApproved }: { meeting: Meeting; present?: string[]; onApproved: (meeting: Meeting) => void }) {
  const [names, setNames] = useState(['', '']);
  const [chosen, setChosen] = useState<string[]>([]);
  const choosing = present !== undefined;
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const idFor = (i: number) => `justerare-${i + 1}`;

  useEffect(() => {
    if (focusIndex === null) return;
    document.getElementById(idFor(focusIndex))?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  function fail(next: FormProblem) {
    setProblem(next);
    // After render, so the message is there to be read.
    setTimeout(() => problemRef.current?.focus(), 0);
  }

  async function approve(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setErrors({});
    setProblem(null);
    const sent = (choosing ? chosen.filter((n) => present.includes(n)) : names).map((name, index) => ({ name: name.trim(), index })).filter((n) => n.name);
    if (sent.length === 0) {
      setErrors({ 0: choosing ? 'Välj minst en justerare bland de närvarande.' : 'Ange minst en justerare.' });
      setFocusIndex(0);
      return;
    }
    setBusy(true);
    try {
      // Asks the editors themselves (saving what they can first): a local draft is no
      // witness when storage is disabled.
      const unsaved = await flushUnsaved(meeting.id);
      if (unsaved.length > 0) {
        const list = unsaved.map((n) => `§ ${n}`).join(', ');
        fail({ kind: 'message', text: `Det finns ändringar som inte är sparade (${list}). Spara eller släng dem innan protokollet justeras.` });
        return;
      }
      const version = seenVersion(meeting.id, newestVersion(meeting));
      onApproved(await api.minutes.approve.mutate({ meetingId: meeting.id, approvers: sent.map((n) => n.name), version }));
    } catch (err) {
      const p = problemOf(err);
      if (p.code === 'UNAUTHORIZED') return fail({ kind: 'signed-out' });
      if (p.fields['vbe.status']) return fail({ kind: 'vbe-status' });
      if (p.code === 'CONFLICT') return fail({ kind: 'message', text: `${p.message} Ladda om sidan för att se den senaste versionen.` });
      const fieldErrors: Record<number, string> = {};
      for (const [path, message] of Object.entries(p.fields)) {
        const m = /^approvers(?:\.(\d+))?$/.exec(path);
        // With choices the errors gather at the group's first box.
        if (m) fieldErrors[choosing || m[1] === undefined ? 0 : (sent[Number(m[1])]?.index ?? 0)] ??= message;
      }
      const first = Object.keys(fieldErrors).map(Number).sort((a, b) => a - b)[0];
      if (first !== undefined) {
        setErrors(fieldErrors);
        setFocusIndex(first);
      } else {
        fail({ kind: 'message', text: p.fields.meetingId ?? p.message });
      }
    } finally {
      setBusy(false);
    }
  }

  function addApprover() {
    setNames((n) => [...n, '']);
    setFocusIndex(names.length);
  }

  return (
    <form onSubmit={approve} noValidate className="ws-form">
      <p>När protokollet justeras låses det. En lokal samordnare kan öppna det igen om något behöver rättas.</p>
      {problem && (
        <div className="ws-form-error" role="alert" tabIndex={-1} ref={problemRef}>
          {problem.kind === 'vbe-status' && (
            <p>
              Protokollet kan inte justeras förrän det står om VBE-frågan togs upp. Välj status under VBE-punkten och spara punkten
              först. <a href={`#${VBE_STATUS_ANCHOR}`} onClick={goToVbeStatus}>Gå till VBE-punktens status</a>
            </p>
          )}
          {problem.kind === 'signed-out' && (
            <p>
              Din inloggning har gått ut. <a href={signInUrl()}>Logga in igen</a>
            </p>
          )}
          {problem.kind === 'message' && <p>{problem.text}</p>}
        </div>
      )}
      {choosing ? (
        <fieldset className="ws-approvers" aria-describedby={describedBy('justerare-tips', errors[0] && `${idFor(0)}-fel`)}>
          <legend className="ws-legend">Justerare</legend>
          <p className="ws-hint" id="justerare-tips">
            {present.length === 0
              ? 'Ingen är markerad som närvarande. Ange närvaron ovan först: justerarna väljs bland de närvarande.'
              : `Välj bland de närvarande, högst ${MAX_APPROVERS}.`}
          </p>
          {present.map((name, i) => {
            const id = idFor(i);
            const checked = chosen.includes(name);
            return (
              <div className="ws-radio" key={name}>
                <input
                  type="checkbox"
                  id={id}
                  checked={checked}
                  disabled={!checked && chosen.length >= MAX_APPROVERS}
                  aria-invalid={errors[0] ? true : undefined}
                  onChange={() => setChosen((list) => (checked ? list.filter((n) => n !== name) : [...list, name]))}
                />
                <label htmlFor={id}>{name}</label>
              </div>
            );
          })}
          <FieldError id={idFor(0)} error={errors[0]} />
        </fieldset>
      ) : (
      <fieldset className="ws-approvers">
        <legend className="ws-legend">Justerare</legend>
        <p className="ws-hint" id="justerare-tips">
          Namnen på dem som justerar protokollet. Tomma fält räknas inte.
        </p>
        {names.map((name, i) => {
          const id = idFor(i);
          return (
            <div className="ws-field" key={id}>
              <label htmlFor={id}>Justerare {i + 1}</label>
              <input
                {...controlProps(id, errors[i], 'justerare-tips')}
                type="text"
                autoComplete="off"
                maxLength={LIMITS.approverName}
                value={name}
                onChange={(e) => {
                  const value = e.target.value;
                  setNames((list) => list.map((n, j) => (j === i ? value : n)));
                }}
              />
              <FieldError id={id} error={errors[i]} />
            </div>
          );
        })}
        {names.length < MAX_APPROVERS && (
          <div className="ws-actions">
            <button type="button" className="ws-secondary" onClick={addApprover}>
              Lägg till justerare
            </button>
          </div>
        )}
      </fieldset>
      )}
      <div className="ws-actions">
        <button type="submit" className="ws-primary">
          {busy ? 'Justerar …' : 'Justera protokollet'}
        </button>
      </div>
    </form>
  );
}
