// The coordinator's survey rounds (kartläggningsenkät): open a round for a
// year with its units, list the rounds, and on a round's page each unit's
// link to send or show again, who has answered, and the results.
// /arbetsyta/enkater/?district=… lists; ?id=… shows one round.
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { addDays, stockholmDate } from '../../../../api/domain/periods.ts';
import { formatDateTime, formatDay } from '../../../../api/domain/swedish-format.ts';
import { SURVEY_LIMITS, YEARS } from '../../../../api/domain/limits.ts';
import { api, problemOf, queryParam, type ApiProblem, type Outputs } from '../../../lib/workspace/api.ts';
import { useAccount } from '../Shell.tsx';
import { Empty, Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { useTitle } from '../use-title.ts';
import { SurveyResultsView } from './SurveyResults.tsx';
import { lineOfField, parseUnitLines } from './unit-lines.ts';

type District = Outputs['districts']['list'][number];
type Round = Outputs['surveys']['get'];

export function SurveysPage() {
  const account = useAccount();
  const id = queryParam('id');
  if (account.role === 'convener') {
    return (
      <>
        <h1>Kartläggningsenkäter</h1>
        <div className="ws-note">
          <p>Enkäterna till enheterna sköts av den lokala samordnaren och administratörer.</p>
          <p>
            <a href="/arbetsyta/">Gå till Mina forum</a>
          </p>
        </div>
      </>
    );
  }
  return id ? <RoundPage id={id} /> : <RoundsPage />;
}

function RoundsPage() {
  const account = useAccount();
  const [districts, reload] = useLoad(() => api.districts.list.query(), []);
  useTitle('Kartläggningsenkäter');
  if (districts.state === 'loading') return <Loading what="stadsdelarna" />;
  if (districts.state === 'failed') return <Problem problem={districts.problem} retry={reload} />;
  const sorted = [...districts.data].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const wanted = queryParam('district');
  const districtId =
    account.role === 'admin' ? ([wanted, account.districtId].find((d) => d && sorted.some((x) => x.id === d)) ?? '') : account.districtId;
  return <Rounds districts={sorted} districtId={districtId} admin={account.role === 'admin'} />;
}

function Rounds({ districts, districtId, admin }: { districts: District[]; districtId: string; admin: boolean }) {
  const district = districts.find((d) => d.id === districtId);
  return (
    <div className="ws-surveys">
      <h1>Kartläggningsenkäter{district && <> för {district.name}</>}</h1>
      <p className="ws-hint">
        Enheternas chefer besvarar stadens gemensamma kartläggningsenkät inför att handlingsplanen revideras. Varje enhet får en egen länk; ingen
        inloggning behövs för att svara.
      </p>
      {admin && (
        <form className="ws-row ws-surveys-district" method="get" action="/arbetsyta/enkater/">
          <div className="ws-field">
            <label htmlFor="enkater-stadsdel">Stadsdel</label>
            <select id="enkater-stadsdel" name="district" defaultValue={districtId}>
              <option value="">Välj …</option>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">Visa</button>
        </form>
      )}
      {districtId ? <DistrictRounds districtId={districtId} /> : <Empty>Välj en stadsdel och tryck på Visa.</Empty>}
    </div>
  );
}

function DistrictRounds({ districtId }: { districtId: string }) {
  const [rounds, reload] = useLoad(() => api.surveys.list.query({ districtId }), [districtId]);
  return (
    <>
      <section className="ws-section" aria-labelledby="enkater-omgangar">
        <h2 id="enkater-omgangar">Omgångar</h2>
        {rounds.state === 'loading' && <Loading what="enkätomgångarna" />}
        {rounds.state === 'failed' && <Problem problem={rounds.problem} retry={reload} />}
        {rounds.state === 'ready' &&
          (rounds.data.length === 0 ? (
            <Empty>Stadsdelen har ingen enkätomgång ännu.</Empty>
          ) : (
            <ul className="ws-list">
              {[...rounds.data].reverse().map((r) => (
                <li key={r.id}>
                  <a href={`/arbetsyta/enkater/?id=${encodeURIComponent(r.id)}`}>Kartläggningsenkät {r.year}</a>
                  <span className="ws-meta">
                    {' '}
                    – {r.responded} av {r.units} enheter har svarat, {r.open ? `sista svarsdag ${formatDay(r.closesOn)}` : `stängde ${formatDay(r.closesOn)}`}
                  </span>
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section className="ws-section" aria-labelledby="enkater-ny">
        <h2 id="enkater-ny">Öppna en ny omgång</h2>
        <OpenRoundForm districtId={districtId} />
      </section>
    </>
  );
}

function OpenRoundForm({ districtId }: { districtId: string }) {
  const today = stockholmDate(new Date().toISOString());
  const [year, setYear] = useState(today.slice(0, 4));
  const [closesOn, setClosesOn] = useState(addDays(today, 21));
  const [lines, setLines] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const yearError = problem?.fields.year;
  const closesError = problem?.fields.closesOn;
  const unitsError = problem?.fields.units;
  useEffect(() => {
    if (!problem) return;
    const target = yearError ? 'enkat-ar' : closesError ? 'enkat-stanger' : unitsError ? 'enkat-enheter' : null;
    (target ? document.getElementById(target) : errorRef.current)?.focus();
  }, [problem, yearError, closesError, unitsError]);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const y = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || y < YEARS.first || y > YEARS.last) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange året.', fields: { year: `Ange ett år mellan ${YEARS.first} och ${YEARS.last}.` } });
      return;
    }
    if (!closesOn) {
      setProblem({ code: 'BAD_REQUEST', message: 'Ange sista svarsdag.', fields: { closesOn: 'Ange sista svarsdag.' } });
      return;
    }
    const parsed = parseUnitLines(lines);
    if ('problem' in parsed) {
      setProblem({ code: 'BAD_REQUEST', message: parsed.problem, fields: { units: parsed.problem } });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const round = await api.surveys.create.mutate({ districtId, year: y, closesOn, units: parsed.units.map(({ name, staff }) => ({ name, ...(staff !== undefined ? { staff } : {}) })) });
      location.assign(`/arbetsyta/enkater/?id=${encodeURIComponent(round.id)}`);
    } catch (err) {
      const p = problemOf(err);
      // A unit's refusal is named by its line in the text box.
      const unitField = Object.keys(p.fields).find((f) => f.startsWith('units'));
      if (unitField) {
        const line = lineOfField(unitField, parsed.units);
        p.fields = { ...p.fields, units: line ? `Rad ${line}: ${p.fields[unitField]}` : p.fields[unitField]! };
      }
      setProblem(p);
      setBusy(false);
    }
  }

  const described = (id: string, hint: string | null, error: string | undefined) => [hint, error ? `${id}-fel` : null].filter(Boolean).join(' ') || undefined;
  return (
    <form className="ws-form" onSubmit={submit} noValidate>
      {problem && !yearError && !closesError && !unitsError && (
        <p className="ws-field-error ws-form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {problem.message}
        </p>
      )}
      <div className="ws-row">
        <div className="ws-field">
          <label htmlFor="enkat-ar">År</label>
          <input id="enkat-ar" type="text" inputMode="numeric" size={6} value={year} onChange={(e) => setYear(e.target.value)} aria-invalid={yearError ? true : undefined} aria-describedby={described('enkat-ar', null, yearError)} />
          {yearError && <p className="ws-field-error" id="enkat-ar-fel">{yearError}</p>}
        </div>
        <div className="ws-field">
          <label htmlFor="enkat-stanger">Sista svarsdag</label>
          <input id="enkat-stanger" type="date" value={closesOn} min={today} onChange={(e) => setClosesOn(e.target.value)} aria-invalid={closesError ? true : undefined} aria-describedby={described('enkat-stanger', null, closesError)} />
          {closesError && <p className="ws-field-error" id="enkat-stanger-fel">{closesError}</p>}
        </div>
      </div>
      <div className="ws-field">
        <label htmlFor="enkat-enheter">Enheter</label>
        <textarea id="enkat-enheter" rows={8} value={lines} onChange={(e) => setLines(e.target.value)} aria-invalid={unitsError ? true : undefined} aria-describedby={described('enkat-enheter', 'enkat-enheter-hint', unitsError)} />
        <p className="ws-hint" id="enkat-enheter-hint">
          En enhet per rad, som ”namn; antal medarbetare”, till exempel ”Husby förskola; 24”. Antalet kan utelämnas. Högst {SURVEY_LIMITS.units} enheter.
          Skriv enhetens namn, inte chefens.
        </p>
        {unitsError && <p className="ws-field-error" id="enkat-enheter-fel">{unitsError}</p>}
      </div>
      <p className="ws-actions">
        <button type="submit" className="ws-primary" disabled={busy}>
          {busy ? 'Öppnar …' : 'Öppna omgången och skapa länkarna'}
        </button>
      </p>
    </form>
  );
}

function RoundPage({ id }: { id: string }) {
  const [round, reload, replace] = useLoad(() => api.surveys.get.query({ id }), [id]);
  const [results, reloadResults] = useLoad(() => api.surveys.results.query({ id }), [id]);
  useTitle(round.state === 'ready' ? `Kartläggningsenkät ${round.data.year}` : null);
  if (round.state === 'loading') return <Loading what="enkätomgången" />;
  if (round.state === 'failed') return <Problem problem={round.problem} retry={reload} />;
  const r = round.data;
  const waiting = r.units.filter((u) => !u.answered);
  return (
    <div className="ws-surveys ws-overview">
      <p>
        <a href={`/arbetsyta/enkater/?district=${encodeURIComponent(r.districtId)}`}>Alla enkätomgångar</a>
      </p>
      <h1>Kartläggningsenkät {r.year}</h1>
      <p>
        {r.open ? <>Sista svarsdag: {formatDay(r.closesOn)}.</> : <>Omgången stängde {formatDay(r.closesOn)}.</>} {r.units.filter((u) => u.answered).length} av{' '}
        {r.units.length} enheter har svarat.
      </p>

      <section className="ws-section" aria-labelledby="omgang-enheter">
        <h2 id="omgang-enheter">Enheter och länkar</h2>
        <p className="ws-hint">
          Skicka varje enhet dess egen länk. Länken fungerar bara för den enheten; svaren kan rättas genom samma länk till och med sista svarsdagen.
        </p>
        <UnitTable round={r} />
        {waiting.length > 0 && r.open && (
          <>
            <h3 id="omgang-paminn">Att påminna ({waiting.length})</h3>
            <ul aria-labelledby="omgang-paminn">
              {waiting.map((u) => (
                <li key={u.id}>{u.name}</li>
              ))}
            </ul>
            {/* A reminder goes out by the coordinator's own e-mail: the names and links as text to paste. */}
            <details className="ws-survey-change">
              <summary>Namn och länkar att klistra in i en påminnelse</summary>
              <label className="ws-visually-hidden" htmlFor="omgang-paminn-text">
                Namn och länkar för enheterna som inte har svarat
              </label>
              <textarea
                id="omgang-paminn-text"
                readOnly
                rows={Math.min(10, waiting.length + 1)}
                value={waiting.map((u) => `${u.name}: ${u.link}`).join('\n')}
                onFocus={(e) => e.target.select()}
              />
            </details>
          </>
        )}
        <ChangeRound round={r} onChanged={(next) => { replace(next); reloadResults(); }} />
      </section>

      <section className="ws-section" aria-labelledby="omgang-resultat">
        <h2 id="omgang-resultat">Resultat</h2>
        {results.state === 'loading' && <Loading what="resultaten" />}
        {results.state === 'failed' && <Problem problem={results.problem} retry={reloadResults} />}
        {results.state === 'ready' && <SurveyResultsView results={results.data} />}
      </section>
    </div>
  );
}

function UnitTable({ round }: { round: Round }) {
  const [copied, setCopied] = useState<string | null>(null);
  async function copy(unitId: string, link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(unitId);
    } catch {
      // Without clipboard access the link stays selectable in its field.
      const field = document.getElementById(`lank-${unitId}`) as HTMLInputElement | null;
      field?.focus();
      field?.select();
    }
  }
  return (
    <div className="ws-table-wrap" role="region" aria-labelledby="omgang-enheter-tabell" tabIndex={0}>
      <table>
        <caption id="omgang-enheter-tabell">Enheternas svar och länkar</caption>
        <thead>
          <tr>
            <th scope="col">Enhet</th>
            <th scope="col">Svar</th>
            <th scope="col">Länk</th>
          </tr>
        </thead>
        <tbody>
          {round.units.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.answered ? <span className="ws-badge ws-badge-ok">Har svarat {u.answeredAt && formatDateTime(u.answeredAt)}</span> : <span className="ws-badge ws-badge-warn">Har inte svarat</span>}</td>
              <td>
                <div className="ws-survey-link">
                  <label className="ws-visually-hidden" htmlFor={`lank-${u.id}`}>
                    Länk för {u.name}
                  </label>
                  <input id={`lank-${u.id}`} type="text" readOnly value={u.link} onFocus={(e) => e.target.select()} />
                  <button type="button" className="ws-secondary" onClick={() => copy(u.id, u.link)} aria-label={`Kopiera länken för ${u.name}`}>
                    Kopiera
                  </button>
                  {copied === u.id && (
                    <span role="status" className="ws-meta">
                      Kopierad
                    </span>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChangeRound({ round, onChanged }: { round: Round; onChanged: (r: Round) => void }) {
  const today = stockholmDate(new Date().toISOString());
  const [closesOn, setClosesOn] = useState(round.closesOn);
  const [lines, setLines] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = lines.trim() ? parseUnitLines(lines) : { units: [] };
    if ('problem' in parsed) {
      setProblem({ code: 'BAD_REQUEST', message: parsed.problem, fields: { addUnits: parsed.problem } });
      return;
    }
    setBusy(true);
    setProblem(null);
    setDone(false);
    try {
      const next = await api.surveys.update.mutate({
        id: round.id,
        ...(closesOn !== round.closesOn ? { closesOn } : {}),
        ...(parsed.units.length > 0 ? { addUnits: parsed.units.map(({ name, staff }) => ({ name, ...(staff !== undefined ? { staff } : {}) })) } : {}),
      });
      setLines('');
      setDone(true);
      onChanged(next);
    } catch (err) {
      const p = problemOf(err);
      const unitField = Object.keys(p.fields).find((f) => f.startsWith('addUnits'));
      if (unitField) {
        const line = lineOfField(unitField, parsed.units, 'addUnits');
        p.fields = { ...p.fields, addUnits: line ? `Rad ${line}: ${p.fields[unitField]}` : p.fields[unitField]! };
      }
      setProblem(p);
    } finally {
      setBusy(false);
    }
  }
  const closesError = problem?.fields.closesOn;
  const unitsError = problem?.fields.addUnits;
  return (
    <details className="ws-survey-change">
      <summary>Ändra sista svarsdag eller lägg till enheter</summary>
      <form className="ws-form" onSubmit={submit} noValidate>
        {problem && !closesError && !unitsError && (
          <p className="ws-field-error ws-form-error" role="alert">
            {problem.message}
          </p>
        )}
        <div className="ws-field">
          <label htmlFor="omgang-stanger">Sista svarsdag</label>
          <input id="omgang-stanger" type="date" min={today} value={closesOn} onChange={(e) => setClosesOn(e.target.value)} aria-invalid={closesError ? true : undefined} aria-describedby={closesError ? 'omgang-stanger-fel' : undefined} />
          {closesError && <p className="ws-field-error" id="omgang-stanger-fel">{closesError}</p>}
        </div>
        <div className="ws-field">
          <label htmlFor="omgang-nya">Nya enheter (frivilligt)</label>
          <textarea id="omgang-nya" rows={3} value={lines} onChange={(e) => setLines(e.target.value)} aria-invalid={unitsError ? true : undefined} aria-describedby={unitsError ? 'omgang-nya-hint omgang-nya-fel' : 'omgang-nya-hint'} />
          <p className="ws-hint" id="omgang-nya-hint">En enhet per rad, som ”namn; antal medarbetare”.</p>
          {unitsError && <p className="ws-field-error" id="omgang-nya-fel">{unitsError}</p>}
        </div>
        <p className="ws-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Sparar …' : 'Spara ändringarna'}
          </button>
          {done && <span role="status">Ändringarna är sparade.</span>}
        </p>
      </form>
    </details>
  );
}
