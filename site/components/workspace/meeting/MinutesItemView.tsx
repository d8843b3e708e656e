// An item's saved minutes as plain text: locked minutes, and what the server
// holds while a local draft waits for a decision.
import { ACTION_OUTCOME_LABELS } from '../../../../api/domain/codes.ts';
import { formatDay, formatMeetingDate } from '../../../../api/domain/swedish-format.ts';
import type { Action, CarriedAction, ItemMinutes } from '../../../../api/domain/types.ts';
import { VbeRecordView } from './VbeRecordView.tsx';

function ActionsTable({ actions }: { actions: Action[] }) {
  return (
    <div className="ws-table-wrap" role="region" aria-label="Åtgärder" tabIndex={0}>
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
          {actions.map((a) => (
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
  );
}

function OutcomesList({ minutes, carried }: { minutes: ItemMinutes | undefined; carried: CarriedAction[] }) {
  return (
    <>
      <h4>Uppföljning av åtgärder från tidigare möten</h4>
      <ul className="ws-list">
        {carried.map((c) => {
          const o = minutes?.carriedOutcomes?.find((x) => x.meetingId === c.meetingId && x.actionId === c.actionId);
          return (
            <li key={`${c.meetingId}/${c.actionId}`}>
              {c.text} ({c.owner}): <strong>{o ? ACTION_OUTCOME_LABELS[o.outcome] : 'inte angivet'}</strong>
              {o?.note && <> – {o.note}</>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

export function MinutesItemView({ minutes, isVbe, carried }: { minutes: ItemMinutes | undefined; isVbe: boolean; carried?: CarriedAction[] }) {
  return (
    <>
      {minutes?.text ? <p className="ws-minutes-text">{minutes.text}</p> : <p className="ws-hint">Inga anteckningar.</p>}
      {isVbe && <VbeRecordView vbe={minutes?.vbe} />}
      {carried && carried.length > 0 && <OutcomesList minutes={minutes} carried={carried} />}
      {!isVbe && minutes?.actions && minutes.actions.length > 0 && <ActionsTable actions={minutes.actions} />}
    </>
  );
}
