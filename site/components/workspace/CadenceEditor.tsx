// The forum's rhythm: "every N weeks", "every N months" or "the first (…
// last) Tuesday of the month", a usual time and a usual length. The
// new-meeting form suggests dates and the end from it (api/domain/cadence.ts).
import { useState, type SubmitEvent } from 'react';
import { describeCadence } from '../../../api/domain/cadence.ts';
import type { Cadence } from '../../../api/domain/types.ts';
import { api, problemOf, type ApiProblem, type ForumDetails } from '../../lib/workspace/api.ts';
import { MEETING_LENGTHS, formatLength } from '../../lib/workspace/meeting-time.ts';
import { usualMinutes } from '../../../api/domain/meeting-time.ts';

type Kind = 'week' | 'month' | 'month-day';
type CadenceInput = NonNullable<Parameters<typeof api.forums.update.mutate>[0]['cadence']>;
const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
// Monday first, as Swedish calendars are.
const WEEKDAY_ORDER = [1, 2, 3, 4, 5, 6, 0];
const ORDINALS: [number, string][] = [
  [1, 'första'],
  [2, 'andra'],
  [3, 'tredje'],
  [4, 'fjärde'],
  [-1, 'sista'],
];

function kindOf(c: Cadence): Kind {
  return c.unit === 'week' ? 'week' : c.ordinal !== undefined && c.weekday !== undefined ? 'month-day' : 'month';
}

export function CadenceEditor({ forum, onSaved }: { forum: ForumDetails; onSaved: (f: ForumDetails) => void }) {
  const c = forum.cadence;
  const [kind, setKind] = useState<Kind>(kindOf(c));
  const [every, setEvery] = useState(String(c.every));
  const [weekday, setWeekday] = useState(c.weekday === undefined ? '' : String(c.weekday));
  const [ordinal, setOrdinal] = useState(String(c.ordinal ?? 1));
  const [time, setTime] = useState(c.time ?? '');
  const [length, setLength] = useState(String(usualMinutes(c)));
  // A length set another way (the API) stays selectable.
  const lengths = [...new Set([...MEETING_LENGTHS, usualMinutes(c)])].sort((a, b) => a - b);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [saved, setSaved] = useState('');
  const everyError = problem?.fields['cadence.every'];
  const lengthError = problem?.fields['cadence.durationMinutes'];
  const otherError = problem && !everyError && !lengthError ? problem.message : null;

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const n = Number(every);
    if (!Number.isInteger(n) || n < 1 || n > 52) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange ett heltal från 1 till 52.', fields: { 'cadence.every': 'Ange ett heltal från 1 till 52.' } });
      document.getElementById('rytm-antal')?.focus();
      return;
    }
    const cadence: CadenceInput = { every: n, unit: kind === 'week' ? 'week' : 'month' };
    if (kind === 'month-day') {
      cadence.ordinal = Number(ordinal) as CadenceInput['ordinal'];
      cadence.weekday = weekday === '' ? 2 : Number(weekday);
    } else if (weekday !== '') cadence.weekday = Number(weekday);
    if (time) cadence.time = time;
    cadence.durationMinutes = Number(length);
    setBusy(true);
    setProblem(null);
    setSaved('');
    try {
      const updated = await api.forums.update.mutate({ id: forum.id, cadence });
      onSaved({ ...forum, ...updated });
      setSaved(`Sparat: ${describeCadence(updated.cadence)}, ${formatLength(usualMinutes(updated.cadence))}.`);
    } catch (err) {
      const failed = problemOf(err);
      setProblem(failed);
      if (failed.fields['cadence.durationMinutes']) document.getElementById('rytm-langd')?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="ws-section" aria-labelledby="rytm">
      <h2 id="rytm">Mötesrytm</h2>
      <p>
        Forumet möts {describeCadence(c)}. Mötena brukar vara {formatLength(usualMinutes(c))}. Nya möten föreslås i den rytmen från det senaste mötet.
      </p>
      <details>
        <summary>Ändra mötesrytm</summary>
        <form className="ws-form" onSubmit={submit} noValidate>
          <fieldset className="ws-field">
            <legend className="ws-legend">Rytm</legend>
            <label>
              <input type="radio" name="rytm" checked={kind === 'week'} onChange={() => setKind('week')} /> var N:e vecka
            </label>
            <label>
              <input type="radio" name="rytm" checked={kind === 'month'} onChange={() => setKind('month')} /> var N:e månad, samma veckodag som senast
            </label>
            <label>
              <input type="radio" name="rytm" checked={kind === 'month-day'} onChange={() => setKind('month-day')} /> en viss veckodag i månaden
            </label>
          </fieldset>
          <div className="ws-row">
            <div className="ws-field">
              <label htmlFor="rytm-antal">{kind === 'week' ? 'Antal veckor mellan mötena' : 'Antal månader mellan mötena'}</label>
              <input
                id="rytm-antal"
                type="number"
                min={1}
                max={52}
                value={every}
                onChange={(e) => setEvery(e.target.value)}
                aria-invalid={everyError ? true : undefined}
                aria-describedby={everyError ? 'rytm-antal-fel' : undefined}
              />
            </div>
            {kind === 'month-day' && (
              <div className="ws-field">
                <label htmlFor="rytm-ordning">Vilken i månaden</label>
                <select id="rytm-ordning" value={ordinal} onChange={(e) => setOrdinal(e.target.value)}>
                  {ORDINALS.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <div className="ws-field">
              <label htmlFor="rytm-veckodag">Veckodag</label>
              <select id="rytm-veckodag" value={kind === 'month-day' && weekday === '' ? '2' : weekday} onChange={(e) => setWeekday(e.target.value)}>
                {kind !== 'month-day' && <option value="">samma som senaste mötet</option>}
                {WEEKDAY_ORDER.map((d) => (
                  <option key={d} value={d}>
                    {WEEKDAYS[d]}
                  </option>
                ))}
              </select>
            </div>
            <div className="ws-field">
              <label htmlFor="rytm-tid">Vanlig tid</label>
              <input id="rytm-tid" type="time" value={time} onChange={(e) => setTime(e.target.value)} aria-describedby="rytm-tid-hint" />
            </div>
            <div className="ws-field">
              <label htmlFor="rytm-langd">Mötets längd</label>
              <select
                id="rytm-langd"
                value={length}
                onChange={(e) => setLength(e.target.value)}
                aria-invalid={lengthError ? true : undefined}
                aria-describedby={lengthError ? 'rytm-langd-fel' : undefined}
              >
                {lengths.map((m) => (
                  <option key={m} value={m}>
                    {formatLength(m)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="ws-hint" id="rytm-tid-hint">
            Utan vanlig tid föreslås samma tid som senaste mötet.
          </p>
          {everyError && (
            <p className="ws-field-error" id="rytm-antal-fel">
              {everyError}
            </p>
          )}
          {lengthError && (
            <p className="ws-field-error" id="rytm-langd-fel">
              {lengthError}
            </p>
          )}
          {otherError && (
            <p className="ws-field-error ws-form-error" role="alert">
              {otherError}
            </p>
          )}
          <p className="ws-actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Sparar …' : 'Spara mötesrytmen'}
            </button>
          </p>
          <p className="ws-visually-hidden" role="status">
            {saved}
          </p>
        </form>
      </details>
    </section>
  );
}
