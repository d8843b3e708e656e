// The observations of the approved minutes, with the period before beside
// them. Each table holds one number per cell: a screen reader then reads
// "Klotter och skadegörelse, Vit makt-miljön, 3" without splitting pairs.
import { CATEGORIES, CATEGORY_LABELS, MILIEUS, MILIEU_LABELS, SOURCES, SOURCE_LABELS } from '../../../../api/domain/codes.ts';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import { Empty } from '../states.tsx';
import { DataTable } from './DataTable.tsx';
import { formatCount, quarterLabel, type Lagesbild, type PeriodFigures } from './format.ts';

const span = (p: PeriodFigures) => `${formatDay(p.from)} – ${formatDay(p.to)}`;

/** "5 observationer i 3 noteringar": a noting is one entry in the minutes, with a count of one or more. */
function observationCount({ observations: { total, records } }: PeriodFigures): string {
  return `${formatCount(total)} ${total === 1 ? 'observation' : 'observationer'} i ${formatCount(records)} ${records === 1 ? 'notering' : 'noteringar'}`;
}

export function ObservationTables({ lagesbild }: { lagesbild: Lagesbild }) {
  const { current, previous } = lagesbild;
  return (
    <>
      <p>
        Vald period: {observationCount(current)}. Föregående period: {observationCount(previous)}.
      </p>
      {current.observations.records === 0 ? (
        <Empty>Inga observationer under perioden.</Empty>
      ) : (
        <>
          <h3>Per kategori och miljö</h3>
          <MilieuCategoryTable figures={current} caption={`Observationer per kategori och miljö, vald period (${span(current)})`} />
          {previous.observations.records === 0 ? (
            <p>Föregående period ({span(previous)}) hade inga observationer.</p>
          ) : (
            <MilieuCategoryTable figures={previous} caption={`Observationer per kategori och miljö, föregående period (${span(previous)})`} />
          )}
          <h3>Per område</h3>
          <AreaTable current={current} previous={previous} />
          <h3>Per källa</h3>
          <ComparisonTable
            caption="Observationer per källa"
            rowHeading="Källa"
            rows={SOURCES.map((s) => ({ key: s, label: SOURCE_LABELS[s], now: current.bySource[s], before: previous.bySource[s] }))}
            total={{ now: current.observations.total, before: previous.observations.total }}
          />
          <h3>Per kvartal</h3>
          <QuarterTable figures={current} caption={`Observationer per kvartal, vald period (${span(current)})`} />
          <QuarterTable figures={previous} caption={`Observationer per kvartal, föregående period (${span(previous)})`} />
        </>
      )}
      <h3>Åtgärder</h3>
      <ComparisonTable
        caption="Åtgärder i protokollen"
        rowHeading="Åtgärder"
        rows={[
          { key: 'open', label: 'Öppna', now: current.actions.open, before: previous.actions.open },
          { key: 'completed', label: 'Klara', now: current.actions.completed, before: previous.actions.completed },
          { key: 'overdue', label: 'Försenade', now: current.actions.overdue, before: previous.actions.overdue },
        ]}
      />
      <p className="ws-hint">
        Försenade är öppna åtgärder vars sista dag var före {formatDay(lagesbild.asOf)}. Båda perioderna räknas mot samma dag.
      </p>
    </>
  );
}

/** Categories down, milieus across, with totals both ways. */
function MilieuCategoryTable({ figures, caption }: { figures: PeriodFigures; caption: string }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Kategori</th>
          {MILIEUS.map((m) => (
            <th key={m} scope="col" className="num">
              {MILIEU_LABELS[m]}
            </th>
          ))}
          <th scope="col" className="num">
            Totalt
          </th>
        </tr>
      </thead>
      <tbody>
        {CATEGORIES.map((c) => (
          <tr key={c}>
            <th scope="row">{CATEGORY_LABELS[c]}</th>
            {MILIEUS.map((m) => (
              <td key={m} className="num">
                {formatCount(figures.byMilieuCategory[m][c])}
              </td>
            ))}
            <td className="num">{formatCount(figures.byCategory[c])}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Totalt</th>
          {MILIEUS.map((m) => (
            <td key={m} className="num">
              {formatCount(figures.byMilieu[m])}
            </td>
          ))}
          <td className="num">{formatCount(figures.observations.total)}</td>
        </tr>
      </tfoot>
    </DataTable>
  );
}

export interface Row {
  key: string;
  label: string;
  now: number;
  before: number;
}

/** A label per row, then this period's number and the previous period's. */
export function ComparisonTable({ caption, rowHeading, rows, total }: { caption: string; rowHeading: string; rows: Row[]; total?: { now: number; before: number } }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
          <th scope="col" className="num">
            Antal nu
          </th>
          <th scope="col" className="num">
            Antal föregående period
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatCount(r.now)}</td>
            <td className="num">{formatCount(r.before)}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">Totalt</th>
            <td className="num">{formatCount(total.now)}</td>
            <td className="num">{formatCount(total.before)}</td>
          </tr>
        </tfoot>
      )}
    </DataTable>
  );
}

/** Areas of either period, matched as the server groups them (trimmed, any case). */
function AreaTable({ current, previous }: { current: PeriodFigures; previous: PeriodFigures }) {
  const rows = new Map<string, Row>();
  for (const a of current.byArea) rows.set(a.area.toLowerCase(), { key: a.area.toLowerCase(), label: a.area, now: a.count, before: 0 });
  for (const a of previous.byArea) {
    const key = a.area.toLowerCase();
    const row = rows.get(key);
    if (row) row.before = a.count;
    else rows.set(key, { key, label: a.area, now: 0, before: a.count });
  }
  return (
    <ComparisonTable
      caption="Observationer per område"
      rowHeading="Område"
      rows={[...rows.values()]}
      total={{ now: current.observations.total, before: previous.observations.total }}
    />
  );
}

/** Quarters differ between the periods, so each period has its own table. */
function QuarterTable({ figures, caption }: { figures: PeriodFigures; caption: string }) {
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">Kvartal</th>
          <th scope="col" className="num">
            Antal
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.byQuarter.map((q) => (
          <tr key={q.quarter}>
            <th scope="row">{quarterLabel(q.quarter)}</th>
            <td className="num">{formatCount(q.count)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
