// Each forum's approved meetings and how often the VBE item was raised, this
// period beside the previous (the overview's forum table shows this period only).
import { FORUM_TYPE_LABELS } from '../../../../api/domain/codes.ts';
import { DataTable } from '../overview/DataTable.tsx';
import { formatCount, type PeriodFigures } from '../overview/format.ts';

export function ForumComparison({ current, previous }: { current: PeriodFigures; previous: PeriodFigures }) {
  const before = new Map(previous.meetingsPerForum.map((f) => [f.forumId, f]));
  return (
    <DataTable caption="Justerade möten och VBE-punkten per forum, perioden och föregående period">
      <thead>
        <tr>
          <th scope="col">Forum</th>
          <th scope="col">Typ</th>
          <th scope="col">Möten, perioden</th>
          <th scope="col">VBE upptagen, perioden</th>
          <th scope="col">Möten, föregående</th>
          <th scope="col">VBE upptagen, föregående</th>
        </tr>
      </thead>
      <tbody>
        {current.meetingsPerForum.map((f) => (
          <tr key={f.forumId}>
            <th scope="row">{f.forumName}</th>
            <td>{FORUM_TYPE_LABELS[f.forumType]}</td>
            <td>{formatCount(f.meetings)}</td>
            <td>{formatCount(f.vbeRaised)}</td>
            <td>{formatCount(before.get(f.forumId)?.meetings ?? 0)}</td>
            <td>{formatCount(before.get(f.forumId)?.vbeRaised ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
