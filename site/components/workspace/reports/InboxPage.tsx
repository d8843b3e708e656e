// /arbetsyta/rapporter/?district=: the coordinator's inbox of de-identified
// reports. New ones first and marked; each is accepted into an observation
// (prefilled from the report, editable) or rejected with a reason. Every
// listing is audited on the server.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  MILIEUS,
  MILIEU_LABELS,
  REPORT_STATUSES,
  REPORT_STATUS_LABELS,
  SOURCES,
  SOURCE_LABELS,
  UNIT_TYPE_LABELS,
  type Category,
  type Milieu,
  type ReportStatus,
  type Source,
} from '../../../../api/domain/codes.ts';
import { LIMITS, REPORT_LIMITS } from '../../../../api/domain/limits.ts';
import { api, problemOf, type Outputs, type TextSpan } from '../../../lib/workspace/api.ts';
import { Field, FieldError, describedBy } from '../meeting/MinutesField.tsx';
import { useAccount } from '../Shell.tsx';
import { Empty, Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { useTitle } from '../use-title.ts';

type District = Outputs['districts']['list'][number];
type InboxReport = Outputs['reports']['list'][number];
type Draft = NonNullable<InboxReport['suggestion']>;

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
// Reports are received to the day: no time of sending is kept.
const receivedDate = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
const yesNo = (v: boolean | undefined) => (v === undefined ? 'Inte angivet' : v ? 'Ja' : 'Nej');

export function InboxPage() {
  const account = useAccount();
  useTitle('Rapporter');
  if (account.role === 'convener') {
    return (
      <div className="ws-reports">
        <h1>Rapporter</h1>
        <div className="ws-note">
          <p>Inkorgen med avidentifierade rapporter är till för lokala samordnare och administratörer.</p>
          <p>
            <a href="/arbetsyta/">Gå till Mina forum</a>
          </p>
        </div>
      </div>
    );
  }
  return <InboxForRole />;
}

function InboxForRole() {
  const account = useAccount();
  const [districts, reload] = useLoad(() => api.districts.list.query(), []);
  const [districtId, setDistrictId] = useState(() => new URLSearchParams(location.search).get('district') ?? account.districtId);
  const [status, setStatus] = useState<'' | ReportStatus>('');

  if (districts.state === 'loading') return <Loading what="stadsdelarna" />;
  if (districts.state === 'failed') return <Problem problem={districts.problem} retry={reload} />;
  const sorted = [...districts.data].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  // Coordinators have one district; a shared link to another would only be refused.
  const shown = account.role === 'admin' ? districtId : account.districtId;
  const district = sorted.find((d) => d.id === shown);

  function chooseDistrict(id: string) {
    setDistrictId(id);
    const url = new URL(location.href);
    url.searchParams.set('district', id);
    history.replaceState(null, '', url);
  }

  return (
    <div className="ws-reports">
      <h1>Rapporter{district ? `: ${district.name}` : ''}</h1>
      <p>
        Avidentifierade rapporter som medarbetare har skickat via <a href="/rapportera/">formuläret</a>. Godkänn en rapport som observation så
        räknas den i lägesbilden, eller avvisa den med en motivering. Att du öppnar inkorgen loggas.
      </p>
      <div className="ws-row ws-reports-filter">
        {account.role === 'admin' && (
          <Field id="rapporter-stadsdel" label="Stadsdel">
            {(control) => (
              <select {...control} value={shown} onChange={(e) => chooseDistrict(e.target.value)}>
                <option value="">Välj stadsdel</option>
                {sorted.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field id="rapporter-status" label="Visa">
          {(control) => (
            <select {...control} value={status} onChange={(e) => setStatus(e.target.value as '' | ReportStatus)}>
              <option value="">Alla rapporter</option>
              {REPORT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s === 'new' ? 'Nya' : s === 'accepted' ? 'Godkända' : 'Avvisade'}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {district ? <ReportList key={`${district.id}:${status}`} district={district} status={status} /> : <Empty>Välj en stadsdel.</Empty>}
    </div>
  );
}

function ReportList({ district, status }: { district: District; status: '' | ReportStatus }) {
  const [reports, reload, replace] = useLoad(() => api.reports.list.query({ districtId: district.id, status: status || undefined }), [district.id, status]);
  if (reports.state === 'loading') return <Loading what="rapporterna" />;
  if (reports.state === 'failed') return <Problem problem={reports.problem} retry={reload} />;
  const list = reports.data;
  const fresh = list.filter((r) => r.status === 'new').length;
  return (
    <section aria-labelledby="rapporter-lista" className="ws-section">
      <h2 id="rapporter-lista">
        {list.length === 0 ? 'Inga rapporter' : `${list.length} ${list.length === 1 ? 'rapport' : 'rapporter'}`}
        {fresh > 0 && `, varav ${fresh} ${fresh === 1 ? 'ny' : 'nya'}`}
      </h2>
      {list.length === 0 ? (
        <Empty>{status ? 'Inga rapporter med den statusen.' : 'Inga rapporter har kommit in ännu.'}</Empty>
      ) : (
        <ul className="ws-list ws-report-list">
          {list.map((r) => (
            <ReportItem key={r.id} report={r} areas={district.areas} onTriaged={(updated) => replace(list.map((x) => (x.id === updated.id ? updated : x)))} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReportItem({ report, areas, onTriaged }: { report: InboxReport; areas: string[]; onTriaged: (r: InboxReport) => void }) {
  const headingId = `rapport-${report.id}`;
  const isNew = report.status === 'new';
  return (
    <li className={isNew ? 'ws-report ws-report-new' : 'ws-report'}>
      <h3 id={headingId}>
        <span className={isNew ? 'ws-badge ws-badge-warn' : report.status === 'accepted' ? 'ws-badge ws-badge-ok' : 'ws-badge'}>
          {REPORT_STATUS_LABELS[report.status]}
        </span>{' '}
        Händelse {report.date}, {report.expiredAt ? 'gallrad' : report.area}
      </h3>
      <dl className="ws-report-facts">
        <div>
          <dt>Kvitto</dt>
          <dd>{report.receipt}</dd>
        </div>
        <div>
          <dt>Mottagen</dt>
          <dd>{receivedDate.format(new Date(report.receivedAt))}</dd>
        </div>
        {!report.expiredAt && (
          <>
            <div>
              <dt>Verksamhet</dt>
              <dd>{report.unitType ? UNIT_TYPE_LABELS[report.unitType] : 'Inte angiven'}</dd>
            </div>
            <div>
              <dt>Vad gällde det?</dt>
              <dd>{report.category ? CATEGORY_LABELS[report.category] : 'Inte angivet'}</dd>
            </div>
            <div>
              <dt>Miljö</dt>
              <dd>{report.milieu ? MILIEU_LABELS[report.milieu] : 'Vet inte'}</dd>
            </div>
            <div>
              <dt>Polisen informerad</dt>
              <dd>{yesNo(report.policeInformed)}</dd>
            </div>
            <div>
              <dt>Socialtjänsten informerad</dt>
              <dd>{yesNo(report.socialServicesInformed)}</dd>
            </div>
          </>
        )}
      </dl>
      {report.expiredAt ? (
        <p className="ws-meta">Rapportens text och detaljer gallrades {dateTime.format(new Date(report.expiredAt))}. En observation som gjorts av den finns kvar.</p>
      ) : (
        <p className="ws-minutes-text ws-report-text">{report.text}</p>
      )}
      {report.triage && (
        <p className="ws-meta">
          {report.status === 'accepted' ? 'Godkänd' : 'Avvisad'} {dateTime.format(new Date(report.triage.at))}
          {report.triage.note && <>: {report.triage.note}</>}
          {report.observation && ` (observation: ${CATEGORY_LABELS[report.observation.category]}, ${report.observation.area}, antal ${report.observation.count})`}
        </p>
      )}
      {report.suggestion && <TriageForm report={report} suggestion={report.suggestion} areas={areas} onTriaged={onTriaged} />}
    </li>
  );
}

function TriageForm({ report, suggestion, areas, onTriaged }: { report: InboxReport; suggestion: Draft; areas: string[]; onTriaged: (r: InboxReport) => void }) {
  const decided = report.status !== 'new';
  const [open, setOpen] = useState(!decided);
  const [decision, setDecision] = useState<'accepted' | 'rejected'>('accepted');
  const [obs, setObs] = useState<Draft>(() => (report.observation ? { ...report.observation } : { ...suggestion }));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focus, setFocus] = useState<{ id: string; span?: TextSpan; round: number } | null>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  // The form that had focus is gone once saved: focus moves to what replaces it.
  const [saved, setSaved] = useState<'accepted' | 'rejected' | null>(null);
  const p = `bedom-${report.id}`;

  useEffect(() => {
    if (saved && !open) changeRef.current?.focus();
  }, [saved, open]);

  useEffect(() => {
    if (!focus) return;
    const control = document.getElementById(focus.id);
    control?.focus();
    if (focus.span && (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement)) control.setSelectionRange(focus.span.start, focus.span.end);
  }, [focus]);
  useEffect(() => {
    if (formError) formErrorRef.current?.focus();
  }, [formError]);

  const idOf = (field: string) => (field === 'note' ? `${p}-motivering` : field.startsWith('observation.') ? `${p}-${field.slice('observation.'.length)}` : null);
  const setField = <K extends keyof Draft>(key: K, value: Draft[K]) => setObs((o) => ({ ...o, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    if (decision === 'rejected' && !note.trim()) {
      setErrors({ note: 'Ange varför rapporten avvisas.' });
      setFocus((f) => ({ id: `${p}-motivering`, round: (f?.round ?? 0) + 1 }));
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const updated = await api.reports.triage.mutate({
        id: report.id,
        decision,
        ...(decision === 'accepted' ? { observation: { ...obs, count: Number(obs.count) } } : {}),
        ...(note.trim() ? { note } : {}),
      });
      onTriaged({ ...updated, suggestion });
      setSaved(decision);
      setOpen(false);
    } catch (err) {
      const problem = problemOf(err);
      const field = Object.keys(problem.fields).find((f) => idOf(f));
      if (field) {
        setErrors(problem.fields);
        setFocus((f) => ({ id: idOf(field)!, span: problem.spans?.[field], round: (f?.round ?? 0) + 1 }));
      } else setFormError(problem.message);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <div className="ws-actions">
        {saved && (
          <p className="ws-save-state" role="status">
            {saved === 'accepted' ? 'Godkänd: observationen räknas i lägesbilden.' : 'Avvisad, med motiveringen sparad.'}
          </p>
        )}
        <button type="button" className="ws-secondary" onClick={() => setOpen(true)} ref={changeRef}>
          Ändra bedömningen
        </button>
      </div>
    );
  }

  const err = (field: string) => errors[`observation.${field}`];
  return (
    <form className="ws-form ws-triage" onSubmit={submit} noValidate aria-label={`Bedöm rapporten ${report.receipt}`}>
      {formError && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={formErrorRef}>
          {formError}
        </p>
      )}
      <fieldset className="ws-vbe-status">
        <legend className="ws-legend">Bedömning</legend>
        <div className="ws-radio">
          <input type="radio" id={`${p}-godkann`} name={`${p}-beslut`} checked={decision === 'accepted'} onChange={() => setDecision('accepted')} />
          <label htmlFor={`${p}-godkann`}>Godkänn som observation</label>
        </div>
        <div className="ws-radio">
          <input type="radio" id={`${p}-avvisa`} name={`${p}-beslut`} checked={decision === 'rejected'} onChange={() => setDecision('rejected')} />
          <label htmlFor={`${p}-avvisa`}>Avvisa</label>
        </div>
      </fieldset>
      {decision === 'accepted' && (
        <fieldset className="ws-vbe-row">
          <legend className="ws-legend">Observation</legend>
          <p className="ws-hint">Förifylld från rapporten. Skriv avidentifierat: området är ett ortnamn, beskrivningen har inga namn eller nummer.</p>
          <div className="ws-obs-fields">
            <Field id={`${p}-milieu`} label="Miljö" error={err('milieu')}>
              {(c) => (
                <select {...c} value={obs.milieu} onChange={(e) => setField('milieu', e.target.value as Milieu)}>
                  {MILIEUS.map((m) => (
                    <option key={m} value={m}>
                      {MILIEU_LABELS[m]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${p}-category`} label="Kategori" error={err('category')}>
              {(c) => (
                <select {...c} value={obs.category} onChange={(e) => setField('category', e.target.value as Category)}>
                  {CATEGORIES.map((k) => (
                    <option key={k} value={k}>
                      {CATEGORY_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${p}-source`} label="Källa" error={err('source')}>
              {(c) => (
                <select {...c} value={obs.source} onChange={(e) => setField('source', e.target.value as Source)}>
                  {SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {SOURCE_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${p}-area`} label="Område" error={err('area')}>
              {(c) => (
                <>
                  <input {...c} type="text" list={`${p}-omraden`} maxLength={LIMITS.area} value={obs.area} onChange={(e) => setField('area', e.target.value)} />
                  <datalist id={`${p}-omraden`}>
                    {areas.map((a) => (
                      <option key={a} value={a} />
                    ))}
                  </datalist>
                </>
              )}
            </Field>
            <Field id={`${p}-count`} label="Antal" error={err('count')}>
              {(c) => <input {...c} type="number" min={1} max={LIMITS.observationCount} value={obs.count} onChange={(e) => setField('count', e.target.valueAsNumber || 0)} />}
            </Field>
            <Field id={`${p}-date`} label="Datum" error={err('date')}>
              {(c) => <input {...c} type="date" value={obs.date} onChange={(e) => setField('date', e.target.value)} />}
            </Field>
          </div>
          <Field id={`${p}-text`} label="Beskrivning" error={err('text')}>
            {(c) => <textarea {...c} rows={3} maxLength={LIMITS.observationText} value={obs.text} onChange={(e) => setField('text', e.target.value)} />}
          </Field>
        </fieldset>
      )}
      <div className="ws-field">
        <label htmlFor={`${p}-motivering`}>{decision === 'rejected' ? 'Motivering *' : 'Anteckning (frivillig)'}</label>
        <textarea
          id={`${p}-motivering`}
          rows={2}
          maxLength={REPORT_LIMITS.note}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(errors.note && `${p}-motivering-fel`)}
        />
        <FieldError id={`${p}-motivering`} error={errors.note} />
      </div>
      <div className="ws-actions">
        <button type="submit" className="ws-primary" disabled={busy}>
          {busy ? 'Sparar …' : decision === 'accepted' ? 'Godkänn' : 'Avvisa rapporten'}
        </button>
        {decided && (
          <button type="button" className="ws-secondary" onClick={() => setOpen(false)}>
            Avbryt
          </button>
        )}
      </div>
    </form>
  );
}
