// One chart: the server's SVG (it names itself by its alt text, role="img"),
// its title as the caption, and its data table beside it (WCAG 1.1.1).
import type { Outputs } from '../../../lib/workspace/api.ts';
import { DataTable } from '../overview/DataTable.tsx';
import { formatCount } from '../overview/format.ts';

export type ChartData = Outputs['lagesbild']['charts'][number];

const cell = (value: string | number) => (typeof value === 'number' ? formatCount(value) : value);

export function ChartFigure({ chart }: { chart: ChartData }) {
  const titleId = `diagram-${chart.id}`;
  return (
    <section className="lb-chart-block" aria-labelledby={titleId}>
      <h3 id={titleId}>{chart.title}</h3>
      <div className="lb-chart-pair">
        {/* SVG built on the server from figures only: no text from users, no style (CSP). */}
        {/* A region that takes focus: on a phone the chart scrolls sideways inside it. */}
        <div className="lb-chart-image" role="region" aria-label={`Diagram: ${chart.title}`} tabIndex={0} dangerouslySetInnerHTML={{ __html: chart.svg }} />
        <DataTable caption={chart.table.caption}>
          <thead>
            <tr>
              {chart.table.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c || 'Rad'}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.table.rows.length === 0 ? (
              <tr>
                <td colSpan={chart.table.columns.length}>Inga uppgifter under perioderna.</td>
              </tr>
            ) : (
              chart.table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((value, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {cell(value)}
                      </th>
                    ) : (
                      <td key={i}>{cell(value)}</td>
                    ),
                  )}
                </tr>
              ))
            )}
          </tbody>
        </DataTable>
      </div>
    </section>
  );
}
