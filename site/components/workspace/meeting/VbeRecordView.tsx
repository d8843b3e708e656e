// The VBE item's record as plain content, for locked (justerade) minutes.
import {
  CATEGORY_LABELS,
  MILIEU_LABELS,
  SOURCE_LABELS,
  VBE_STATUS_LABELS,
} from '../../../../api/domain/codes.ts';
import { formatDay, formatMeetingDate } from '../../../../api/domain/swedish-format.ts';
import type { VbeRecord } from '../../../../api/domain/types.ts';

export function VbeRecordView({ vbe }: { vbe: VbeRecord | undefined }) {
  if (!vbe) return <p>Status för VBE-frågan: inte angiven.</p>;
  return (
    <div className="ws-vbe-record">
      <p>
        Status för VBE-frågan: <strong>{VBE_STATUS_LABELS[vbe.status]}</strong>
      </p>
      {vbe.observations.length === 0 ? (
        <p>Inga observationer.</p>
      ) : (
        <div className="ws-table-wrap" role="region" tabIndex={0} aria-label="Observationer">
          <table>
            <caption>Observationer</caption>
            <thead>
              <tr>
                <th scope="col">Miljö</th>
                <th scope="col">Kategori</th>
                <th scope="col">Källa</th>
                <th scope="col">Område</th>
                <th scope="col" className="num">
                  Antal
                </th>
                <th scope="col">Datum</th>
                <th scope="col">Beskrivning</th>
              </tr>
            </thead>
            <tbody>
              {vbe.observations.map((o) => (
                <tr key={o.id}>
                  <td>{MILIEU_LABELS[o.milieu]}</td>
                  <td>{CATEGORY_LABELS[o.category]}</td>
                  <td>{SOURCE_LABELS[o.source]}</td>
                  <td>{o.area}</td>
                  <td className="num">{o.count}</td>
                  <td>{formatDay(o.date)}</td>
                  <td className="ws-minutes-text">{o.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {vbe.actions.length === 0 ? (
        <p>Inga åtgärder.</p>
      ) : (
        <div className="ws-table-wrap" role="region" tabIndex={0} aria-label="Åtgärder">
          <table>
            <caption>Åtgärder</caption>
            <thead>
              <tr>
                <th scope="col">Vad ska göras</th>
                <th scope="col">Ansvarig</th>
                <th scope="col">Klart senast</th>
                <th scope="col">Läge</th>
              </tr>
            </thead>
            <tbody>
              {vbe.actions.map((a) => (
                <tr key={a.id}>
                  <td>{a.text}</td>
                  <td>{a.owner}</td>
                  <td>{formatDay(a.due)}</td>
                  <td>{a.completedAt ? `Klar ${formatMeetingDate(a.completedAt)}` : 'Öppen'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
