// Chooses the district (admins only) and the period. Quick choices apply at
// once; typed dates apply with "Visa", after being checked here.
import { useRef, useState, type RefObject, type SubmitEvent } from 'react';
import type { Outputs } from '../../../lib/workspace/api.ts';
import { lastTwelveMonths, periodErrors, previousYear, thisYear, type OverviewQuery, type Period, type PeriodErrors } from './period.ts';

type District = Outputs['districts']['list'][number];

interface Errors extends PeriodErrors {
  district?: string;
}

const QUICK: { label: string; period: () => Period }[] = [
  { label: 'Senaste 12 månaderna', period: () => lastTwelveMonths() },
  { label: 'Förra året', period: () => previousYear() },
  { label: 'I år', period: () => thisYear() },
];

interface Props {
  initial: OverviewQuery;
  /** The districts to choose from; null when the account has its own district only. */
  districts: District[] | null;
  onApply: (query: OverviewQuery) => void;
}

export function PeriodForm({ initial, districts, onApply }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const districtRef = useRef<HTMLSelectElement>(null);
  const fromRef = useRef<HTMLInputElement>(null);
  const toRef = useRef<HTMLInputElement>(null);

  function tryApply(next: OverviewQuery) {
    setDraft(next);
    const found: Errors = { ...periodErrors(next) };
    if (districts && !next.districtId) found.district = 'Välj en stadsdel.';
    setErrors(found);
    // Focus the first field to fix, so a keyboard or screen reader user lands on it with its message.
    const first = found.district ? districtRef : found.from ? fromRef : found.to ? toRef : null;
    if (first) first.current?.focus();
    else onApply(next);
  }

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    tryApply(draft);
  }

  return (
    <form className="ws-overview-form" onSubmit={submit} noValidate aria-label="Urval för översikten">
      {districts && (
        <div className="ws-field">
          <label htmlFor="oversikt-stadsdel">Stadsdel</label>
          <select
            id="oversikt-stadsdel"
            ref={districtRef}
            value={draft.districtId}
            onChange={(e) => setDraft({ ...draft, districtId: e.target.value })}
            aria-invalid={errors.district ? true : undefined}
            aria-describedby={errors.district ? 'oversikt-stadsdel-fel' : undefined}
          >
            {!draft.districtId && <option value="">Välj stadsdel</option>}
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          {errors.district && (
            <p className="ws-field-error" id="oversikt-stadsdel-fel">
              {errors.district}
            </p>
          )}
        </div>
      )}
      <fieldset className="ws-overview-period">
        <legend className="ws-legend">Period</legend>
        <p className="ws-hint" id="oversikt-period-tips">
          Datum som ÅÅÅÅ-MM-DD. Båda dagarna räknas med. Jämförelsen gäller samma dagar ett år tidigare.
        </p>
        <div className="ws-row">
          <DateField id="oversikt-fran" label="Från" value={draft.from} error={errors.from} inputRef={fromRef} onChange={(from) => setDraft({ ...draft, from })} />
          <DateField id="oversikt-till" label="Till" value={draft.to} error={errors.to} inputRef={toRef} onChange={(to) => setDraft({ ...draft, to })} />
          <button type="submit" className="ws-primary">
            Visa
          </button>
        </div>
        <div className="ws-actions" role="group" aria-label="Snabbval av period">
          {QUICK.map((q) => (
            <button key={q.label} type="button" className="ws-secondary" onClick={() => tryApply({ ...draft, ...q.period() })}>
              {q.label}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (value: string) => void;
}

function DateField({ id, label, value, error, inputRef, onChange }: DateFieldProps) {
  const errorId = `${id}-fel`;
  return (
    <div className="ws-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `oversikt-period-tips ${errorId}` : 'oversikt-period-tips'}
      />
      {error && (
        <p className="ws-field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
