// One row per forum of the district: meetings held, minutes approved, and
// the VBE status summed per forum, with each meeting's on demand (a list of
// every meeting made the page thousands of pixels tall). Statuses are words;
// the badge colour only repeats the text.
import { FORUM_TYPE_LABELS } from '../../../../api/domain/codes.ts';
import { formatMeetingDate } from '../../../../api/domain/swedish-format.ts';
import { Empty, Loading, Problem } from '../states.tsx';
import type { Load } from '../use-load.ts';
import { DataTable } from './DataTable.tsx';
import { formatCount, vbeOf, vbeSummary, type MeetingSummary, type PeriodFigures } from './format.ts';

interface Props {
  /** From lagesbild.compile: every forum, with its approved meetings in the period. */
  forums: PeriodFigures['meetingsPerForum'];
  /** Every meeting of the district in the period, whatever its status. */
  meetings: Load<MeetingSummary[]>;
  retry: () => void;
}

export function ForumTable({ forums, meetings, retry }: Props) {
  if (forums.length === 0) return <Empty>Stadsdelen har inga forum ännu.</Empty>;
  if (meetings.state === 'loading') return <Loading what="mötena" />;
  if (meetings.state === 'failed') return <Problem problem={meetings.problem} retry={retry} />;

  const byForum = new Map<string, MeetingSummary[]>();
  for (const m of meetings.data) byForum.set(m.forumId, [...(byForum.get(m.forumId) ?? []), m]);

  return (
    <DataTable caption="Möten per forum">
      <thead>
        <tr>
          <th scope="col">Forum</th>
          <th scope="col">Typ</th>
          <th scope="col" className="num">
            Möten hållna
          </th>
          <th scope="col" className="num">
            Protokoll justerade
          </th>
          <th scope="col">VBE-frågan</th>
        </tr>
      </thead>
      <tbody>
        {forums.map((forum) => {
          const list = byForum.get(forum.forumId) ?? [];
          // Held: minutes written, approved or not; planned meetings have none yet.
          const held = list.filter((m) => m.status === 'held' || m.status === 'approved').length;
          return (
            <tr key={forum.forumId}>
              <th scope="row">{forum.forumName}</th>
              <td>{FORUM_TYPE_LABELS[forum.forumType]}</td>
              <td className="num">{formatCount(held)}</td>
              <td className="num">{formatCount(forum.meetings)}</td>
              <td>
                <VbeCell forumName={forum.forumName} meetings={list} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

function VbeCell({ forumName, meetings }: { forumName: string; meetings: MeetingSummary[] }) {
  if (meetings.length === 0) return <span className="ws-meta">Inga möten under perioden</span>;
  return (
    <>
      <ul className="ws-overview-meetings">
        {vbeSummary(meetings).map((s) => (
          <li key={s.text}>
            <span className={s.tone ? `ws-badge ${s.tone}` : 'ws-badge'}>{s.text}</span> {formatCount(s.count)}
          </li>
        ))}
      </ul>
      <details className="ws-overview-details">
        <summary>
          Möte för möte ({formatCount(meetings.length)})<span className="ws-visually-hidden"> i {forumName}</span>
        </summary>
        <ul className="ws-overview-meetings">
          {meetings.map((m) => {
            const vbe = vbeOf(m);
            return (
              <li key={m.id}>
                <a href={`/arbetsyta/mote/?id=${encodeURIComponent(m.id)}`}>{formatMeetingDate(m.startsAt)}</a>
                {': '}
                <span className={vbe.tone ? `ws-badge ${vbe.tone}` : 'ws-badge'}>{vbe.text}</span>
              </li>
            );
          })}
        </ul>
      </details>
    </>
  );
}
