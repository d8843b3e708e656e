// One observation of the VBE item as a compact row, entered from the keyboard:
// Tab moves along it, Enter in any of its fields adds the next observation.
// A fieldset of its own, so each control is read with "Observation N" as its
// context. The description comes first: one says what happened, then sorts it.
import type { KeyboardEvent } from 'react';
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
import { describedBy, Field } from './MinutesField.tsx';
import { OBSERVATION_TEXT_MAX, type FieldErrors, type ObservationRow } from './MinutesForm.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';

interface Props {
  row: ObservationRow;
  number: number;
  errors: FieldErrors;
  idFor: (fieldKey: string) => string;
  areasListId: string;
  /** Id of the shared hint on writing de-identified: read with the first row's description only, not repeated per field. */
  hintId?: string;
  /** Set on a new row that is a copy not yet changed (and so not yet part of the minutes). */
  copyOf?: number;
  onChange: (patch: Partial<ObservationRow>, field: string) => void;
  onRemove: () => void;
  onNext: () => void;
}

export function VbeObservationFields({ row, number, errors, idFor, areasListId, hintId, copyOf, onChange, onRemove, onNext }: Props) {
  const k = (field: string) => `obs.${row.key}.${field}`;
  const id = (field: string) => idFor(k(field));
  const copyNoteId = `${id('text')}-kopia`;
  const leftId = `${id('text')}-kvar`;

  function nextOnEnter(event: KeyboardEvent<HTMLFieldSetElement>) {
    const target = event.target as HTMLElement;
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    onNext();
  }

  return (
    <fieldset className="ws-vbe-row ws-obs-row" onKeyDown={nextOnEnter}>
      <legend className="ws-legend">Observation {number}</legend>
      {copyOf !== undefined && (
        <p className="ws-hint ws-obs-copy" id={copyNoteId}>
          Kopia av observation {copyOf}: miljö, kategori, källa, område och datum. Ändra det som skiljer; raden sparas först när du ändrat något.
        </p>
      )}
      <div className="ws-obs-fields">
        <Field id={id('text')} label="Beskrivning" className="ws-obs-text" error={errors[k('text')]}>
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={describedBy(copyOf !== undefined && copyNoteId, hintId, control['aria-describedby'], leftId)}
                type="text"
                autoComplete="off"
                maxLength={OBSERVATION_TEXT_MAX}
                value={row.text}
                onChange={(e) => onChange({ text: e.target.value }, 'text')}
              />
              {/* maxLength cuts pasted text silently; the count shows it. */}
              <p className="ws-hint" id={leftId}>
                {OBSERVATION_TEXT_MAX - row.text.length} tecken kvar
              </p>
            </>
          )}
        </Field>
        <Field id={id('milieu')} label="Miljö" error={errors[k('milieu')]}>
          {(control) => (
            <select {...control} value={row.milieu} onChange={(e) => onChange({ milieu: e.target.value as Milieu | '' }, 'milieu')}>
              {/* Starts with a dash, so typing a letter lands on a code, never on this line. */}
              <option value="">– välj –</option>
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
              <option value="">– välj –</option>
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
              <option value="">– välj –</option>
              {SOURCES.map((s) => (
                <option key={s} value={s}>
                  {SOURCE_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('area')} label="Område" error={errors[k('area')]}>
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
        <Field id={id('count')} label="Antal" className="ws-obs-short" error={errors[k('count')]}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={10000}
              step={1}
              value={row.count}
              onChange={(e) => onChange({ count: e.target.value }, 'count')}
            />
          )}
        </Field>
        <Field id={id('date')} label="Datum" className="ws-obs-date" error={errors[k('date')]}>
          {(control) => <input {...control} type="date" value={row.date} onChange={(e) => onChange({ date: e.target.value }, 'date')} />}
        </Field>
      </div>
      <div className="ws-actions">
        <button type="button" className="ws-danger" onClick={onRemove}>
          Ta bort observation {number}
        </button>
      </div>
    </fieldset>
  );
}
