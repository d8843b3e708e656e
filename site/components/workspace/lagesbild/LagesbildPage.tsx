// The lägesbild of a district and period (?district=&from=&to=): the figures
// of every source beside the period before, the charts with their tables,
// and the exports. Coordinators of the district and admins.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { api } from '../../../lib/workspace/api.ts';
import { CoverageSummary } from '../overview/CoverageSummary.tsx';
import { ObservationTables } from '../overview/ObservationTables.tsx';
import { PeriodForm } from '../overview/PeriodForm.tsx';
import { SourcesTables } from '../overview/SourcesTables.tsx';
import { periodErrors, previousYear, type OverviewQuery } from '../overview/period.ts';
import { useAccount } from '../Shell.tsx';
import { Empty, Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { useTitle } from '../use-title.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { DraftText } from './DraftText.tsx';
import { ForumComparison } from './ForumComparison.tsx';
import { LagesbildEditor } from './LagesbildEditor.tsx';
import { QuarterMilieuTable, SurveyAnswerTables } from './ModelTables.tsx';
import { exportHref, lagesbildHref } from './links.ts';

function readLagesbildQuery(ownDistrict: string): OverviewQuery {
  const params = new URLSearchParams(location.search);
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  // The yearly lägesbild is written for the year before, so that is the default.
  const valid = Object.keys(periodErrors(period)).length === 0;
  return { districtId: params.get('district') || ownDistrict, ...(valid ? period : previousYear()) };
}

export function LagesbildPage() {
  const account = useAccount();
  const [query, setQuery] = useState(() => readLagesbildQuery(account.role === 'coordinator' ? account.districtId : ''));
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (query.districtId) history.replaceState(history.state, '', `${lagesbildHref(query)}${location.hash}`);
  }, [query]);

  if (account.role === 'convener') {
    return (
      <div className="ws-overview ws-lagesbild">
        <h1>Lägesbild</h1>
        <p className="ws-note">Lägesbilden skrivs av stadsdelens lokala samordnare. Som sammankallande hittar du dina forum under <a href="/arbetsyta/">Mina forum</a>.</p>
      </div>
    );
  }

  return (
    <div className="ws-overview ws-lagesbild">
      <h1>Lägesbild</h1>
      {query.districtId ? (
        <>
          <PeriodForm
            initial={query}
            districts={null}
            onApply={(next) => {
              setQuery({ ...next, districtId: query.districtId });
              setRound((r) => r + 1);
            }}
          />
          <LagesbildResults key={`${round}`} query={query} />
        </>
      ) : (
        <Empty>
          Välj stadsdel och period i <a href="/arbetsyta/oversikt/">översikten för stadsdelen</a> och följ länken till lägesbilden därifrån.
        </Empty>
      )}
    </div>
  );
}

function LagesbildResults({ query }: { query: OverviewQuery }) {
  const { districtId, from, to } = query;
  const [figures, reloadFigures] = useLoad(() => api.lagesbild.compile.query({ district: districtId, from, to }), [districtId, from, to]);
  const [charts, reloadCharts] = useLoad(() => api.lagesbild.charts.query({ district: districtId, from, to }), [districtId, from, to]);
  // The saved lägesbild of the period, for its own files; reloaded when the editor reports a save or adoption.
  const [savedRound, setSavedRound] = useState(0);
  const [saved] = useLoad(async () => (await api.lagesbild.list.query({ districtId })).find((d) => d.from === from && d.to === to) ?? null, [districtId, from, to, savedRound]);
  const [draft, reloadDraft] = useLoad(() => api.lagesbild.draft.query({ district: districtId, from, to }), [districtId, from, to]);
  useTitle(figures.state === 'ready' ? `Lägesbild för ${figures.data.districtName}` : null);

  return (
    <div className="ws-overview-results">
      <p className="ws-visually-hidden" role="status">
        {figures.state === 'ready' ? `Lägesbilden för ${figures.data.districtName} är hämtad.` : ''}
      </p>
      {figures.state === 'loading' && <Loading what="lägesbilden" />}
      {figures.state === 'failed' && <Problem problem={figures.problem} retry={reloadFigures} />}
      {figures.state === 'ready' && (
        <>
          <div className="ws-overview-about">
            <p>
              Stadsdel: <strong>{figures.data.districtName}</strong>
            </p>
            <p>
              Period:{' '}
              <strong>
                {formatDay(figures.data.current.from)} – {formatDay(figures.data.current.to)}
              </strong>
              , jämfört med {formatDay(figures.data.previous.from)} – {formatDay(figures.data.previous.to)}
            </p>
          </div>

          <nav className="ws-section" aria-labelledby="lagesbild-ladda-ned">
            <h2 id="lagesbild-ladda-ned">Ladda ned och skriv ut</h2>
            <ul className="lb-exports">
              <li>
                <a href={exportHref('docx', query)} download>
                  Lägesbilden som Word-fil
                </a>
              </li>
              <li>
                <a href={exportHref('xlsx', query)} download>
                  Tabellerna som Excel-fil
                </a>
              </li>
              <li>
                <a href={exportHref('html', query)}>Utskriftsversion</a>
              </li>
              {saved.state === 'ready' && saved.data && (
                <>
                  <li>
                    <a href={`/export/lagesbild/${encodeURIComponent(saved.data.id)}.docx`} download>
                      {saved.data.status === 'adopted' ? 'Den fastställda lägesbilden som Word-fil' : 'Den sparade lägesbilden som Word-fil'}
                    </a>
                  </li>
                  <li>
                    <a href={`/export/lagesbild/${encodeURIComponent(saved.data.id)}.html`}>
                      {saved.data.status === 'adopted' ? 'Utskrift av den fastställda lägesbilden' : 'Utskrift av den sparade lägesbilden'}
                    </a>
                  </li>
                </>
              )}
            </ul>
            <p className="ws-hint">Filerna för perioden har siffrorna och utkastet; den sparade lägesbilden har er egen text. I filerna och utskriften visas tal under 3 i uppdelningar finare än miljö som ”färre än 3”.</p>
          </nav>

          <section className="ws-section" aria-labelledby="lagesbild-utkast">
            <h2 id="lagesbild-utkast">Utkast till text</h2>
            <p className="ws-hint">Skrivet av verktyget utifrån siffrorna, jämfört med föregående period. Använd det som underlag för er egen text.</p>
            {draft.state === 'loading' && <Loading what="utkastet" />}
            {draft.state === 'failed' && <Problem problem={draft.problem} retry={reloadDraft} />}
            {draft.state === 'ready' && <DraftText sections={draft.data} />}
          </section>

          {draft.state === 'ready' && (
            <EditorSection onStatus={() => setSavedRound((r) => r + 1)}>
              <LagesbildEditor districtId={districtId} from={from} to={to} draft={draft.data} />
            </EditorSection>
          )}

          <section className="ws-section" aria-labelledby="lagesbild-diagram">
            <h2 id="lagesbild-diagram">Diagram</h2>
            {charts.state === 'loading' && <Loading what="diagrammen" />}
            {charts.state === 'failed' && <Problem problem={charts.problem} retry={reloadCharts} />}
            {charts.state === 'ready' && charts.data.map((chart) => <ChartFigure key={chart.id} chart={chart} />)}
          </section>

          <section className="ws-section" aria-labelledby="lagesbild-tackning">
            <h2 id="lagesbild-tackning">Forum och täckning</h2>
            <CoverageSummary current={figures.data.current} previous={figures.data.previous} />
            <ForumComparison current={figures.data.current} previous={figures.data.previous} />
          </section>

          <section className="ws-section" aria-labelledby="lagesbild-observationer">
            <h2 id="lagesbild-observationer">Observationer</h2>
            <ObservationTables lagesbild={figures.data} />
            <QuarterMilieuTable lagesbild={figures.data} />
          </section>

          <section className="ws-section" aria-labelledby="lagesbild-kallor">
            <h2 id="lagesbild-kallor">Övriga källor</h2>
            <SourcesTables lagesbild={figures.data} statementsHref={`/arbetsyta/lagesbilder/?district=${encodeURIComponent(districtId)}`} />
          </section>

          <section className="ws-section" aria-labelledby="lagesbild-enkatsvar">
            <h2 id="lagesbild-enkatsvar">Enkätens svar: kännedom, samverkan och kunskap</h2>
            <SurveyAnswerTables lagesbild={figures.data} />
          </section>
        </>
      )}
    </div>
  );
}

/**
 * The editor's section. The editor announces a save, adoption or reopening in
 * its status region; watching that text tells the page to fetch the saved
 * document's links again without the editor knowing about them.
 */
function EditorSection({ onStatus, children }: { onStatus: () => void; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const notify = useRef(onStatus);
  notify.current = onStatus;
  useEffect(() => {
    const section = ref.current;
    if (!section) return;
    let last = '';
    const observer = new MutationObserver(() => {
      const text = section.querySelector('[role="status"]')?.textContent ?? '';
      if (text && text !== last) notify.current();
      last = text;
    });
    observer.observe(section, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <section className="ws-section" aria-labelledby="lagesbild-text" ref={ref}>
      <h2 id="lagesbild-text">Er text och fastställande</h2>
      {children}
    </section>
  );
}
