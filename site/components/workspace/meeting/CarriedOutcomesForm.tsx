// Under the follow-up item: what became of each action carried from earlier
// meetings. The outcome is the protocol's record; marking the action itself
// complete is done in the forum's list of open actions.
import { ACTION_OUTCOMES, ACTION_OUTCOME_LABELS } from '../../../../api/domain/codes.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import type { CarriedAction } from '../../../../api/domain/types.ts';
import { Field } from './MinutesField.tsx';
import type { FieldErrors, OutcomeRow } from './MinutesForm.ts';

interface Props {
  carried: CarriedAction[];
  outcomes: OutcomeRow[];
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  onChange: (actionId: string, patch: Partial<OutcomeRow>, field: 'outcome' | 'note') => void;
}

export function CarriedOutcomesForm({ carried, outcomes, errors, idFor, onChange }: Props) {
  return (
    <div className="ws-carried-outcomes">
      <h4>Uppföljning av åtgärder från tidigare möten</h4>
      {carried.map((c, i) => {
        const row = outcomes.find((o) => o.actionId === c.actionId && o.meetingId === c.meetingId);
        if (!row) return null;
        const k = (field: string) => `out.${c.actionId}.${field}`;
        return (
          <fieldset key={`${c.meetingId}/${c.actionId}`} className="ws-vbe-row">
            <legend className="ws-legend">
              Åtgärd {i + 1}: {c.text} ({c.owner}, klart senast {formatDay(c.due)})
            </legend>
            <div className="ws-row">
              <Field id={idFor(k('outcome'))} label="Vad blev av åtgärden" error={errors[k('outcome')]}>
                {(control) => (
                  <select {...control} value={row.outcome} onChange={(e) => onChange(c.actionId, { outcome: e.target.value as OutcomeRow['outcome'] }, 'outcome')}>
                    <option value="">Inte angivet</option>
                    {ACTION_OUTCOMES.map((o) => (
                      <option key={o} value={o}>
                        {ACTION_OUTCOME_LABELS[o]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={idFor(k('note'))} label="Kommentar (valfri)" error={errors[k('note')]}>
                {(control) => (
                  <input {...control} type="text" maxLength={LIMITS.outcomeNote} value={row.note} onChange={(e) => onChange(c.actionId, { note: e.target.value }, 'note')} />
                )}
              </Field>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
