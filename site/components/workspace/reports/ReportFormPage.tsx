// /rapportera/: the de-identified report, sent without an account. The
// server guards every free text; a refusal is shown next to its field, which
// gets focus (the refused part selected), and nothing typed is lost.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CATEGORIES, CATEGORY_LABELS, MILIEUS, MILIEU_LABELS, UNIT_TYPES, UNIT_TYPE_LABELS, type Category, type Milieu, type UnitType } from '../../../../api/domain/codes.ts';
import { LIMITS, REPORT_LIMITS } from '../../../../api/domain/limits.ts';
import { api, problemOf, type Outputs, type TextSpan } from '../../../lib/workspace/api.ts';
import { Field, FieldError, describedBy } from '../meeting/MinutesField.tsx';
import { Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';

type District = Outputs['districts']['list'][number];
type YesNo = '' | 'ja' | 'nej';

interface FormState {
  districtId: string;
  date: string;
  area: string;
  unitType: '' | UnitType;
  category: '' | Category;
  milieu: '' | Milieu;
  policeInformed: YesNo;
  socialServicesInformed: YesNo;
  text: string;
}

/** Today in Stockholm, as the server judges "not in the future". */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

const empty = (districtId: string): FormState => ({
  districtId,
  date: stockholmToday(),
  area: '',
  unitType: '',
  category: '',
  milieu: '',
  policeInformed: '',
  socialServicesInformed: '',
  text: '',
});

// Server field paths → the ids of the controls that show them.
const CONTROL_ID: Record<string, string> = {
  districtId: 'rapport-stadsdel',
  date: 'rapport-datum',
  area: 'rapport-omrade',
  unitType: 'rapport-verksamhet',
  category: 'rapport-kategori',
  milieu: 'rapport-miljo',
  policeInformed: 'rapport-polis-ja',
  socialServicesInformed: 'rapport-soc-ja',
  text: 'rapport-text',
};

const yesNo = (v: YesNo) => (v === '' ? undefined : v === 'ja');

function YesNoField({ name, legend, value, onChange, error }: { name: string; legend: string; value: YesNo; onChange: (v: YesNo) => void; error?: string }) {
  const id = `rapport-${name}`;
  return (
    <fieldset className="ws-report-yesno" aria-describedby={describedBy(error && `${id}-ja-fel`)}>
      <legend className="ws-legend">{legend}</legend>
      {(['ja', 'nej', ''] as const).map((v) => (
        <div className="ws-radio" key={v || 'vet-inte'}>
          <input type="radio" id={`${id}-${v || 'vet-inte'}`} name={id} checked={value === v} onChange={() => onChange(v)} />
          <label htmlFor={`${id}-${v || 'vet-inte'}`}>{v === 'ja' ? 'Ja' : v === 'nej' ? 'Nej' : 'Vet inte'}</label>
        </div>
      ))}
      <FieldError id={`${id}-ja`} error={error} />
    </fieldset>
  );
}

export function ReportFormPage() {
  const [districts, reload] = useLoad(() => api.districts.list.query(), []);
  if (districts.state === 'loading') return <Loading what="stadsdelarna" />;
  if (districts.state === 'failed') return <Problem problem={districts.problem} retry={reload} />;
  return <ReportForm districts={districts.data} />;
}

function ReportForm({ districts }: { districts: District[] }) {
  const [form, setForm] = useState<FormState>(() => empty(''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusTarget, setFocusTarget] = useState<{ field: string; span?: TextSpan; round: number } | null>(null);
  const receiptRef = useRef<HTMLDivElement>(null);
  const formErrorRef = useRef<HTMLParagraphElement>(null);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const areas = districts.find((d) => d.id === form.districtId)?.areas ?? [];
  const today = stockholmToday();

  useEffect(() => {
    if (receipt) receiptRef.current?.focus();
  }, [receipt]);
  useEffect(() => {
    if (formError) formErrorRef.current?.focus();
  }, [formError]);
  useEffect(() => {
    if (!focusTarget) return;
    const control = document.getElementById(CONTROL_ID[focusTarget.field] ?? '');
    if (!control) return;
    control.focus();
    const { span } = focusTarget;
    if (span && (control instanceof HTMLTextAreaElement || control instanceof HTMLInputElement)) control.setSelectionRange(span.start, span.end);
  }, [focusTarget]);

  function localErrors(): Record<string, string> {
    const found: Record<string, string> = {};
    if (!form.districtId) found.districtId = 'Välj stadsdel.';
    if (!form.date) found.date = 'Ange datum för händelsen.';
    else if (form.date > today) found.date = 'Datumet för händelsen kan inte vara i framtiden.';
    if (!form.area.trim()) found.area = 'Ange ett område, till exempel en stadsdel eller ett bostadsområde.';
    if (!form.text.trim()) found.text = 'Beskriv vad som hände.';
    return found;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setReceipt(null);
    setFormError(null);
    const found = localErrors();
    const first = Object.keys(CONTROL_ID).find((k) => found[k]);
    if (first) {
      setErrors(found);
      setFocusTarget((t) => ({ field: first, round: (t?.round ?? 0) + 1 }));
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const { receipt: code } = await api.reports.submit.mutate({
        districtId: form.districtId,
        date: form.date,
        area: form.area.trim(),
        text: form.text,
        category: form.category || undefined,
        milieu: form.milieu || undefined,
        unitType: form.unitType || undefined,
        policeInformed: yesNo(form.policeInformed),
        socialServicesInformed: yesNo(form.socialServicesInformed),
      });
      // The district stays: the next report from the same unit is likely the same district.
      setForm(empty(form.districtId));
      setReceipt(code);
    } catch (err) {
      const problem = problemOf(err);
      const field = Object.keys(problem.fields).find((f) => CONTROL_ID[f]);
      if (field) {
        setErrors(problem.fields);
        setFocusTarget((t) => ({ field, span: problem.spans?.[field], round: (t?.round ?? 0) + 1 }));
      } else {
        setFormError(problem.message);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="ws-form ws-report-form" aria-labelledby="rapport-rubrik">
      <h2 id="rapport-rubrik">Rapportera en händelse</h2>
      {receipt && (
        <div className="ws-note ws-report-receipt" role="status" tabIndex={-1} ref={receiptRef}>
          <p>
            Tack! Rapporten är skickad till samordnaren. Ditt kvittonummer är <strong className="ws-receipt">{receipt}</strong>.
          </p>
          <p>Ange numret om du vill hänvisa till rapporten. Det går inte att läsa rapporten med numret. Formuläret är tömt så att du kan skicka en ny rapport.</p>
        </div>
      )}
      {formError && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={formErrorRef}>
          {formError}
        </p>
      )}
      <p className="ws-hint">Fält markerade med * måste fyllas i.</p>

      <Field id="rapport-stadsdel" label="Stadsdel *" error={errors.districtId}>
        {(control) => (
          <select {...control} value={form.districtId} onChange={(e) => set('districtId', e.target.value)} required>
            <option value="">Välj stadsdel</option>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id="rapport-datum" label="Datum för händelsen *" hint="Dagens datum är förvalt. Ändra om händelsen var tidigare." error={errors.date}>
        {(control) => <input {...control} type="date" value={form.date} max={today} onChange={(e) => set('date', e.target.value)} required />}
      </Field>

      <Field
        id="rapport-omrade"
        label="Område *"
        hint="Ett ortnamn eller bostadsområde, till exempel Husby. Aldrig en gatuadress."
        error={errors.area}
      >
        {(control) => (
          <>
            <input {...control} type="text" list="rapport-omraden" maxLength={LIMITS.area} autoComplete="off" value={form.area} onChange={(e) => set('area', e.target.value)} required />
            <datalist id="rapport-omraden">
              {areas.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
          </>
        )}
      </Field>

      <Field id="rapport-verksamhet" label="Din verksamhet" error={errors.unitType}>
        {(control) => (
          <select {...control} value={form.unitType} onChange={(e) => set('unitType', e.target.value as FormState['unitType'])}>
            <option value="">Vill inte ange</option>
            {UNIT_TYPES.map((u) => (
              <option key={u} value={u}>
                {UNIT_TYPE_LABELS[u]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id="rapport-kategori" label="Vad gällde det?" hint="Frivilligt. Välj det som passar bäst." error={errors.category}>
        {(control) => (
          <select {...control} value={form.category} onChange={(e) => set('category', e.target.value as FormState['category'])}>
            <option value="">Vet inte eller inget av dessa</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field id="rapport-miljo" label="Vilken miljö gällde det?" hint="Frivilligt. Välj ”Vet inte” om du är osäker." error={errors.milieu}>
        {(control) => (
          <select {...control} value={form.milieu} onChange={(e) => set('milieu', e.target.value as FormState['milieu'])}>
            <option value="">Vet inte</option>
            {MILIEUS.map((m) => (
              <option key={m} value={m}>
                {MILIEU_LABELS[m]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <YesNoField name="polis" legend="Har polisen informerats?" value={form.policeInformed} onChange={(v) => set('policeInformed', v)} error={errors.policeInformed} />
      <YesNoField name="soc" legend="Har socialtjänsten informerats?" value={form.socialServicesInformed} onChange={(v) => set('socialServicesInformed', v)} error={errors.socialServicesInformed} />

      <div className="ws-field">
        <label htmlFor="rapport-text">Vad hände? *</label>
        <p className="ws-hint" id="rapport-text-tips">
          Skriv avidentifierat: inga namn, personnummer, telefonnummer, e-postadresser, gatuadresser eller registreringsnummer. Skriv rollen i stället,
          till exempel ”en elev” eller ”en förälder”.
        </p>
        <textarea
          id="rapport-text"
          rows={7}
          maxLength={REPORT_LIMITS.text}
          value={form.text}
          onChange={(e) => set('text', e.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('rapport-text-tips', 'rapport-text-antal', errors.text && 'rapport-text-fel')}
          required
        />
        <p className="ws-hint" id="rapport-text-antal">
          {REPORT_LIMITS.text - form.text.length} tecken kvar
        </p>
        <FieldError id="rapport-text" error={errors.text} />
      </div>

      <div className="ws-actions">
        <button type="submit" className="ws-primary" disabled={busy}>
          {busy ? 'Skickar …' : 'Skicka rapporten'}
        </button>
      </div>
    </form>
  );
}
