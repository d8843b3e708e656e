// The units' survey answer page (/enkat/#t=…): no account, the token from
// the link's fragment, taken out of the address bar at once and kept in
// memory. The questions follow the city's common survey; a draft is kept in
// this browser (under a hash of the token) while the form is filled in, and
// the answer can be corrected through the same link until the closing day.
import { useEffect, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import {
  AWARENESS,
  AWARENESS_LABELS,
  AWARENESS_TOPIC_LABELS,
  AWARENESS_TOPICS,
  CATEGORIES,
  CATEGORY_LABELS,
  COLLABORATION,
  COLLABORATION_LABELS,
  COLLABORATION_PARTNER_LABELS,
  COLLABORATION_PARTNERS,
  MILIEU_LABELS,
  MILIEUS,
  STAFF_KNOWLEDGE,
  STAFF_KNOWLEDGE_LABELS,
  type AwarenessTopic,
  type Category,
  type Milieu,
} from '../../../../api/domain/codes.ts';
import { SURVEY_LIMITS } from '../../../../api/domain/limits.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { api, problemOf, type ApiProblem, type Outputs } from '../../../lib/workspace/api.ts';
import { Loading } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { useTitle } from '../use-title.ts';
import { answersOf, clearDraft, draftStorage, emptyForm, fieldLabel, formOf, formProblems, inPageOrder, readDraft, saveDraft, startingForm, tokenFromHash, type AnswerForm } from './answer-form.ts';

type Form = Outputs['surveys']['form'];

/** `answers.awareness.plan` → `enkat-answers-awareness-plan`: one id per field, for focus and descriptions. */
const idOf = (path: string) => `enkat-${path.replace(/\./g, '-')}`;

/** The element a field's error leads to: a radio group's first choice, else the field itself. */
const targetId = (path: string) => (/^answers\.(awareness|staffAwareness|collaboration|staffKnowledge)\b/.test(path) ? `${idOf(path)}-0` : idOf(path));

export function AnswerPage() {
  const [token, setToken] = useState(() => tokenFromHash(location.hash));
  // The token lets anyone answer for the unit: out of the address bar and the history (a shared screen, a synced browser).
  useEffect(() => {
    function takeToken() {
      const fresh = tokenFromHash(location.hash);
      if (!fresh) return;
      setToken(fresh);
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    takeToken();
    // The link opened again in this tab changes only the fragment.
    addEventListener('hashchange', takeToken);
    return () => removeEventListener('hashchange', takeToken);
  }, []);
  const [loaded] = useLoad<Form | null>(() => (token ? api.surveys.form.mutate({ token }) : Promise.resolve(null)), [token]);
  useTitle(loaded.state === 'ready' && loaded.data ? `Enkät för ${loaded.data.unitName}` : null);

  return (
    <div className="ws-survey">
      <h1>Kartläggningsenkät om våldsbejakande extremism</h1>
      {loaded.state === 'loading' && <Loading what="enkäten" />}
      {loaded.state === 'failed' && <LinkProblem problem={loaded.problem} />}
      {loaded.state === 'ready' && !loaded.data && <LinkProblem />}
      {loaded.state === 'ready' && loaded.data && <Survey key={token} token={token} form={loaded.data} />}
    </div>
  );
}

function LinkProblem({ problem }: { problem?: ApiProblem }) {
  return (
    <div className="ws-state ws-error" role="alert">
      <p>
        {!problem || problem.code === 'NOT_FOUND'
          ? 'Länken till enkäten fungerar inte. Kontrollera att du har kopierat hela länken från meddelandet, eller be stadsdelens samordnare om länken igen.'
          : problem.message}
      </p>
    </div>
  );
}

function Survey({ token, form: survey }: { token: string; form: Form }) {
  const [sent, setSent] = useState<{ correcting: boolean; closesOn: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (sent) heading.current?.focus();
  }, [sent]);

  const about = (
    <dl className="ws-survey-about">
      <div>
        <dt>Enhet</dt>
        <dd>{survey.unitName}</dd>
      </div>
      <div>
        <dt>Stadsdel</dt>
        <dd>{survey.districtName}</dd>
      </div>
      <div>
        <dt>Sista svarsdag</dt>
        <dd>{formatDay(survey.closesOn)}</dd>
      </div>
    </dl>
  );

  if (sent) {
    return (
      <>
        {about}
        <div className="ws-note ws-survey-thanks">
          <h2 ref={heading} tabIndex={-1}>
            {sent.correcting ? 'Tack! Era rättade svar är sparade.' : 'Tack för era svar!'}
          </h2>
          <p>
            Du kan rätta svaren till och med {formatDay(sent.closesOn)}: öppna samma länk igen, så visas svaren som de är sparade.
          </p>
        </div>
      </>
    );
  }
  if (!survey.open) {
    return (
      <>
        {about}
        <p className="ws-state ws-note">Enkäten har stängt. Svar togs emot till och med {formatDay(survey.closesOn)}. Hör av dig till stadsdelens samordnare om något behöver ändras.</p>
      </>
    );
  }
  return (
    <>
      {about}
      <AnswerFormView token={token} survey={survey} onSent={setSent} />
    </>
  );
}

function AnswerFormView({ token, survey, onSent }: { token: string; survey: Form; onSent: (s: { correcting: boolean; closesOn: string }) => void }) {
  const storage = draftStorage();
  const [start] = useState(() => startingForm(readDraft(storage, token), survey.answers, survey.answeredAt));
  const fromDraft = start.from === 'draft';
  const [form, setForm] = useState<AnswerForm>(start.form);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const nextKey = useRef(Math.max(0, ...form.incidents.map((r) => r.key)) + 1);
  const touched = useRef(false);

  // A draft older than the answer sent would only bring back what was replaced.
  useEffect(() => {
    if (start.draftOutdated) clearDraft(storage, token);
  }, [start, storage, token]);

  // The draft follows every change, so a closed tab or a lost connection costs nothing.
  useEffect(() => {
    if (touched.current) saveDraft(storage, token, form);
  }, [form, storage, token]);

  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(idOf(`answers.incidents.${focusRow}.milieu`))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  function update(change: (f: AnswerForm) => AnswerForm) {
    touched.current = true;
    setForm(change);
  }

  const errorOf = (path: string) => problem?.fields[path];

  const fieldElement = (path: string) => document.getElementById(targetId(path));

  /** The first field in page order, a text field with the refused part selected; else the summary. */
  function focusFirst(fields: Record<string, string>, spans?: ApiProblem['spans']) {
    const first = inPageOrder(Object.keys(fields))[0];
    const el = first ? fieldElement(first) : null;
    if (!first || !el) {
      summaryRef.current?.focus();
      return;
    }
    el.focus();
    const span = spans?.[first];
    if (span && el instanceof HTMLTextAreaElement) el.setSelectionRange(span.start, span.end);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const local = formProblems(form);
    if (Object.keys(local).length > 0) {
      const count = Object.keys(local).length;
      setProblem({ code: 'BAD_REQUEST', message: count === 1 ? 'En fråga behöver rättas eller besvaras.' : `${count} frågor behöver rättas eller besvaras.`, fields: local });
      requestAnimationFrame(() => focusFirst(local));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await api.surveys.respond.mutate({ token, answers: answersOf(form) });
      clearDraft(storage, token);
      onSent(result);
    } catch (err) {
      const p = problemOf(err);
      setProblem(p);
      setBusy(false);
      requestAnimationFrame(() => focusFirst(p.fields, p.spans));
    }
  }

  function addRow() {
    const index = form.incidents.length;
    update((f) => ({ ...f, incidents: [...f.incidents, { key: nextKey.current++, milieu: '', category: '', count: '1' }] }));
    setFocusRow(index);
  }

  function removeRow(index: number) {
    update((f) => ({ ...f, incidents: f.incidents.filter((_, i) => i !== index) }));
    // Errors are by position: after a removal they would point at the wrong rows.
    setProblem(null);
    addRef.current?.focus();
  }

  function discardDraft() {
    clearDraft(storage, token);
    touched.current = false;
    setForm(survey.answers ? formOf(survey.answers) : emptyForm());
    setProblem(null);
  }

  const fieldCount = problem ? Object.keys(problem.fields).length : 0;
  const commentError = errorOf('answers.comment');
  const staffError = errorOf('answers.staff');
  const courseError = errorOf('answers.courseCompleted');

  return (
    <form className="ws-form ws-survey-form" onSubmit={submit} noValidate>
      <div className="ws-survey-intro">
        <p>
          Enkäten besvaras av enhetens chef, gärna efter att ha frågat medarbetarna. Svaren används i stadsdelens lokala lägesbild. Skriv inga
          uppgifter om enskilda personer.
        </p>
        {start.draftOutdated && (
          <p className="ws-note">
            Ett utkast i den här webbläsaren var äldre än svaren som er enhet har skickat, så det är slängt. Här visas de skickade svaren.
          </p>
        )}
        {survey.answers && !fromDraft && <p className="ws-note">Er enhet har redan svarat. Här är svaren som de är sparade: ändra det som behövs och skicka igen.</p>}
        {fromDraft && (
          <div className="ws-note">
            <p>Ett utkast som sparats i den här webbläsaren har lästs in. Det är inte skickat ännu.</p>
            <button type="button" className="ws-secondary" onClick={discardDraft}>
              Släng utkastet
            </button>
          </div>
        )}
        <p className="ws-hint">Utkastet sparas i den här webbläsaren medan du fyller i och raderas när svaren är skickade.</p>
      </div>

      {problem && (
        <div className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{fieldCount > 0 ? (problem.code === 'BAD_REQUEST' && problem.message.startsWith('Ogiltiga') ? 'Några svar behöver rättas.' : problem.message) : problem.message}</p>
          {fieldCount > 0 && (
            <ul>
              {inPageOrder(Object.keys(problem.fields)).map((path) => (
                <li key={path}>
                  <a
                    href={`#${targetId(path)}`}
                    onClick={(e) => {
                      // Focus, not the fragment: following it would only scroll.
                      e.preventDefault();
                      fieldElement(path)?.focus();
                    }}
                  >
                    {fieldLabel(path)}: {problem.fields[path]}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <fieldset className="ws-survey-section">
        <legend>
          <h2>Händelser under året</h2>
        </legend>
        <p className="ws-hint" id="enkat-incidents-hint">
          Hur många gånger har enheten sett uttryck för våldsbejakande extremism under året? Lägg till en rad per miljö och typ av händelse. Inga
          rader betyder att enheten inte har sett något.
        </p>
        {errorOf('answers.incidents') && (
          <p className="ws-field-error" id={idOf('answers.incidents')} tabIndex={-1}>
            {errorOf('answers.incidents')}
          </p>
        )}
        {form.incidents.map((row, i) => (
          <fieldset key={row.key} className="ws-survey-row">
            <legend>Händelse {i + 1}</legend>
            <div className="ws-obs-fields">
              <Select
                path={`answers.incidents.${i}.milieu`}
                label="Miljö"
                value={row.milieu}
                options={MILIEUS.map((m) => [m, MILIEU_LABELS[m]])}
                error={errorOf(`answers.incidents.${i}.milieu`)}
                onChange={(v) => update((f) => ({ ...f, incidents: f.incidents.map((r, j) => (j === i ? { ...r, milieu: v as Milieu } : r)) }))}
              />
              <Select
                path={`answers.incidents.${i}.category`}
                label="Typ av händelse"
                value={row.category}
                options={CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])}
                error={errorOf(`answers.incidents.${i}.category`)}
                onChange={(v) => update((f) => ({ ...f, incidents: f.incidents.map((r, j) => (j === i ? { ...r, category: v as Category } : r)) }))}
              />
              <NumberField
                path={`answers.incidents.${i}.count`}
                label="Antal gånger"
                value={row.count}
                error={errorOf(`answers.incidents.${i}.count`)}
                className="ws-obs-short"
                onChange={(v) => update((f) => ({ ...f, incidents: f.incidents.map((r, j) => (j === i ? { ...r, count: v } : r)) }))}
              />
            </div>
            <p className="ws-actions">
              <button type="button" className="ws-danger" onClick={() => removeRow(i)}>
                Ta bort händelse {i + 1}
              </button>
            </p>
          </fieldset>
        ))}
        {form.incidents.length < SURVEY_LIMITS.incidents && (
          <p className="ws-actions">
            <button type="button" className="ws-secondary" onClick={addRow} ref={addRef}>
              Lägg till en händelse
            </button>
          </p>
        )}
      </fieldset>

      {(['awareness', 'staffAwareness'] as const).map((group) => (
        <fieldset key={group} className="ws-survey-section">
          <legend>
            <h2>{group === 'awareness' ? 'Din kännedom som chef' : 'Medarbetarnas kännedom'}</h2>
          </legend>
          <p className="ws-hint">
            {group === 'awareness' ? 'Hur väl känner du till följande?' : 'Hur väl känner medarbetarna till följande, enligt din bedömning?'}
          </p>
          {AWARENESS_TOPICS.map((topic: AwarenessTopic) => (
            <RadioGroup
              key={topic}
              path={`answers.${group}.${topic}`}
              legend={AWARENESS_TOPIC_LABELS[topic]}
              options={AWARENESS.map((a) => [a, AWARENESS_LABELS[a]])}
              value={form[group][topic] ?? ''}
              error={errorOf(`answers.${group}.${topic}`)}
              onChange={(v) => update((f) => ({ ...f, [group]: { ...f[group], [topic]: v } }))}
            />
          ))}
        </fieldset>
      ))}

      <fieldset className="ws-survey-section">
        <legend>
          <h2>Samverkan</h2>
        </legend>
        <p className="ws-hint">Samverkar enheten med följande i frågor om våldsbejakande extremism, eller önskar ni samverkan?</p>
        {COLLABORATION_PARTNERS.map((partner) => (
          <RadioGroup
            key={partner}
            path={`answers.collaboration.${partner}`}
            legend={COLLABORATION_PARTNER_LABELS[partner]}
            options={COLLABORATION.map((c) => [c, COLLABORATION_LABELS[c]])}
            value={form.collaboration[partner] ?? ''}
            error={errorOf(`answers.collaboration.${partner}`)}
            onChange={(v) => update((f) => ({ ...f, collaboration: { ...f.collaboration, [partner]: v } }))}
          />
        ))}
      </fieldset>

      <fieldset className="ws-survey-section">
        <legend>
          <h2>Medarbetarnas kunskap och webbutbildningen</h2>
        </legend>
        <RadioGroup
          path="answers.staffKnowledge"
          legend="Medarbetarnas kunskapsnivå om våldsbejakande extremism"
          options={STAFF_KNOWLEDGE.map((k) => [k, STAFF_KNOWLEDGE_LABELS[k]])}
          value={form.staffKnowledge}
          error={errorOf('answers.staffKnowledge')}
          onChange={(v) => update((f) => ({ ...f, staffKnowledge: v as AnswerForm['staffKnowledge'] }))}
        />
        <div className="ws-obs-fields">
          <NumberField path="answers.staff" label="Antal medarbetare på enheten" value={form.staff} error={staffError} onChange={(v) => update((f) => ({ ...f, staff: v }))} />
          <NumberField
            path="answers.courseCompleted"
            label="Varav har gått stadens webbutbildning"
            value={form.courseCompleted}
            error={courseError}
            onChange={(v) => update((f) => ({ ...f, courseCompleted: v }))}
          />
        </div>
      </fieldset>

      <div className="ws-field">
        <label htmlFor={idOf('answers.comment')}>Övriga kommentarer (frivilligt)</label>
        <textarea
          id={idOf('answers.comment')}
          value={form.comment}
          maxLength={SURVEY_LIMITS.comment}
          onChange={(e) => update((f) => ({ ...f, comment: e.target.value }))}
          aria-describedby={commentError ? `${idOf('answers.comment')}-hint ${idOf('answers.comment')}-fel` : `${idOf('answers.comment')}-hint`}
          aria-invalid={commentError ? true : undefined}
        />
        <p className="ws-hint" id={`${idOf('answers.comment')}-hint`}>
          Skriv inga namn, personnummer, telefonnummer, e-postadresser, gatuadresser eller registreringsnummer: skriv rollen i stället, till exempel
          ”en elev” eller ”en förälder”. {SURVEY_LIMITS.comment - form.comment.length} tecken kvar.
        </p>
        {commentError && (
          <p className="ws-field-error" id={`${idOf('answers.comment')}-fel`}>
            {commentError}
          </p>
        )}
      </div>

      <p className="ws-actions">
        <button type="submit" className="ws-primary" disabled={busy}>
          {busy ? 'Skickar …' : survey.answers ? 'Skicka de rättade svaren' : 'Skicka svaren'}
        </button>
      </p>
    </form>
  );
}

function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p className="ws-field-error" id={id}>
      {children}
    </p>
  );
}

function Select({ path, label, value, options, error, onChange }: { path: string; label: string; value: string; options: [string, string][]; error?: string; onChange: (v: string) => void }) {
  const id = idOf(path);
  return (
    <div className="ws-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-fel` : undefined}>
        <option value="">Välj …</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {error && <FieldError id={`${id}-fel`}>{error}</FieldError>}
    </div>
  );
}

function NumberField({ path, label, value, error, onChange, className }: { path: string; label: string; value: string; error?: string; onChange: (v: string) => void; className?: string }) {
  const id = idOf(path);
  return (
    <div className={`ws-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {/* Text with a numeric keyboard: type=number swallows what it cannot parse, so the error could not name it. */}
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={7}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-fel` : undefined}
      />
      {error && <FieldError id={`${id}-fel`}>{error}</FieldError>}
    </div>
  );
}

function RadioGroup({ path, legend, options, value, error, onChange }: { path: string; legend: string; options: [string, string][]; value: string; error?: string; onChange: (v: string) => void }) {
  const id = idOf(path);
  return (
    <fieldset className="ws-survey-question" aria-describedby={error ? `${id}-fel` : undefined}>
      <legend className="ws-legend">{legend}</legend>
      <div className="ws-survey-choices">
        {options.map(([v, l], i) => (
          <label key={v} className="ws-radio">
            <input id={`${id}-${i}`} type="radio" name={id} value={v} checked={value === v} onChange={() => onChange(v)} aria-invalid={error ? true : undefined} /> {l}
          </label>
        ))}
      </div>
      {error && <FieldError id={`${id}-fel`}>{error}</FieldError>}
    </fieldset>
  );
}
