// The partners' statements of a district (the police's picture, specialist
// departments, civil society …) and the import of last year's figures, for
// the district's coordinator and admins: /arbetsyta/lagesbilder/?district=…
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { SOURCES, SOURCE_LABELS } from '../../../../api/domain/codes.ts';
import { stockholmDate } from '../../../../api/domain/periods.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { api, problemOf, queryParam, type Outputs } from '../../../lib/workspace/api.ts';
import { useAccount } from '../Shell.tsx';
import { describedBy, Field } from '../meeting/MinutesField.tsx';
import type { FieldErrors, ObservationRow } from '../meeting/MinutesForm.ts';
import { nextObservation } from '../meeting/observation-defaults.ts';
import { VbeObservationFields } from '../meeting/VbeObservationFields.tsx';
import { DataTable } from '../overview/DataTable.tsx';
import { Empty, Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { useTitle } from '../use-title.ts';
import { ImportPanel } from './ImportPanel.tsx';
import { emptyStatement, fieldOrder, formOf, localErrors, saveInput, SUMMARY_MAX, validateStatement, type StatementForm } from './statement-form.ts';

type Statement = Outputs['statements']['list'][number];

// The Stockholm day, as the server and the other pages judge it (the UTC day is yesterday's until 01:00 or 02:00).
const today = () => stockholmDate(new Date().toISOString());

export function StatementsPage() {
  const account = useAccount();
  useTitle('Samverkanspartners lägesbilder');
  const districtId = queryParam('district') ?? account.districtId;
  return (
    <div className="ws-statements">
      <h1>Samverkanspartners lägesbilder och import</h1>
      {account.role === 'convener' ? (
        <div className="ws-note">
          <p>Samverkanspartners lägesbilder registreras av den lokala samordnaren eller en administratör.</p>
          <p>
            <a href="/arbetsyta/">Gå till Mina forum</a>
          </p>
        </div>
      ) : (
        <Statements districtId={districtId} />
      )}
    </div>
  );
}

function Statements({ districtId }: { districtId: string }) {
  const [list, reload] = useLoad(() => api.statements.list.query({ districtId }), [districtId]);
  const [form, setForm] = useState<StatementForm>(() => emptyStatement(today()));
  const [formRound, setFormRound] = useState(0);
  const [saved, setSaved] = useState('');
  const formHeadingRef = useRef<HTMLHeadingElement>(null);

  function edit(s: Statement) {
    setForm(formOf(s));
    setFormRound((r) => r + 1);
    setSaved('');
    formHeadingRef.current?.focus();
  }

  function afterSave(s: Statement) {
    setSaved(`Lägesbilden från ${SOURCE_LABELS[s.source].toLowerCase()} för ${formatDay(s.from)} – ${formatDay(s.to)} är sparad.`);
    setForm(emptyStatement(today()));
    setFormRound((r) => r + 1);
    reload();
  }

  return (
    <>
      <p>
        <a href={`/arbetsyta/oversikt/?stadsdel=${encodeURIComponent(districtId)}`}>Till översikten för stadsdelen</a>
      </p>
      <section className="ws-section" aria-labelledby="lagesbilder-lista">
        <h2 id="lagesbilder-lista">Registrerade lägesbilder</h2>
        {list.state === 'loading' && <Loading what="lägesbilderna" />}
        {list.state === 'failed' && <Problem problem={list.problem} retry={reload} />}
        {list.state === 'ready' &&
          (list.data.length === 0 ? (
            <Empty>Inga lägesbilder är registrerade ännu.</Empty>
          ) : (
            <StatementTable statements={list.data} onEdit={edit} />
          ))}
        {/* Present from the start, so the message is announced when a save succeeds. */}
        <p role="status" className="ws-save-state">
          {saved}
        </p>
      </section>

      <section className="ws-section" aria-labelledby="lagesbilder-formular">
        <h2 id="lagesbilder-formular" tabIndex={-1} ref={formHeadingRef}>
          {form.id ? 'Ändra lägesbild' : 'Registrera en lägesbild'}
        </h2>
        <StatementEditor
          key={formRound}
          initial={form}
          districtId={districtId}
          onSaved={afterSave}
          onCancel={
            form.id
              ? () => {
                  setForm(emptyStatement(today()));
                  setFormRound((r) => r + 1);
                }
              : undefined
          }
        />
      </section>

      <section className="ws-section" aria-labelledby="lagesbilder-import">
        <h2 id="lagesbilder-import">Importera fjolårets siffror</h2>
        <ImportPanel districtId={districtId} />
      </section>
    </>
  );
}

function StatementTable({ statements, onEdit }: { statements: Statement[]; onEdit: (s: Statement) => void }) {
  return (
    <DataTable caption="Registrerade lägesbilder från samverkanspartner">
      <thead>
        <tr>
          <th scope="col">Källa</th>
          <th scope="col">Period</th>
          <th scope="col">Innehåll</th>
          <th scope="col">Ändra</th>
        </tr>
      </thead>
      <tbody>
        {statements.map((s) => {
          const what = `${SOURCE_LABELS[s.source]}, ${formatDay(s.from)} – ${formatDay(s.to)}`;
          const total = s.observations.reduce((n, o) => n + o.count, 0);
          return (
            <tr key={s.id}>
              <th scope="row">{SOURCE_LABELS[s.source]}</th>
              <td>
                {formatDay(s.from)} – {formatDay(s.to)}
              </td>
              <td>{s.nothingToReport ? 'Inget att rapportera' : `${total} ${total === 1 ? 'observation' : 'observationer'}${s.summary ? ', sammanfattning' : ''}`}</td>
              <td>
                <button type="button" className="ws-secondary" aria-label={`Ändra ${what}`} onClick={() => onEdit(s)}>
                  Ändra
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

interface EditorProps {
  initial: StatementForm;
  districtId: string;
  onSaved: (s: Statement) => void;
  onCancel?: () => void;
}

function StatementEditor({ initial, districtId, onSaved, onCancel }: EditorProps) {
  const base = useId();
  const idFor = (key: string) => `${base}-${key.replace(/[^\w-]/g, '-')}`;
  const areasListId = `${base}-omraden`;
  const hintId = `${base}-tips`;
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<string[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  useEffect(() => {
    if (!focusKey) return;
    document.getElementById(idFor(focusKey))?.focus();
    setFocusKey(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  const change = (patch: Partial<StatementForm>) => setForm((f) => ({ ...f, ...patch }));
  const changeRow = (key: string, patch: Partial<ObservationRow>) =>
    setForm((f) => ({ ...f, observations: f.observations.map((o) => (o.key === key ? { ...o, ...patch } : o)) }));

  function addObservation() {
    const row = nextObservation(form.observations.at(-1), form.from, '');
    setForm((f) => ({ ...f, observations: [...f.observations, row] }));
    setFocusKey(`obs.${row.key}.text`);
  }

  function removeObservation(key: string) {
    setForm((f) => ({ ...f, observations: f.observations.filter((o) => o.key !== key) }));
    setFocusKey('add');
  }

  function showErrors(found: FieldErrors, unplaced: string[], message: string) {
    setErrors(found);
    const first = fieldOrder(form).find((k) => found[k]);
    if (first) setFocusKey(first);
    else {
      setProblem([message, ...unplaced]);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const found = validateStatement(form);
    if (Object.keys(found).length > 0) {
      showErrors(found, [], 'Rätta de markerade fälten.');
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      onSaved(await api.statements.save.mutate(saveInput(form, districtId)));
    } catch (err) {
      const p = problemOf(err);
      const { errors: placed, unplaced } = localErrors(p.fields, form);
      if (Object.keys(placed).length > 0) showErrors(placed, unplaced, p.message);
      else {
        setProblem([p.message]);
      }
    } finally {
      setSaving(false);
    }
  }

  const summaryId = idFor('summary');
  return (
    <form className="ws-form ws-statement-form" onSubmit={save} noValidate>
      {problem && (
        <div className="ws-form-error" role="alert" tabIndex={-1} ref={problemRef}>
          {problem.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      <Field id={idFor('source')} label="Samverkanspartner (källa)" error={errors.source}>
        {(control) => (
          <select {...control} value={form.source} onChange={(e) => change({ source: e.target.value as StatementForm['source'] })}>
            <option value="">– välj –</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className="ws-row">
        <legend className="ws-legend">Period som lägesbilden gäller</legend>
        <Field id={idFor('from')} label="Från och med" error={errors.from}>
          {(control) => <input {...control} type="date" value={form.from} onChange={(e) => change({ from: e.target.value })} />}
        </Field>
        <Field id={idFor('to')} label="Till och med" error={errors.to}>
          {(control) => <input {...control} type="date" value={form.to} onChange={(e) => change({ to: e.target.value })} />}
        </Field>
      </fieldset>
      <div className="ws-field">
        <label className="ws-radio">
          <input
            id={idFor('nothingToReport')}
            type="checkbox"
            checked={form.nothingToReport}
            onChange={(e) => change({ nothingToReport: e.target.checked })}
          />
          Inget att rapportera
        </label>
        <p className="ws-hint">Ett svar om att partnern inte har något att rapportera räknas som ett svar.</p>
      </div>
      <Field id={summaryId} label="Sammanfattning" error={errors.summary}>
        {(control) => (
          <>
            <textarea
              {...control}
              aria-describedby={describedBy(hintId, control['aria-describedby'], `${summaryId}-kvar`)}
              rows={5}
              maxLength={SUMMARY_MAX}
              value={form.summary}
              onChange={(e) => change({ summary: e.target.value })}
            />
            <p className="ws-hint" id={`${summaryId}-kvar`}>
              {SUMMARY_MAX - form.summary.length} tecken kvar
            </p>
          </>
        )}
      </Field>
      <p className="ws-hint" id={hintId}>
        Skriv avidentifierat: inga namn, personnummer, telefonnummer, e-postadresser, gatuadresser eller registreringsnummer. Skriv
        rollen i stället, till exempel ”en elev” eller ”polisen”, och ett område i stället för en adress.
      </p>

      {!form.nothingToReport && (
        <div className="ws-vbe-form">
          <h3>Observationer</h3>
          <datalist id={areasListId} />
          {form.observations.length === 0 && <p>Inga observationer. Lägg till en för varje sak partnern rapporterat.</p>}
          {form.observations.map((row, i) => (
            <VbeObservationFields
              key={row.key}
              row={row}
              number={i + 1}
              errors={errors}
              idFor={idFor}
              areasListId={areasListId}
              hintId={i === 0 ? hintId : undefined}
              onChange={(patch) => changeRow(row.key, patch)}
              onRemove={() => removeObservation(row.key)}
              onNext={addObservation}
            />
          ))}
          <div className="ws-actions">
            <button type="button" className="ws-secondary" id={idFor('add')} onClick={addObservation}>
              Lägg till observation
            </button>
          </div>
        </div>
      )}

      <div className="ws-actions">
        <button type="submit" className="ws-primary" disabled={saving}>
          {saving ? 'Sparar …' : 'Spara lägesbilden'}
        </button>
        {onCancel && (
          <button type="button" className="ws-secondary" onClick={onCancel}>
            Avbryt ändringen
          </button>
        )}
      </div>
    </form>
  );
}
