// Tables of the lägesbild document shown on the page as they are exported
// (the same builders), so the page and the Word file never disagree.
import type { Lagesbild } from '../../../../api/domain/lagesbild.ts';
import { cellText, quarterMilieuTable, surveyAnswerTables, type ModelTable } from '../../../../api/exports/lagesbild-model.ts';
import { DataTable } from '../overview/DataTable.tsx';

function ModelTableView({ table }: { table: ModelTable }) {
  return (
    <DataTable caption={table.caption}>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {cellText(cell)}
                </th>
              ) : (
                <td key={j}>{cellText(cell)}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function QuarterMilieuTable({ lagesbild }: { lagesbild: Lagesbild }) {
  return <ModelTableView table={quarterMilieuTable(lagesbild)} />;
}

/** The survey's awareness, collaboration and knowledge answers; says so when no round has any. */
export function SurveyAnswerTables({ lagesbild }: { lagesbild: Lagesbild }) {
  const tables = surveyAnswerTables(lagesbild);
  if (tables.length === 0) return <p>Ingen enkät med svar finns för perioderna.</p>;
  return (
    <>
      {tables.map((t) => (
        <ModelTableView key={t.sheet} table={t} />
      ))}
    </>
  );
}
