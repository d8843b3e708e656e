// Actions decided under any agenda item but the VBE item (whose actions are
// part of its record): the same rows as there, saved with the item.
import { useEffect, useRef, useState } from 'react';
import { ACTION_FIELDS, type ActionRow, type FieldErrors } from './MinutesForm.ts';
import { newAction } from './observation-defaults.ts';
import { VbeActionFields } from './VbeActionFields.tsx';

interface Props {
  actions: ActionRow[];
  number: number;
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  /** The meeting's day: a new action is due a while after it. */
  defaultDate: string;
  onChange: (update: (actions: ActionRow[]) => ActionRow[], touched?: string[]) => void;
}

export function ItemActionsForm({ actions, number, errors, idFor, defaultDate, onChange }: Props) {
  const addRef = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  // A new row's first control, so keyboard users land where they type next.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  function add() {
    const row = newAction(defaultDate);
    onChange((list) => [...list, row]);
    setFocusId(idFor(`act.${row.key}.text`));
  }

  return (
    <div className="ws-item-actions">
      <h4>Åtgärder under punkt {number}</h4>
      {actions.length === 0 && <p className="ws-hint">Inga åtgärder under den här punkten.</p>}
      {actions.map((row, i) => (
        <VbeActionFields
          key={row.key}
          row={row}
          number={i + 1}
          errors={errors}
          idFor={idFor}
          onChange={(patch, field) => onChange((list) => list.map((a) => (a.key === row.key ? { ...a, ...patch } : a)), [`act.${row.key}.${field}`])}
          onRemove={() => {
            onChange(
              (list) => list.filter((a) => a.key !== row.key),
              ACTION_FIELDS.map((f) => `act.${row.key}.${f}`),
            );
            addRef.current?.focus();
          }}
        />
      ))}
      <div className="ws-actions">
        <button type="button" className="ws-secondary" ref={addRef} onClick={add}>
          Lägg till åtgärd under punkt {number}
        </button>
      </div>
    </div>
  );
}
