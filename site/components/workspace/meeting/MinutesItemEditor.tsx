// One agenda item in the minutes: notes, and for the VBE item the structured
// record. Saves on "Spara punkt N", 1.5 s after typing stops, and when focus
// leaves the item.
import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import type { AgendaItem } from '../../../../api/domain/types.ts';
import type { Meeting } from '../../../lib/workspace/api.ts';
import { MinutesDraftNotice } from './MinutesDraftNotice.tsx';
import { Field } from './MinutesField.tsx';
import type { ActionRow, OutcomeRow, VbeFormState } from './MinutesForm.ts';
import { CarriedOutcomesForm } from './CarriedOutcomesForm.tsx';
import { ItemActionsForm } from './ItemActionsForm.tsx';
import { MinutesItemView } from './MinutesItemView.tsx';
import { MinutesSaveState } from './MinutesSaveState.tsx';
import { useItemSaver } from './MinutesSaver.ts';
import { registerUnsaved } from './unsaved.ts';
import { VbeForm } from './VbeForm.tsx';
import { LIMITS } from '../../../../api/domain/limits.ts';

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  number: number;
  areas: string[];
  defaultDate: string;
  onSaved: (meeting: Meeting) => void;
}

export function MinutesItemEditor({ meeting, item, number, areas, defaultDate, onSaved }: Props) {
  const saver = useItemSaver(meeting, item, onSaved);
  const base = useId();
  const idFor = (fieldKey: string) => `${base}-${fieldKey.replace(/\./g, '-')}`;
  const headingId = `${base}-rubrik`;
  const isVbe = item.kind === 'vbe';
  const [focusText, setFocusText] = useState(false);

  // Approval asks every editor, through this registry, whether anything is unsaved.
  const live = useRef({ saver, number });
  useEffect(() => {
    live.current = { saver, number };
  });
  useEffect(
    () =>
      registerUnsaved({
        meetingId: meeting.id,
        number: () => live.current.number,
        hasUnsavedChanges: () => live.current.saver.hasUnsavedChanges(),
        flush: () => live.current.saver.flush(),
      }),
    [meeting.id],
  );

  const { focusKey, focused, refusedSpans } = saver;
  useEffect(() => {
    if (!focusKey) return;
    const control = document.getElementById(`${base}-${focusKey.replace(/\./g, '-')}`);
    control?.focus();
    // Select what the server refused, so the writer sees exactly what to reword.
    const span = refusedSpans[focusKey];
    if (span && (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement)) control.setSelectionRange(span.start, span.end);
    focused();
  }, [focusKey, focused, base, refusedSpans]);

  // After the draft notice's buttons disappear, continue where one writes.
  useEffect(() => {
    if (!focusText) return;
    document.getElementById(`${base}-text`)?.focus();
    setFocusText(false);
  }, [focusText, base]);

  function leave(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) saver.save('auto');
  }

  function changeVbe(update: (vbe: VbeFormState) => VbeFormState, touched?: string[]) {
    saver.change((f) => (f.vbe ? { ...f, vbe: update(f.vbe) } : f), touched);
  }

  function changeActions(update: (actions: ActionRow[]) => ActionRow[], touched?: string[]) {
    saver.change((f) => ({ ...f, actions: update(f.actions ?? []) }), touched);
  }

  function changeOutcome(actionId: string, patch: Partial<OutcomeRow>, field: 'outcome' | 'note') {
    saver.change(
      (f) => ({ ...f, outcomes: (f.outcomes ?? []).map((o) => (o.actionId === actionId ? { ...o, ...patch } : o)) }),
      [`out.${actionId}.${field}`, `out.${actionId}.outcome`],
    );
  }

  return (
    <div className={isVbe ? 'ws-minutes-item ws-agenda-vbe' : 'ws-minutes-item'} onBlur={leave}>
      <h3 id={headingId}>
        § {number} {item.title}
      </h3>
      {item.prompts.length > 0 && (
        <ul className="ws-prompts" aria-label={`Frågor till punkt ${number}`}>
          {item.prompts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {saver.pendingDraft ? (
        <>
          <MinutesDraftNotice
            draft={saver.pendingDraft}
            number={number}
            onRestore={() => {
              saver.restoreDraft();
              setFocusText(true);
            }}
            onDiscard={() => {
              saver.discardDraft();
              setFocusText(true);
            }}
          />
          <MinutesItemView minutes={meeting.minutes[item.id]} isVbe={isVbe} carried={item.carriedActions} />
        </>
      ) : (
        <>
          <Field id={idFor('text')} label={`Anteckningar till punkt ${number}`} labelClassName="ws-visually-hidden" error={saver.errors.text}>
            {(control) => (
              <textarea
                {...control}
                rows={4}
                maxLength={LIMITS.minutesText}
                value={saver.form.text}
                onChange={(e) => {
                  const text = e.target.value;
                  saver.change((f) => ({ ...f, text }), ['text']);
                }}
              />
            )}
          </Field>
          {isVbe && saver.form.vbe && (
            <VbeForm
              vbe={saver.form.vbe}
              errors={saver.errors}
              idFor={idFor}
              areas={areas}
              defaultDate={defaultDate}
              districtId={meeting.districtId}
              onChange={changeVbe}
              onSaveNow={() => saver.save('explicit')}
            />
          )}
          {item.carriedActions && item.carriedActions.length > 0 && saver.form.outcomes && (
            <CarriedOutcomesForm carried={item.carriedActions} outcomes={saver.form.outcomes} errors={saver.errors} idFor={idFor} onChange={changeOutcome} />
          )}
          {!isVbe && <ItemActionsForm actions={saver.form.actions ?? []} number={number} errors={saver.errors} idFor={idFor} defaultDate={defaultDate} onChange={changeActions} />}
        </>
      )}
      <div className="ws-actions">
        {!saver.pendingDraft && (
          <button type="button" className="ws-primary" onClick={() => saver.save('explicit')}>
            Spara punkt {number}
          </button>
        )}
        <MinutesSaveState status={saver.status} />
      </div>
    </div>
  );
}
