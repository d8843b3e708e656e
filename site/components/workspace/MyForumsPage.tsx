// "Mina forum": the forums you reach, with their next and latest meeting.
import { FORUM_TYPE_LABELS, MEETING_STATUS_LABELS } from '../../../api/domain/codes.ts';
import { formatDateTime } from '../../../api/domain/swedish-format.ts';
import { api, type ForumSummary } from '../../lib/workspace/api.ts';
import { useAccount } from './Shell.tsx';
import { Empty, Loading, Problem } from './states.tsx';
import { useLoad } from './use-load.ts';

/**
 * Where the "väntar på justering" badge leads: the meeting itself when it is
 * the one the card knows (the latest), else the forum's list of meetings
 * awaiting justering.
 */
export function awaitingHref(forum: Pick<ForumSummary, 'id' | 'unapprovedMinutes' | 'latestMeeting'>): string {
  const latest = forum.latestMeeting;
  if (forum.unapprovedMinutes === 1 && latest?.status === 'held') return `/arbetsyta/mote/?id=${latest.id}`;
  return `/arbetsyta/forum/?id=${forum.id}#ejjusterade`;
}

function ForumCard({ forum }: { forum: ForumSummary }) {
  const { nextMeeting: next, latestMeeting: latest } = forum;
  const headingId = `forum-${forum.id}`;
  return (
    <li className="ws-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <a href={`/arbetsyta/forum/?id=${forum.id}`}>{forum.name}</a>
      </h2>
      <p className="ws-meta">{FORUM_TYPE_LABELS[forum.type]}</p>
      <p>
        Nästa möte:{' '}
        {next ? <a href={`/arbetsyta/mote/?id=${next.id}`}>{formatDateTime(next.startsAt)}</a> : <span className="ws-meta">inget planerat</span>}
      </p>
      <p>
        Senaste möte:{' '}
        {latest ? (
          <>
            <a href={`/arbetsyta/mote/?id=${latest.id}`}>{formatDateTime(latest.startsAt)}</a> ({MEETING_STATUS_LABELS[latest.status].toLowerCase()})
          </>
        ) : (
          <span className="ws-meta">inget ännu</span>
        )}
      </p>
      {forum.unapprovedMinutes > 0 && (
        <p>
          <a className="ws-badge ws-badge-warn" href={awaitingHref(forum)}>
            {forum.unapprovedMinutes === 1 ? '1 protokoll väntar på justering' : `${forum.unapprovedMinutes} protokoll väntar på justering`}
            <span className="ws-visually-hidden"> i {forum.name}</span>
          </a>
        </p>
      )}
      <p className="ws-actions">
        <a className="ws-button-link" href={`/arbetsyta/nytt-mote/?forum=${forum.id}`}>
          Nytt möte<span className="ws-visually-hidden"> i {forum.name}</span>
        </a>
      </p>
    </li>
  );
}

export function MyForumsPage() {
  const account = useAccount();
  const [forums, reload] = useLoad(() => api.forums.list.query(), []);
  const heading = account.role === 'convener' ? 'Mina forum' : account.role === 'coordinator' ? 'Forum i stadsdelen' : 'Alla forum';
  return (
    <>
      <h1>{heading}</h1>
      {forums.state === 'loading' && <Loading what="forumen" />}
      {forums.state === 'failed' && <Problem problem={forums.problem} retry={reload} />}
      {forums.state === 'ready' &&
        (forums.data.length === 0 ? (
          <Empty>
            Du är inte sammankallande för något forum ännu. Be den lokala samordnaren eller en administratör att koppla ditt konto till
            forumet.
          </Empty>
        ) : (
          <ul className="ws-cards">
            {forums.data.map((f) => (
              <ForumCard key={f.id} forum={f} />
            ))}
          </ul>
        ))}
    </>
  );
}
