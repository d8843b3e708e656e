// The lägesbild's other sources beside the forums: reports, the survey round,
// partners' statements and where the observations come from. One number per
// cell, as in the observation tables.
import { OBSERVATION_ORIGINS, OBSERVATION_ORIGIN_LABELS, SOURCE_LABELS } from '../../../../api/domain/codes.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { DataTable } from './DataTable.tsx';
import { ComparisonTable } from './ObservationTables.tsx';
import { formatCount, formatShare, type Lagesbild, type PeriodFigures } from './format.ts';

type StatementRow = PeriodFigures['statements'][number];
type SurveyFigures = NonNullable<PeriodFigures['survey']>;

export const STATEMENT_STATUS_LABELS: Record<StatementRow['status'], string> = {
  reported: 'Har rapporterat',
  nothing: 'Inget att rapportera',
  missing: 'Saknas',
};

const span = (p: PeriodFigures) => `${formatDay(p.from)} – ${formatDay(p.to)}`;
const year = (p: PeriodFigures) => p.to.slice(0, 4);

export function SourcesTables({ lagesbild, statementsHref }: { lagesbild: Lagesbild; statementsHref: string }) {
  const { current, previous } = lagesbild;
  return (
    <>
      <h3>Per ursprung</h3>
      <ComparisonTable
        caption="Observationer per ursprung"
        rowHeading="Ursprung"
        rows={OBSERVATION_ORIGINS.map((o) => ({ key: o, label: OBSERVATION_ORIGIN_LABELS[o], now: current.byOrigin[o], before: previous.byOrigin[o] }))}
        total={{ now: current.observations.total, before: previous.observations.total }}
      />

      <h3>Avidentifierade rapporter</h3>
      <ComparisonTable
        caption="Rapporter efter händelsens datum"
        rowHeading="Rapporter"
        rows={[
          { key: 'received', label: 'Mottagna', now: current.reports.received, before: previous.reports.received },
          { key: 'accepted', label: 'Godkända', now: current.reports.accepted, before: previous.reports.accepted },
          { key: 'rejected', label: 'Avvisade', now: current.reports.rejected, before: previous.reports.rejected },
        ]}
      />
      <p className="ws-hint">Rapporter som ännu inte är bedömda räknas bland de mottagna.</p>

      <h3>Kartläggningsenkäten</h3>
      <SurveyTable current={current} previous={previous} />

      <h3>Samverkanspartners lägesbilder</h3>
      <StatementTable current={current} previous={previous} />
      <p>
        <a href={statementsHref}>Registrera lägesbilder från samverkanspartner och importera siffror</a>
      </p>
    </>
  );
}

function surveyCells(s: SurveyFigures | null): string[] {
  if (!s) return ['Ingen enkät', '–', '–', '–', '–'];
  const course = s.staff > 0 ? `${formatCount(s.courseCompleted)} (${formatShare(s.courseCompleted / s.staff)})` : formatCount(s.courseCompleted);
  return [formatCount(s.units), formatCount(s.responded), formatShare(s.responseRate), formatCount(s.staff), course];
}

function SurveyTable({ current, previous }: { current: PeriodFigures; previous: PeriodFigures }) {
  const now = surveyCells(current.survey);
  const before = surveyCells(previous.survey);
  const labels = ['Tillfrågade enheter', 'Enheter som svarat', 'Svarsfrekvens', 'Anställda i enheterna som svarat', 'Har gått webbkursen'];
  return (
    <DataTable caption="Kartläggningsenkätens svar och webbkursen">
      <thead>
        <tr>
          <th scope="col">Enkäten</th>
          <th scope="col" className="num">
            Enkäten {year(current)}
          </th>
          <th scope="col" className="num">
            Enkäten {year(previous)}
          </th>
        </tr>
      </thead>
      <tbody>
        {labels.map((label, i) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="num">{now[i]}</td>
            <td className="num">{before[i]}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function StatementTable({ current, previous }: { current: PeriodFigures; previous: PeriodFigures }) {
  const before = new Map(previous.statements.map((s) => [s.source, s]));
  const sources = [...current.statements.map((s) => s.source), ...previous.statements.map((s) => s.source).filter((s) => !current.statements.some((c) => c.source === s))];
  const now = new Map(current.statements.map((s) => [s.source, s]));
  const missing = (source: StatementRow['source']): StatementRow => ({ source, status: 'missing', statements: 0, observations: 0 });
  return (
    <DataTable caption={`Lägesbilder per källa, vald period (${span(current)}) och föregående (${span(previous)})`}>
      <thead>
        <tr>
          <th scope="col">Källa</th>
          <th scope="col">Status nu</th>
          <th scope="col" className="num">
            Observationer nu
          </th>
          <th scope="col">Status föregående period</th>
          <th scope="col" className="num">
            Observationer föregående period
          </th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => {
          const a = now.get(source) ?? missing(source);
          const b = before.get(source) ?? missing(source);
          return (
            <tr key={source}>
              <th scope="row">{SOURCE_LABELS[source]}</th>
              <td>
                <StatusBadge status={a.status} />
              </td>
              <td className="num">{formatCount(a.observations)}</td>
              <td>
                <StatusBadge status={b.status} />
              </td>
              <td className="num">{formatCount(b.observations)}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

function StatusBadge({ status }: { status: StatementRow['status'] }) {
  // The colour only repeats the text.
  const tone = status === 'missing' ? 'ws-badge ws-badge-warn' : 'ws-badge ws-badge-ok';
  return <span className={tone}>{STATEMENT_STATUS_LABELS[status]}</span>;
}
