// The structured part of the standing VBE item: whether the question was
// raised, what was observed and what is to be done. Feeds the lägesbild.
import { useEffect, useId, useRef, useState } from 'react';
import { VBE_STATUSES, VBE_STATUS_LABELS, type VbeStatus } from '../../../../api/domain/codes.ts';
import { FieldError } from './MinutesField.tsx';
import {
  ACTION_FIELDS,
  emptyAction,
  emptyObservation,
  OBSERVATION_FIELDS,
  type ActionRow,
  type FieldErrors,
  type ObservationRow,
  type VbeFormState,
} from './MinutesForm.ts';
import { VbeActionFields } from './VbeActionFields.tsx';
import { VbeObservationFields } from './VbeObservationFields.tsx';

/** The approval panel links here when the status is missing. */
export const VBE_STATUS_ANCHOR = 'vbe-status';

interface Props {
  vbe: VbeFormState;
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  areas: string[];
  defaultDate: string;
  onChange: (update: (vbe: VbeFormState) => VbeFormState, touched?: string[]) => void;
}

export function VbeForm({ vbe, errors, idFor, areas, defaultDate, onChange }: Props) {
  const areasListId = useId();
  const addObservationRef = useRef<HTMLButtonElement>(null);
  const addActionRef = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  // A new row's first control, so keyboard users land where they type next.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const statusError = errors['vbe.status'];
  const statusId = idFor('vbe.status');

  function setStatus(status: VbeStatus) {
    onChange((v) => ({ ...v, status }), ['vbe.status']);
  }

  function addObservation() {
    const row = emptyObservation(defaultDate);
    onChange((v) => ({ ...v, observations: [...v.observations, row] }));
    setFocusId(idFor(`obs.${row.key}.milieu`));
  }

  function updateObservation(key: string, patch: Partial<ObservationRow>, field: string) {
    onChange((v) => ({ ...v, observations: v.observations.map((o) => (o.key === key ? { ...o, ...patch } : o)) }), [`obs.${key}.${field}`]);
  }

  function removeObservation(key: string) {
    onChange(
      (v) => ({ ...v, observations: v.observations.filter((o) => o.key !== key) }),
      OBSERVATION_FIELDS.map((f) => `obs.${key}.${f}`),
    );
    addObservationRef.current?.focus();
  }

  function addAction() {
    const row = emptyAction();
    onChange((v) => ({ ...v, actions: [...v.actions, row] }));
    setFocusId(idFor(`act.${row.key}.text`));
  }

  function updateAction(key: string, patch: Partial<ActionRow>, field: string) {
    onChange((v) => ({ ...v, actions: v.actions.map((a) => (a.key === key ? { ...a, ...patch } : a)) }), [`act.${key}.${field}`]);
  }

  function removeAction(key: string) {
    onChange(
      (v) => ({ ...v, actions: v.actions.filter((a) => a.key !== key) }),
      ACTION_FIELDS.map((f) => `act.${key}.${f}`),
    );
    addActionRef.current?.focus();
  }

  return (
    <div className="ws-vbe-form">
      <fieldset id={VBE_STATUS_ANCHOR} className="ws-vbe-status" tabIndex={-1}>
        <legend className="ws-legend">Togs VBE-frågan upp?</legend>
        {VBE_STATUSES.map((s, i) => {
          // The first radio carries the field's id: errors point at it and focus goes to it.
          const id = i === 0 ? statusId : `${statusId}-${s}`;
          return (
            <div key={s} className="ws-radio">
              <input
                type="radio"
                id={id}
                name={statusId}
                value={s}
                checked={vbe.status === s}
                onChange={() => setStatus(s)}
                aria-invalid={statusError ? true : undefined}
                aria-describedby={statusError ? `${statusId}-fel` : undefined}
              />
              <label htmlFor={id}>{VBE_STATUS_LABELS[s]}</label>
            </div>
          );
        })}
        <FieldError id={statusId} error={statusError} />
      </fieldset>

      <h4>Observationer</h4>
      {vbe.observations.length === 0 && <p className="ws-hint">Inga observationer har lagts till.</p>}
      <datalist id={areasListId}>
        {areas.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {vbe.observations.map((row, i) => (
        <VbeObservationFields
          key={row.key}
          row={row}
          number={i + 1}
          errors={errors}
          idFor={idFor}
          areasListId={areasListId}
          onChange={(patch, field) => updateObservation(row.key, patch, field)}
          onRemove={() => removeObservation(row.key)}
        />
      ))}
      <div className="ws-actions">
        <button type="button" className="ws-secondary" ref={addObservationRef} onClick={addObservation}>
          Lägg till observation
        </button>
      </div>

      <h4>Åtgärder</h4>
      {vbe.actions.length === 0 && <p className="ws-hint">Inga åtgärder har lagts till.</p>}
      {vbe.actions.map((row, i) => (
        <VbeActionFields
          key={row.key}
          row={row}
          number={i + 1}
          errors={errors}
          idFor={idFor}
          onChange={(patch, field) => updateAction(row.key, patch, field)}
          onRemove={() => removeAction(row.key)}
        />
      ))}
      <div className="ws-actions">
        <button type="button" className="ws-secondary" ref={addActionRef} onClick={addAction}>
          Lägg till åtgärd
        </button>
      </div>
    </div>
  );
}
