// A round's results as tables: response rate, staff and the web course,
// awareness (managers and staff), collaboration, knowledge, and the units'
// own incident counts (the survey's figures, never added to observations).
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
} from '../../../../api/domain/codes.ts';
import { formatDateTime } from '../../../../api/domain/swedish-format.ts';
import type { Outputs } from '../../../lib/workspace/api.ts';
import { DataTable } from '../overview/DataTable.tsx';

type Results = Outputs['surveys']['results'];

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`);
const num = (n: number) => n.toLocaleString('sv-SE');

export function SurveyResultsView({ results: r }: { results: Results }) {
  if (r.responded === 0) return <p className="ws-state ws-empty">Ingen enhet har svarat ännu.</p>;
  return (
    <>
      <DataTable caption="Svar och webbutbildning">
        <tbody>
          <tr>
            <th scope="row">Svarsfrekvens</th>
            <td className="num">
              {percent(r.responded, r.units)} ({r.responded} av {r.units} enheter)
            </td>
          </tr>
          <tr>
            <th scope="row">Medarbetare i enheterna som svarat</th>
            <td className="num">{num(r.staff)}</td>
          </tr>
          <tr>
            <th scope="row">Har gått stadens webbutbildning</th>
            <td className="num">
              {num(r.courseCompleted)} ({percent(r.courseCompleted, r.staff)})
            </td>
          </tr>
        </tbody>
      </DataTable>

      <h3>Kännedom om styrdokumenten</h3>
      {(['awareness', 'staffAwareness'] as const).map((group) => (
        <DataTable key={group} caption={group === 'awareness' ? 'Chefernas kännedom (antal enheter)' : 'Medarbetarnas kännedom enligt cheferna (antal enheter)'}>
          <thead>
            <tr>
              <th scope="col">Dokument</th>
              {AWARENESS.map((a) => (
                <th key={a} scope="col" className="num">
                  {AWARENESS_LABELS[a]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {AWARENESS_TOPICS.map((t) => (
              <tr key={t}>
                <th scope="row">{AWARENESS_TOPIC_LABELS[t]}</th>
                {AWARENESS.map((a) => (
                  <td key={a} className="num">
                    {r[group][t][a]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DataTable>
      ))}

      <h3>Samverkan</h3>
      <DataTable caption="Samverkan per part (antal enheter)">
        <thead>
          <tr>
            <th scope="col">Part</th>
            {COLLABORATION.map((c) => (
              <th key={c} scope="col" className="num">
                {COLLABORATION_LABELS[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {COLLABORATION_PARTNERS.map((p) => (
            <tr key={p}>
              <th scope="row">{COLLABORATION_PARTNER_LABELS[p]}</th>
              {COLLABORATION.map((c) => (
                <td key={c} className="num">
                  {r.collaboration[p][c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </DataTable>

      <h3>Medarbetarnas kunskapsnivå</h3>
      <DataTable caption="Kunskapsnivå enligt cheferna (antal enheter)">
        <tbody>
          {STAFF_KNOWLEDGE.map((k) => (
            <tr key={k}>
              <th scope="row">{STAFF_KNOWLEDGE_LABELS[k]}</th>
              <td className="num">{r.staffKnowledge[k]}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>

      <h3>Händelser enligt enheterna</h3>
      <p className="ws-hint">Enheternas egna antal. De redovisas bredvid observationerna och läggs inte ihop med dem: samma händelse kan finnas i en rapport eller ett protokoll.</p>
      {r.incidents.total === 0 ? (
        <p className="ws-state ws-empty">Enheterna har inte angett några händelser.</p>
      ) : (
        <>
          <DataTable caption={`Händelser per miljö (totalt ${num(r.incidents.total)})`}>
            <tbody>
              {MILIEUS.map((m) => (
                <tr key={m}>
                  <th scope="row">{MILIEU_LABELS[m]}</th>
                  <td className="num">{r.incidents.byMilieu[m]}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <DataTable caption="Händelser per kategori">
            <tbody>
              {CATEGORIES.filter((c) => r.incidents.byCategory[c] > 0).map((c) => (
                <tr key={c}>
                  <th scope="row">{CATEGORY_LABELS[c]}</th>
                  <td className="num">{r.incidents.byCategory[c]}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}

      <h3>Per enhet</h3>
      <DataTable caption="Svar per enhet">
        <thead>
          <tr>
            <th scope="col">Enhet</th>
            <th scope="col">Svarade</th>
            <th scope="col" className="num">
              Medarbetare
            </th>
            <th scope="col" className="num">
              Webbutbildning
            </th>
            <th scope="col" className="num">
              Händelser
            </th>
            <th scope="col">Kommentar</th>
          </tr>
        </thead>
        <tbody>
          {r.perUnit.map((u) => (
            <tr key={u.id}>
              <th scope="row">{u.name}</th>
              <td>{u.answeredAt ? formatDateTime(u.answeredAt) : 'Har inte svarat'}</td>
              <td className="num">{u.staff ?? '–'}</td>
              <td className="num">{u.courseCompleted === null ? '–' : `${u.courseCompleted} (${percent(u.courseCompleted, u.staff ?? 0)})`}</td>
              <td className="num">{u.incidents ?? '–'}</td>
              <td className="ws-minutes-text">{u.comment ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}
