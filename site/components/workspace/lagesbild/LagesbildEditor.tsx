// The coordinator's own text of the lägesbild (issue 12, part A): three
// sections that start from the draft written from the figures, saved with
// every version kept, adopted (fastställd) with a decision and then locked,
// reopened with a reason. The city's read-only coordinator sees the text and
// versions without the controls. Rules in api/domain/lagesbild-doc.ts.
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { LAGESBILD_LIMITS } from '../../../../api/domain/limits.ts';
import { MIN_REOPEN_REASON, SECTION_KEYS, SECTION_LABELS, type SectionKey } from '../../../../api/domain/lagesbild-sections.ts';
import { draftText, type DraftSection } from '../../../../api/domain/lagesbild-text.ts';
import { formatDateTime } from '../../../../api/domain/swedish-format.ts';
import type { LagesbildDocument, LagesbildSections, LagesbildVersion } from '../../../../api/domain/types.ts';
import { api, problemOf, signInUrl } from '../../../lib/workspace/api.ts';
import { controlProps, FieldError } from '../meeting/MinutesField.tsx';
import { useAccount } from '../Shell.tsx';
import { Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';

export interface LagesbildEditorProps {
  districtId: string;
  from: string;
  to: string;
  draft: DraftSection[];
}

const HINTS: Record<SectionKey, string> = {
  summary: 'Det viktigaste i korthet. Börjar från utkastets källor och övergripande bild.',
  analysis: 'Vad siffrorna betyder för stadsdelen. Börjar från utkastets text om miljöerna, forumen, rapporterna och kunskapen.',
  needs: 'Vad handlingsplanen behöver ta upp inför nästa år.',
};

const CHANGE_LABELS: Record<LagesbildVersion['change'], string> = {
  save: 'Sparad',
  adopt: 'Fastställd',
  reopen: 'Öppnad igen',
  redact: 'Text borttagen',
};

/** Where a new lägesbild's sections start: the draft, split between summary and analysis. */
export function sectionsFromDraft(draft: readonly DraftSection[]): LagesbildSections {
  return {
    summary: draftText(draft, ['sources', 'overall']),
    analysis: draftText(draft, ['milieus', 'forums', 'reports', 'knowledge']),
    needs: '',
  };
}

const latest = (doc: LagesbildDocument) => doc.versions.reduce((max, v) => Math.max(max, v.version), 0);

export function LagesbildEditor({ districtId, from, to, draft }: LagesbildEditorProps) {
  const readOnly = useAccount().role === 'city';
  const [found, reload] = useLoad(async () => {
    const list = await api.lagesbild.list.query({ districtId });
    const same = list.find((d) => d.from === from && d.to === to);
    return same ? (await api.lagesbild.get.query({ id: same.id })).document : null;
  }, [districtId, from, to]);

  if (found.state === 'loading') return <Loading what="lägesbildens text" />;
  if (found.state === 'failed') return <Problem problem={found.problem} retry={reload} />;
  return (
    <LagesbildEditorView key={found.data?.id ?? 'ny'} districtId={districtId} from={from} to={to} draft={draft} initial={found.data} readOnly={readOnly} />
  );
}

/** The editor over a loaded document (null: none saved for the period); `readOnly` for the city's coordinator. */
export function LagesbildEditorView({
  districtId,
  from,
  to,
  draft,
  initial,
  readOnly,
}: LagesbildEditorProps & { initial: LagesbildDocument | null; readOnly: boolean }) {
  const id = useId();
  const [doc, setDoc] = useState<LagesbildDocument | null>(initial);
  const [sections, setSections] = useState<LagesbildSections>(() => initial?.sections ?? sectionsFromDraft(draft));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [problem, setProblem] = useState<{
    text: string;
    signedOut: boolean;
  } | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const fieldId = (key: string) => `${id}-${key}`;

  const adopted = doc?.status === 'adopted';
  const unsaved = !doc || SECTION_KEYS.some((k) => sections[k] !== doc.sections[k]);

  // Field errors go to the first refused field; anything else to the message above the form.
  function fail(err: unknown, fieldOf: (path: string) => string | undefined) {
    const p = problemOf(err);
    const fields = Object.entries(p.fields)
      .map(([path, message]) => [fieldOf(path), message] as const)
      .filter((e): e is [string, string] => e[0] !== undefined);
    if (fields.length > 0) {
      setErrors(Object.fromEntries(fields));
      document.getElementById(fieldId(fields[0][0]))?.focus();
    } else {
      setProblem({ text: p.message, signedOut: p.code === 'UNAUTHORIZED' });
      setTimeout(() => problemRef.current?.focus(), 0);
    }
  }

  async function run(
    action: () => Promise<{ version: number; document: LagesbildDocument }>,
    done: (version: number) => string,
    fieldOf: (path: string) => string | undefined,
  ) {
    if (busy) return;
    setBusy(true);
    setErrors({});
    setProblem(null);
    setStatus('');
    try {
      const result = await action();
      setDoc(result.document);
      setSections(result.document.sections);
      setStatus(done(result.version));
    } catch (err) {
      fail(err, fieldOf);
    } finally {
      setBusy(false);
    }
  }

  function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(
      () =>
        api.lagesbild.saveDraft.mutate({
          ...(doc ? { id: doc.id, baseVersion: latest(doc) } : {}),
          districtId,
          from,
          to,
          sections,
        }),
      (v) => `Texten är sparad som version ${v}.`,
      (path) => (path.startsWith('sections.') ? path.slice('sections.'.length) : undefined),
    );
  }

  return (
    <div className="lb-editor">
      <p className="lb-editor-status">
        {!doc && (readOnly ? 'Ingen lägesbild är sparad för perioden.' : 'Inte sparad ännu. Texten nedan börjar från utkastet.')}
        {doc && !adopted && `Utkast, version ${latest(doc)}${unsaved ? ' (ändringar som inte är sparade)' : ''}.`}
        {doc?.adoption &&
          `Fastställd ${formatDateTime(doc.adoption.at)} (version ${doc.adoption.version})${doc.adoption.decision ? `, ${doc.adoption.decision}` : ''}. Siffrorna är låsta som de var då.`}
      </p>
      <p className="ws-visually-hidden" role="status">
        {status}
      </p>
      {status && <p className="lb-editor-saved">{status}</p>}
      {problem && (
        <div className="ws-form-error" role="alert" tabIndex={-1} ref={problemRef}>
          <p>
            {problem.text} {problem.signedOut && <a href={signInUrl()}>Logga in igen</a>}
          </p>
        </div>
      )}

      {readOnly || adopted ? (
        <div className="lb-editor-text">
          {SECTION_KEYS.map((k) => (
            <section key={k} aria-labelledby={fieldId(`rubrik-${k}`)}>
              <h3 id={fieldId(`rubrik-${k}`)}>{SECTION_LABELS[k]}</h3>
              {(doc?.sections[k] ?? '')
                .split(/\n{2,}/)
                .filter(Boolean)
                .map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              {!doc?.sections[k] && <p className="ws-hint">Ingen text.</p>}
            </section>
          ))}
        </div>
      ) : (
        <form onSubmit={save} noValidate className="ws-form lb-editor-form">
          {SECTION_KEYS.map((k) => (
            <div className="ws-field" key={k}>
              <label htmlFor={fieldId(k)}>{SECTION_LABELS[k]}</label>
              <p className="ws-hint" id={`${fieldId(k)}-tips`}>
                {HINTS[k]} Avidentifierat, högst {LAGESBILD_LIMITS.section.toLocaleString('sv-SE')} tecken.
              </p>
              <textarea
                {...controlProps(fieldId(k), errors[k], `${fieldId(k)}-tips`)}
                maxLength={LAGESBILD_LIMITS.section}
                rows={k === 'needs' ? 6 : 12}
                value={sections[k]}
                onChange={(e) => setSections((s) => ({ ...s, [k]: e.target.value }))}
              />
              <FieldError id={fieldId(k)} error={errors[k]} />
            </div>
          ))}
          <div className="ws-actions">
            <button type="submit" disabled={busy}>
              {busy ? 'Sparar …' : doc ? 'Spara ny version' : 'Spara'}
            </button>
          </div>
        </form>
      )}

      {!readOnly && doc && !adopted && (
        <AdoptForm
          doc={doc}
          unsaved={unsaved}
          busy={busy}
          error={errors.decision}
          fieldId={fieldId('beslut')}
          onAdopt={(decision) =>
            void run(
              () =>
                api.lagesbild.adopt.mutate({
                  id: doc.id,
                  version: latest(doc),
                  ...(decision ? { decision } : {}),
                }),
              () => 'Lägesbilden är fastställd och låst.',
              (path) => (path === 'decision' ? 'beslut' : undefined),
            )
          }
        />
      )}

      {!readOnly && adopted && doc && (
        <ReopenForm
          busy={busy}
          error={errors.motivering}
          fieldId={fieldId('motivering')}
          onReopen={(reason) =>
            void run(
              () => api.lagesbild.reopen.mutate({ id: doc.id, reason }),
              (v) => `Lägesbilden är öppnad igen (version ${v}) och kan ändras.`,
              (path) => (path === 'reason' ? 'motivering' : undefined),
            )
          }
          onInvalid={(message) => {
            setErrors({ motivering: message });
            document.getElementById(fieldId('motivering'))?.focus();
          }}
        />
      )}

      {doc && <Versions doc={doc} />}
    </div>
  );
}

function AdoptForm(props: { doc: LagesbildDocument; unsaved: boolean; busy: boolean; error?: string; fieldId: string; onAdopt: (decision: string) => void }) {
  const [decision, setDecision] = useState('');
  return (
    <form
      className="ws-form lb-adopt"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!props.unsaved) props.onAdopt(decision.trim());
      }}
    >
      <h3>Fastställ</h3>
      {props.unsaved ? (
        <p className="ws-hint">Spara texten först: det är en sparad version som fastställs.</p>
      ) : (
        <p className="ws-hint">Version {latest(props.doc)} fastställs och låses tillsammans med periodens siffror som de är nu.</p>
      )}
      <div className="ws-field">
        <label htmlFor={props.fieldId}>Beslut (valfritt)</label>
        <p className="ws-hint" id={`${props.fieldId}-tips`}>
          Till exempel nämndens diarienummer och datum.
        </p>
        <input
          {...controlProps(props.fieldId, props.error, `${props.fieldId}-tips`)}
          type="text"
          maxLength={LAGESBILD_LIMITS.decision}
          value={decision}
          onChange={(e) => setDecision(e.target.value)}
        />
        <FieldError id={props.fieldId} error={props.error} />
      </div>
      <div className="ws-actions">
        <button type="submit" disabled={props.busy || props.unsaved} aria-disabled={props.busy || props.unsaved}>
          Fastställ version {latest(props.doc)}
        </button>
      </div>
    </form>
  );
}

function ReopenForm(props: { busy: boolean; error?: string; fieldId: string; onReopen: (reason: string) => void; onInvalid: (message: string) => void }) {
  const [reason, setReason] = useState('');
  return (
    <details className="ws-reopen">
      <summary>Öppna lägesbilden igen</summary>
      <form
        className="ws-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim().length < MIN_REOPEN_REASON) props.onInvalid(`Motivera varför lägesbilden öppnas (minst ${MIN_REOPEN_REASON} tecken).`);
          else props.onReopen(reason.trim());
        }}
      >
        <div className="ws-field">
          <label htmlFor={props.fieldId}>Motivering</label>
          <p className="ws-hint" id={`${props.fieldId}-tips`}>
            Varför behöver lägesbilden ändras? Minst {MIN_REOPEN_REASON} tecken, avidentifierat. Motiveringen sparas bland versionerna.
          </p>
          <textarea
            {...controlProps(props.fieldId, props.error, `${props.fieldId}-tips`)}
            maxLength={LAGESBILD_LIMITS.reason}
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <FieldError id={props.fieldId} error={props.error} />
        </div>
        <div className="ws-actions">
          <button type="submit" className="ws-danger" disabled={props.busy}>
            Öppna igen
          </button>
        </div>
      </form>
    </details>
  );
}

function Versions({ doc }: { doc: LagesbildDocument }) {
  return (
    <details className="lb-versions">
      <summary>Versioner ({doc.versions.length})</summary>
      <ol reversed>
        {[...doc.versions].reverse().map((v) => (
          <li key={v.version}>
            Version {v.version}: {CHANGE_LABELS[v.change]} {formatDateTime(v.at)}
            {v.decision && <>, beslut: {v.decision}</>}
            {v.reason && <>, motivering: {v.reason}</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
