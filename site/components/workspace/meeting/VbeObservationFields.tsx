// One observation of the VBE item: a fieldset of its own, so each control is
// read with "Observation N" as its context.
import {
  CATEGORIES,
  CATEGORY_LABELS,
  MILIEUS,
  MILIEU_LABELS,
  SOURCES,
  SOURCE_LABELS,
  type Category,
  type Milieu,
  type Source,
} from '../../../../api/domain/codes.ts';
import { controlProps, Field, FieldError } from './MinutesField.tsx';
import { OBSERVATION_TEXT_MAX, type FieldErrors, type ObservationRow } from './MinutesForm.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';

interface Props {
  row: ObservationRow;
  number: number;
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  areasListId: string;
  onChange: (patch: Partial<ObservationRow>, field: string) => void;
  onRemove: () => void;
}

export function VbeObservationFields({ row, number, errors, idFor, areasListId, onChange, onRemove }: Props) {
  const k = (field: string) => `obs.${row.key}.${field}`;
  const id = (field: string) => idFor(k(field));
  const left = OBSERVATION_TEXT_MAX - row.text.length;
  const textId = id('text');

  return (
    <fieldset className="ws-vbe-row">
      <legend className="ws-legend">Observation {number}</legend>
      <div className="ws-row">
        <Field id={id('milieu')} label="Miljö" error={errors[k('milieu')]}>
          {(control) => (
            <select {...control} value={row.milieu} onChange={(e) => onChange({ milieu: e.target.value as Milieu | '' }, 'milieu')}>
              <option value="">Välj miljö …</option>
              {MILIEUS.map((m) => (
                <option key={m} value={m}>
                  {MILIEU_LABELS[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('category')} label="Kategori" error={errors[k('category')]}>
          {(control) => (
            <select {...control} value={row.category} onChange={(e) => onChange({ category: e.target.value as Category | '' }, 'category')}>
              <option value="">Välj kategori …</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('source')} label="Källa" error={errors[k('source')]}>
          {(control) => (
            <select {...control} value={row.source} onChange={(e) => onChange({ source: e.target.value as Source | '' }, 'source')}>
              <option value="">Välj källa …</option>
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {SOURCE_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="ws-row">
        <Field id={id('area')} label="Område" hint="Ett ortnamn, aldrig en adress" error={errors[k('area')]}>
          {(control) => (
            <input
              {...control}
              type="text"
              list={areasListId}
              autoComplete="off"
              maxLength={LIMITS.area}
              value={row.area}
              onChange={(e) => onChange({ area: e.target.value }, 'area')}
            />
          )}
        </Field>
        <Field id={id('count')} label="Antal" error={errors[k('count')]}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              step={1}
              className="ws-count"
              value={row.count}
              onChange={(e) => onChange({ count: e.target.value }, 'count')}
            />
          )}
        </Field>
        <Field id={id('date')} label="Datum" error={errors[k('date')]}>
          {(control) => <input {...control} type="date" value={row.date} onChange={(e) => onChange({ date: e.target.value }, 'date')} />}
        </Field>
      </div>
      <div className="ws-field">
        <label htmlFor={textId}>Beskrivning</label>
        <p className="ws-hint" id={`${textId}-tips`}>
          Avidentifierat: inga namn, personnummer, telefonnummer eller adresser
        </p>
        <textarea
          {...controlProps(textId, errors[k('text')], `${textId}-tips`, `${textId}-kvar`)}
          maxLength={OBSERVATION_TEXT_MAX}
          rows={3}
          value={row.text}
          onChange={(e) => onChange({ text: e.target.value }, 'text')}
        />
        <p className="ws-hint" id={`${textId}-kvar`}>
          {left} tecken kvar
        </p>
        <FieldError id={textId} error={errors[k('text')]} />
      </div>
      <div className="ws-actions">
        <button type="button" className="ws-danger" onClick={onRemove}>
          Ta bort observation {number}
        </button>
      </div>
    </fieldset>
  );
}
