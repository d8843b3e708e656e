// The city's picture: every district side by side for one period, for admins
// and the city's central coordinator (read-only).
import { useEffect, useState } from 'react';
import { MILIEUS, MILIEU_LABELS } from '../../../../api/domain/codes.ts';
import { canReadCity } from '../../../../api/domain/access.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { api, type Outputs } from '../../../lib/workspace/api.ts';
import { useAccount } from '../Shell.tsx';
import { Loading, Problem } from '../states.tsx';
import { useLoad } from '../use-load.ts';
import { DataTable } from '../overview/DataTable.tsx';
import { formatCount, formatShare } from '../overview/format.ts';
import { PeriodForm } from '../overview/PeriodForm.tsx';
import type { Period } from '../overview/period.ts';
import { cityDocxHref, readCityPeriod, writeCityPeriod } from './city-query.ts';

type CityPicture = Outputs['lagesbild']['city'];
type Row = CityPicture['districts'][number];
type Figures = CityPicture['total'];
type Chart = CityPicture['charts'][number];

const STATUS_TEXT = { none: 'Ingen', draft: 'Utkast', adopted: 'Fastställd' } as const;

export function CityPage() {
  const account = useAccount();
  return (
    <div className="ws-overview ws-city">
      <h1>Stadens lägesbild</h1>
      {canReadCity(account) ? (
        <City />
      ) : (
        <div className="ws-note">
          <p>Stadens lägesbild är till för administratörer och stadens samordnare. Din egen stadsdel finns under Översikt för stadsdelen.</p>
          <p>
            <a href="/arbetsyta/oversikt/">Gå till översikten för stadsdelen</a>
          </p>
        </div>
      )}
    </div>
  );
}

function City() {
  const [period, setPeriod] = useState<Period>(() => readCityPeriod());
  // Bumped by every "Visa", so showing the same period again fetches fresh figures.
  const [round, setRound] = useState(0);
  useEffect(() => writeCityPeriod(period), [period]);
  return (
    <>
      <PeriodForm
        initial={{ ...period, districtId: '' }}
        districts={null}
        onApply={({ from, to }) => {
          setPeriod({ from, to });
          setRound((r) => r + 1);
        }}
      />
      <CityResults key={`${round}`} period={period} />
    </>
  );
}

const share = (n: number | null) => (n === null ? 'Uppgift saknas' : formatShare(n));

function CityResults({ period }: { period: Period }) {
  const [picture, reload] = useLoad(() => api.lagesbild.city.query(period), [period.from, period.to]);
  if (picture.state === 'loading') return <Loading what="stadsdelarnas siffror" />;
  if (picture.state === 'failed') return <Problem problem={picture.problem} retry={reload} />;
  const { districts, total } = picture.data;
  const withoutData = districts.filter((d) => !d.hasData);
  return (
    <section aria-labelledby="staden-resultat">
      <h2 id="staden-resultat">
        {formatDay(period.from)} – {formatDay(period.to)}
      </h2>
      <p>
        {formatCount(districts.length)} stadsdelar.{' '}
        {withoutData.length > 0 && `${formatCount(withoutData.length)} av dem har inga uppgifter för perioden och visas med nollor.`}
      </p>
      <p>
        <a href={cityDocxHref(period)} download>
          Ladda ner underlaget som Word-fil
        </a>
      </p>
      <h3>Forum och VBE-punkten</h3>
      <DataTable caption="Forum, möten och hur ofta VBE-punkten togs upp, per stadsdel">
        <thead>
          <tr>
            <th scope="col">Stadsdel</th>
            <th scope="col">Forum</th>
            <th scope="col">Möten</th>
            <th scope="col">VBE-punkten uppe</th>
            <th scope="col">Andel</th>
            <th scope="col">Lägesbild</th>
          </tr>
        </thead>
        <tbody>
          {districts.map((d) => (
            <tr key={d.districtId}>
              <DistrictHeader row={d} />
              <td>{formatCount(d.forums)}</td>
              <td>{formatCount(d.meetings)}</td>
              <td>{formatCount(d.vbeRaised)}</td>
              <td>{share(d.vbeShare)}</td>
              <td>{STATUS_TEXT[d.lagesbild.status]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Hela staden</th>
            <td>{formatCount(total.forums)}</td>
            <td>{formatCount(total.meetings)}</td>
            <td>{formatCount(total.vbeRaised)}</td>
            <td>{share(total.vbeShare)}</td>
            <td>{lagesbildSummary(districts)}</td>
          </tr>
        </tfoot>
      </DataTable>
      <h3>Observationer per miljö</h3>
      <DataTable caption="Observationer per miljö och stadsdel (summan av antalen)">
        <thead>
          <tr>
            <th scope="col">Stadsdel</th>
            {MILIEUS.map((m) => (
              <th key={m} scope="col">
                {MILIEU_LABELS[m]}
              </th>
            ))}
            <th scope="col">Totalt</th>
            <th scope="col">Året före</th>
          </tr>
        </thead>
        <tbody>
          {districts.map((d) => (
            <tr key={d.districtId}>
              <DistrictHeader row={d} />
              <MilieuCells figures={d} />
              <td>{formatCount(d.previousObservations)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Hela staden</th>
            <MilieuCells figures={total} />
            <td>{formatCount(districts.reduce((sum, d) => sum + d.previousObservations, 0))}</td>
          </tr>
        </tfoot>
      </DataTable>
      <h3>Observationer per miljö, stadsdel för stadsdel</h3>
      <p className="ws-hint">Alla diagram har samma skala, så att stadsdelarna kan jämföras.</p>
      <ul className="lb-small-multiples ws-city-charts">
        {picture.data.charts.map((chart) => (
          <SmallChart key={chart.id} chart={chart} />
        ))}
      </ul>
      <h3>Rapporter, enkät och webbkurs</h3>
      <DataTable caption="Rapporter, enkätens svarsfrekvens och webbkursen per stadsdel">
        <thead>
          <tr>
            <th scope="col">Stadsdel</th>
            <th scope="col">Rapporter mottagna</th>
            <th scope="col">Rapporter godtagna</th>
            <th scope="col">Enkäten besvarad</th>
            <th scope="col">Webbkursen genomförd</th>
          </tr>
        </thead>
        <tbody>
          {districts.map((d) => (
            <tr key={d.districtId}>
              <DistrictHeader row={d} />
              <SourceCells figures={d} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Hela staden</th>
            <SourceCells figures={total} />
          </tr>
        </tfoot>
      </DataTable>
    </section>
  );
}

function SmallChart({ chart }: { chart: Chart }) {
  const titleId = `staden-${chart.id}`;
  return (
    <li aria-labelledby={titleId}>
      <h4 id={titleId}>{chart.title}</h4>
      {/* SVG built on the server from figures only (role="img", named by its alt text), no style: the CSP holds. */}
      <div className="lb-chart-image" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <details>
        <summary>Siffrorna i {chart.title}</summary>
        <DataTable caption={chart.table.caption}>
          <thead>
            <tr>
              <th scope="col">Miljö</th>
              <th scope="col">{chart.table.columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {chart.table.rows.map(([label, value]) => (
              <tr key={String(label)}>
                <th scope="row">{label}</th>
                <td>{typeof value === 'number' ? formatCount(value) : value}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </details>
    </li>
  );
}

function DistrictHeader({ row }: { row: Row }) {
  return (
    <th scope="row">
      {row.districtName}
      {!row.hasData && <span className="ws-hint"> (inga uppgifter)</span>}
    </th>
  );
}

function MilieuCells({ figures }: { figures: Figures }) {
  return (
    <>
      {MILIEUS.map((m) => (
        <td key={m}>{formatCount(figures.byMilieu[m])}</td>
      ))}
      <td>{formatCount(figures.observations)}</td>
    </>
  );
}

function SourceCells({ figures }: { figures: Figures }) {
  return (
    <>
      <td>{formatCount(figures.reportsReceived)}</td>
      <td>{formatCount(figures.reportsAccepted)}</td>
      <td>
        {figures.responseRate === null ? 'Ingen enkät' : `${share(figures.responseRate)} (${formatCount(figures.surveyResponded)} av ${formatCount(figures.surveyUnits)})`}
      </td>
      <td>{figures.courseShare === null ? 'Uppgift saknas' : `${share(figures.courseShare)} (${formatCount(figures.courseCompleted)} av ${formatCount(figures.staff)})`}</td>
    </>
  );
}

function lagesbildSummary(districts: readonly Row[]): string {
  const adopted = districts.filter((d) => d.lagesbild.status === 'adopted').length;
  const drafts = districts.filter((d) => d.lagesbild.status === 'draft').length;
  return `${formatCount(adopted)} fastställda, ${formatCount(drafts)} utkast`;
}
