// One action decided under the VBE item: what, who (a role or an
// organisation, never a private person) and by when.
import { formatMeetingDate } from '../../../../api/domain/swedish-format.ts';
import { Field } from './MinutesField.tsx';
import type { ActionRow, FieldErrors } from './MinutesForm.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';

interface Props {
  row: ActionRow;
  number: number;
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  onChange: (patch: Partial<ActionRow>, field: string) => void;
  onRemove: () => void;
}

export function VbeActionFields({ row, number, errors, idFor, onChange, onRemove }: Props) {
  const k = (field: string) => `act.${row.key}.${field}`;
  const id = (field: string) => idFor(k(field));
  return (
    <fieldset className="ws-vbe-row">
      <legend className="ws-legend">Åtgärd {number}</legend>
      {row.completedAt && <p className="ws-hint">Klarmarkerad {formatMeetingDate(row.completedAt)}.</p>}
      <Field id={id('text')} label="Vad ska göras" error={errors[k('text')]}>
        {(control) => <input {...control} type="text" maxLength={LIMITS.actionText} value={row.text} onChange={(e) => onChange({ text: e.target.value }, 'text')} />}
      </Field>
      <div className="ws-row">
        <Field id={id('owner')} label="Ansvarig (roll eller organisation)" error={errors[k('owner')]}>
          {(control) => (
            <input {...control} type="text" maxLength={LIMITS.actionOwner} value={row.owner} onChange={(e) => onChange({ owner: e.target.value }, 'owner')} />
          )}
        </Field>
        <Field id={id('due')} label="Klart senast" error={errors[k('due')]}>
          {(control) => <input {...control} type="date" value={row.due} onChange={(e) => onChange({ due: e.target.value }, 'due')} />}
        </Field>
      </div>
      <div className="ws-actions">
        <button type="button" className="ws-danger" onClick={onRemove}>
          Ta bort åtgärd {number}
        </button>
      </div>
    </fieldset>
  );
}
