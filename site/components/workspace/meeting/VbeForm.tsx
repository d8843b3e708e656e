// The structured part of the standing VBE item: whether the question was
// raised, what was observed and what is to be done. Feeds the lägesbild.
import { useEffect, useId, useRef, useState } from 'react';
import { VBE_STATUSES, VBE_STATUS_LABELS, type VbeStatus } from '../../../../api/domain/codes.ts';
import { FieldError } from './MinutesField.tsx';
import {
  ACTION_FIELDS,
  OBSERVATION_FIELDS,
  OBSERVATION_TEXT_MAX,
  type ActionRow,
  type FieldErrors,
  type ObservationRow,
  type VbeFormState,
} from './MinutesForm.ts';
import { VbeActionFields } from './VbeActionFields.tsx';
import { VbeObservationFields } from './VbeObservationFields.tsx';
import { ACTION_DUE_DAYS, newAction, nextObservation, rememberArea, rememberedArea } from './observation-defaults.ts';

/** The approval panel links here when the status is missing. */
export const VBE_STATUS_ANCHOR = 'vbe-status';

interface Props {
  vbe: VbeFormState;
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  areas: string[];
  /** The meeting's Stockholm day: default date of observations, and what actions' due dates count from. */
  defaultDate: string;
  /** For the area remembered from the last meeting in this browser. */
  districtId: string;
  onChange: (update: (vbe: VbeFormState) => VbeFormState, touched?: string[]) => void;
  /** Saves the item at once (after an onChange in the same turn). */
  onSaveNow: () => void;
}

/** The statuses that end the item in one press: nothing more to fill in. */
const QUICK_STATUSES = ['nothing-to-report', 'not-discussed'] as const satisfies readonly VbeStatus[];

export function VbeForm({ vbe, errors, idFor, areas, defaultDate, districtId, onChange, onSaveNow }: Props) {
  const areasListId = useId();
  const hintId = useId();
  const addObservationRef = useRef<HTMLButtonElement>(null);
  const addActionRef = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  // A new row is kept here until something in it changes: an untouched copy never becomes a duplicate observation.
  const [pending, setPending] = useState<{ row: ObservationRow; isCopy: boolean } | null>(null);
  const [announcement, setAnnouncement] = useState('');

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

  function setStatusAndSave(status: VbeStatus) {
    setStatus(status);
    setAnnouncement('');
    onSaveNow();
  }

  function addObservation() {
    if (pending) {
      setFocusId(idFor(`obs.${pending.row.key}.text`));
      return;
    }
    const previous = vbe.observations.at(-1);
    const row = nextObservation(previous, defaultDate, previous ? '' : rememberedArea(districtId));
    const number = vbe.observations.length + 1;
    setPending({ row, isCopy: !!previous });
    setAnnouncement(previous ? `Observation ${number} är tillagd som en kopia av observation ${number - 1}.` : `Observation ${number} är tillagd.`);
    setFocusId(idFor(`obs.${row.key}.text`));
  }

  function updateObservation(key: string, patch: Partial<ObservationRow>, field: string) {
    if (patch.area !== undefined) rememberArea(districtId, patch.area);
    if (pending?.row.key === key) {
      const row = { ...pending.row, ...patch };
      setPending(null);
      // Observations mean the question was raised; saying so spares a click.
      const raised = vbe.status === '';
      if (raised) setAnnouncement('VBE-frågan är markerad som diskuterad.');
      onChange((v) => ({ ...v, status: v.status === '' ? 'discussed' : v.status, observations: [...v.observations, row] }), [`obs.${key}.${field}`, 'vbe.status']);
      return;
    }
    onChange((v) => ({ ...v, observations: v.observations.map((o) => (o.key === key ? { ...o, ...patch } : o)) }), [`obs.${key}.${field}`]);
  }

  function removeObservation(key: string) {
    if (pending?.row.key === key) setPending(null);
    else
      onChange(
        (v) => ({ ...v, observations: v.observations.filter((o) => o.key !== key) }),
        OBSERVATION_FIELDS.map((f) => `obs.${key}.${f}`),
      );
    addObservationRef.current?.focus();
  }

  function addAction() {
    const row = newAction(defaultDate);
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

  const rows = pending ? [...vbe.observations, pending.row] : vbe.observations;

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
        <p className="ws-hint" id={`${statusId}-snabb`}>
          Inget att ta upp? Ett tryck sätter statusen och sparar punkten. Välj en annan status för att ändra.
        </p>
        <div className="ws-actions">
          {QUICK_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className="ws-secondary"
              aria-describedby={`${statusId}-snabb`}
              onClick={() => setStatusAndSave(s)}
            >
              Spara: {VBE_STATUS_LABELS[s]}
            </button>
          ))}
        </div>
      </fieldset>

      <h4>Observationer</h4>
      <p className="ws-hint" id={hintId}>
        En rad per observation. Tabb flyttar i raden. Enter i raden, eller ”Lägg till observation”, lägger till nästa observation som en kopia av raden före (miljö, kategori, källa, område och datum). Den första observationen får mötets datum och markerar VBE-frågan som diskuterad.
        Skriv avidentifierat: område är ett ortnamn, aldrig en adress, och beskrivningen har inga namn, personnummer, telefonnummer eller
        adresser (högst {OBSERVATION_TEXT_MAX} tecken).
      </p>
      {rows.length === 0 && <p className="ws-hint">Inga observationer har lagts till.</p>}
      <datalist id={areasListId}>
        {areas.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {rows.map((row, i) => (
        <VbeObservationFields
          key={row.key}
          row={row}
          number={i + 1}
          errors={errors}
          idFor={idFor}
          areasListId={areasListId}
          hintId={i === 0 ? hintId : undefined}
          copyOf={pending?.row.key === row.key && pending.isCopy && i > 0 ? i : undefined}
          onChange={(patch, field) => updateObservation(row.key, patch, field)}
          onRemove={() => removeObservation(row.key)}
          onNext={addObservation}
        />
      ))}
      <p className="ws-visually-hidden" role="status">
        {announcement}
      </p>
      <div className="ws-actions">
        <button type="button" className="ws-secondary" ref={addObservationRef} onClick={addObservation}>
          Lägg till observation
        </button>
      </div>

      <h4>Åtgärder</h4>
      {vbe.actions.length === 0 && <p className="ws-hint">Inga åtgärder har lagts till. En ny åtgärd ska vara klar {ACTION_DUE_DAYS} dagar efter mötet om du inte ändrar datumet.</p>}
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
