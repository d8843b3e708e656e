// One meeting: its agenda, minutes, approval, versions and downloads.
import { useEffect, useState } from 'react';
import { actorOf, canManageDistrict } from '../../../api/domain/access.ts';
import { FORUM_TYPE_LABELS, MEETING_STATUS_LABELS } from '../../../api/domain/codes.ts';
import { formatDateTime } from '../../../api/domain/swedish-format.ts';
import { api, queryParam, type ForumDetails, type Meeting } from '../../lib/workspace/api.ts';
import { AgendaEditor } from './meeting/AgendaEditor.tsx';
import { ApprovalPanel } from './meeting/ApprovalPanel.tsx';
import { AttendancePanel } from './meeting/AttendancePanel.tsx';
import { presentPeople } from '../../../api/domain/people.ts';
import { ExportLinks } from './meeting/ExportLinks.tsx';
import { HistoryPanel } from './meeting/HistoryPanel.tsx';
import { MailPanel } from './meeting/MailPanel.tsx';
import { MinutesEditor } from './meeting/MinutesEditor.tsx';
import { RedactPanel } from './meeting/RedactPanel.tsx';
import { ScheduleControls } from './meeting/ScheduleControls.tsx';
import { useAccount } from './Shell.tsx';
import { Loading, Problem } from './states.tsx';
import { useLoad } from './use-load.ts';
import { useTitle } from './use-title.ts';
import { formatMeetingSpan } from '../../lib/workspace/meeting-time.ts';
import { meetingEnd, usualMinutes } from '../../../api/domain/meeting-time.ts';

interface Loaded {
  meeting: Meeting;
  forum: ForumDetails;
  areas: string[];
}

function MeetingView({ data, replace }: { data: Loaded; replace: (data: Loaded) => void }) {
  const { meeting, forum, areas } = data;
  const setMeeting = (m: Meeting) => replace({ ...data, meeting: m });
  // After a redaction the editors start again from the server's text, so none keeps the old one.
  const [redactions, setRedactions] = useState(0);
  const account = useAccount();
  useTitle(`${forum.name}, ${formatDateTime(meeting.startsAt)}`);
  // Arriving from "new meeting" lands on the agenda.
  useEffect(() => {
    if (location.hash) document.getElementById(location.hash.slice(1))?.focus();
  }, []);

  return (
    <>
      <p className="ws-meta">
        <a href={`/arbetsyta/forum/?id=${forum.id}`}>{forum.name}</a> · {FORUM_TYPE_LABELS[forum.type]}
      </p>
      <h1>Möte {formatMeetingSpan(meeting.startsAt, meetingEnd(meeting, forum.cadence))}</h1>
      <p>
        {meeting.location && <>Plats: {meeting.location} · </>}
        Status: <span className={meeting.status === 'approved' ? 'ws-badge ws-badge-ok' : 'ws-badge'}>{MEETING_STATUS_LABELS[meeting.status]}</span>
      </p>
      <ScheduleControls meeting={meeting} onChanged={setMeeting} usualMinutes={usualMinutes(forum.cadence)} />
      {/* A cancelled meeting takes no agenda edits, attendance or notes: only what it was, its downloads and its history. */}
      {meeting.status !== 'cancelled' && (
        <>
          <nav aria-label="Mötets delar">
            <ul className="ws-subnav">
              <li>
                <a href="#dagordning">Dagordning</a>
              </li>
              <li>
                <a href="#narvaro">Närvaro</a>
              </li>
              <li>
                <a href="#protokoll">Protokoll</a>
              </li>
              <li>
                <a href="#justering">Justering</a>
              </li>
              <li>
                <a href="#skicka">Skicka</a>
              </li>
              <li>
                <a href="#ladda-ned">Ladda ned</a>
              </li>
              <li>
                <a href="#versioner">Versioner</a>
              </li>
            </ul>
          </nav>
          <AgendaEditor key={`agenda-${redactions}`} meeting={meeting} vbeExplanation={forum.vbeExplanation} onChanged={setMeeting} />
          <AttendancePanel key={`narvaro-${meeting.status}`} meeting={meeting} members={forum.members ?? []} forumId={forum.id} onChanged={setMeeting} />
          <MinutesEditor key={`minutes-${redactions}`} meeting={meeting} areas={areas} onSaved={setMeeting} />
          <ApprovalPanel meeting={meeting} present={meeting.attendance ? presentPeople(meeting, forum).map((p) => p.name) : undefined} onChanged={setMeeting} />
        </>
      )}
      <MailPanel meeting={meeting} />
      <ExportLinks meeting={meeting} />
      <HistoryPanel meeting={meeting}>
        {canManageDistrict(actorOf(account), meeting.districtId) && (
          <RedactPanel
            meeting={meeting}
            onRedacted={(m) => {
              setRedactions((n) => n + 1);
              setMeeting(m);
            }}
          />
        )}
      </HistoryPanel>
    </>
  );
}

export function MeetingPage() {
  const id = queryParam('id') ?? '';
  const [loaded, reload, replace] = useLoad<Loaded>(async () => {
    const meeting = await api.meetings.get.query({ id });
    const [forum, areas] = await Promise.all([
      api.forums.get.query({ id: meeting.forumId }),
      api.districts.areas.query({ districtId: meeting.districtId }).catch(() => []),
    ]);
    return { meeting, forum, areas };
  }, [id]);

  if (loaded.state === 'loading') return <Loading what="mötet" />;
  if (loaded.state === 'failed')
    return (
      <>
        <h1>Mötet kunde inte visas</h1>
        <Problem problem={loaded.problem} retry={reload} />
        <p>
          <a href="/arbetsyta/">Till Mina forum</a>
        </p>
      </>
    );
  return <MeetingView data={loaded.data} replace={replace} />;
}
