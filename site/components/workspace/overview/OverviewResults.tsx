// The overview for one district and period. Remounted for each "Visa" (see
// OverviewPage), so it always starts in its loading state.
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { api } from '../../../lib/workspace/api.ts';
import { Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { CoverageSummary } from './CoverageSummary.tsx';
import { ForumTable } from './ForumTable.tsx';
import { ObservationTables } from './ObservationTables.tsx';
import { SourcesTables } from './SourcesTables.tsx';
import { csvHref, periodInstants, type OverviewQuery } from './period.ts';
import { lagesbildHref } from '../lagesbild/links.ts';

export function OverviewResults({ query }: { query: OverviewQuery }) {
  const { districtId, from, to } = query;
  const [lagesbild, reloadLagesbild] = useLoad(() => api.lagesbild.compile.query({ district: districtId, from, to }), [districtId, from, to]);
  // Every meeting, not only approved ones: the forum table also shows meetings still lacking minutes.
  const [meetings, reloadMeetings] = useLoad(() => api.meetings.list.query({ districtId, ...periodInstants(query) }), [districtId, from, to]);

  return (
    <div className="ws-overview-results">
      {/* Present from the start, so screen readers announce when the figures arrive. */}
      <p className="ws-visually-hidden" role="status">
        {lagesbild.state === 'ready' ? `Översikten för ${lagesbild.data.districtName} är hämtad.` : ''}
      </p>
      {lagesbild.state === 'loading' && <Loading what="översikten" />}
      {/* One message, not one per section: without the lägesbild no section can be shown. */}
      {lagesbild.state === 'failed' && <Problem problem={lagesbild.problem} retry={reloadLagesbild} />}
      {lagesbild.state === 'ready' && (
        <>
          <div className="ws-overview-about">
            <p>
              Stadsdel: <strong>{lagesbild.data.districtName}</strong>
            </p>
            <p>
              Period:{' '}
              <strong>
                {formatDay(lagesbild.data.current.from)} – {formatDay(lagesbild.data.current.to)}
              </strong>
              , jämfört med {formatDay(lagesbild.data.previous.from)} – {formatDay(lagesbild.data.previous.to)}
            </p>
            <p className="ws-hint">
              Siffrorna bygger på justerade protokoll (efter mötets datum), godkända rapporter (efter händelsens datum),
              samverkanspartners lägesbilder och importerade siffror (efter observationens datum).
            </p>
          </div>

          <section className="ws-section" aria-labelledby="oversikt-forum">
            <h2 id="oversikt-forum">Forum och möten</h2>
            <ForumTable forums={lagesbild.data.current.meetingsPerForum} meetings={meetings} retry={reloadMeetings} />
          </section>

          <section className="ws-section" aria-labelledby="oversikt-tackning">
            <h2 id="oversikt-tackning">Täckning</h2>
            <CoverageSummary current={lagesbild.data.current} previous={lagesbild.data.previous} />
          </section>

          <section className="ws-section" aria-labelledby="oversikt-observationer">
            <h2 id="oversikt-observationer">Observationer</h2>
            <ObservationTables lagesbild={lagesbild.data} />
          </section>

          <section className="ws-section" aria-labelledby="oversikt-kallor">
            <h2 id="oversikt-kallor">Övriga källor</h2>
            <SourcesTables lagesbild={lagesbild.data} statementsHref={`/arbetsyta/lagesbilder/?district=${encodeURIComponent(districtId)}`} />
          </section>

          <section className="ws-section" aria-labelledby="oversikt-lagesbild">
            <h2 id="oversikt-lagesbild">Lägesbild</h2>
            <p>
              <a href={lagesbildHref(query)}>Lägesbilden för perioden med diagram</a>
            </p>
          </section>

          <section className="ws-section" aria-labelledby="oversikt-ladda-ned">
            <h2 id="oversikt-ladda-ned">Ladda ned</h2>
            <p>
              <a href={csvHref(query)} download>
                Ladda ned observationerna som CSV
              </a>
            </p>
            <p className="ws-hint">Filen gäller den stadsdel och period som visas ovan.</p>
          </section>
        </>
      )}
    </div>
  );
}
