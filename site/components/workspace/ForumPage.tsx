// A forum: its meetings by stage, its open actions, and its agenda template.
import { useState, type FormEvent } from 'react';
import { FORUM_TYPE_LABELS, VBE_STATUS_LABELS } from '../../../api/domain/codes.ts';
import { formatDateTime, formatDay } from '../../../api/domain/swedish-format.ts';
import type { TemplateItem } from '../../../api/domain/types.ts';
import { api, problemOf, queryParam, type ApiProblem, type ForumDetails, type Outputs } from '../../lib/workspace/api.ts';
import { Empty, Loading, Problem } from './states.tsx';
import { useLoad } from './use-load.ts';
import { useTitle } from './use-title.ts';

type MeetingSummary = Outputs['meetings']['list'][number];
type ActionRow = Outputs['actions']['list'][number];

function MeetingList({ title, id, meetings, empty }: { title: string; id: string; meetings: MeetingSummary[]; empty: string }) {
  return (
    <section className="ws-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {meetings.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul className="ws-list">
          {meetings.map((m) => (
            <li key={m.id}>
              <a href={`/arbetsyta/mote/?id=${m.id}`}>{formatDateTime(m.startsAt)}</a>
              {m.location && <span className="ws-meta"> · {m.location}</span>}
              {m.vbeStatus && <span className="ws-meta"> · VBE: {VBE_STATUS_LABELS[m.vbeStatus].toLowerCase()}</span>}
              {m.approval && <span className="ws-meta"> · justerat {formatDateTime(m.approval.at)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OpenActions({ forumId }: { forumId: string }) {
  const [actions, reload, replace] = useLoad(() => api.actions.list.query({ forumId, status: 'open' }), [forumId]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  async function complete(action: ActionRow) {
    setProblem(null);
    try {
      await api.actions.complete.mutate({ meetingId: action.meetingId, actionId: action.id });
      if (actions.state === 'ready') replace(actions.data.filter((a) => a.id !== action.id));
    } catch (err) {
      setProblem(problemOf(err));
    }
  }
  return (
    <section className="ws-section" aria-labelledby="atgarder">
      <h2 id="atgarder">Öppna åtgärder</h2>
      {problem && <Problem problem={problem} />}
      {actions.state === 'loading' && <Loading what="åtgärderna" />}
      {actions.state === 'failed' && <Problem problem={actions.problem} retry={reload} />}
      {actions.state === 'ready' &&
        (actions.data.length === 0 ? (
          <Empty>Inga öppna åtgärder.</Empty>
        ) : (
          <ul className="ws-list">
            {actions.data.map((a) => (
              <li key={a.id} className="ws-agenda-head">
                <span>
                  {a.text} – {a.owner}, klart senast {formatDay(a.due)}{' '}
                  <span className="ws-meta">
                    (från <a href={`/arbetsyta/mote/?id=${a.meetingId}`}>mötet {formatDateTime(a.meetingStartsAt)}</a>)
                  </span>
                </span>
                <button type="button" className="ws-secondary" onClick={() => complete(a)}>
                  Markera som klar<span className="ws-visually-hidden">: {a.text}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function TemplateEditor({ forum, onSaved }: { forum: ForumDetails; onSaved: (f: ForumDetails) => void }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [status, setStatus] = useState('');
  const items = forum.template;

  async function save(template: TemplateItem[], said: string) {
    setProblem(null);
    try {
      const updated = await api.forums.update.mutate({ id: forum.id, template });
      onSaved({ ...forum, ...updated });
      setStatus(said);
      return true;
    } catch (err) {
      setProblem(problemOf(err));
      return false;
    }
  }
  const moved = (index: number, delta: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item);
    return next;
  };
  async function add(event: FormEvent) {
    event.preventDefault();
    if (!newTitle.trim()) return setProblem({ code: 'BAD_REQUEST', message: 'Skriv en rubrik för den nya punkten.', fields: {} });
    const at = items.findIndex((i) => i.kind === 'other-business');
    const next = [...items];
    next.splice(at === -1 ? next.length : at, 0, { kind: 'topic', title: newTitle.trim(), prompts: [] });
    if (await save(next, `”${newTitle.trim()}” lades till i mallen.`)) setNewTitle('');
  }

  return (
    <section className="ws-section" aria-labelledby="mall">
      <h2 id="mall">Mall för dagordningen</h2>
      <p>Nya möten får den här dagordningen. Ändringar gäller kommande möten, inte de som redan är skapade.</p>
      <p className="ws-visually-hidden" role="status">
        {status}
      </p>
      {problem && (
        <p className="ws-field-error ws-form-error" role="alert">
          {problem.message}
        </p>
      )}
      <ol className="ws-list ws-agenda">
        {items.map((item, index) => (
          <li key={`${index}-${item.title}`} className={item.kind === 'vbe' ? 'ws-agenda-vbe' : undefined}>
            <div className="ws-agenda-head">
              <span className="ws-agenda-title">
                § {index + 1} {item.title}
              </span>
              <span className="ws-actions">
                <button type="button" className="ws-secondary" disabled={index === 0} onClick={() => save(moved(index, -1), `”${item.title}” flyttades upp.`)}>
                  Flytta upp<span className="ws-visually-hidden"> ”{item.title}” i mallen</span>
                </button>
                <button
                  type="button"
                  className="ws-secondary"
                  disabled={index === items.length - 1}
                  onClick={() => save(moved(index, 1), `”${item.title}” flyttades ned.`)}
                >
                  Flytta ned<span className="ws-visually-hidden"> ”{item.title}” i mallen</span>
                </button>
                {item.kind !== 'vbe' && (
                  <button type="button" className="ws-danger" onClick={() => save(items.filter((_, i) => i !== index), `”${item.title}” togs bort ur mallen.`)}>
                    Ta bort<span className="ws-visually-hidden"> ”{item.title}” ur mallen</span>
                  </button>
                )}
              </span>
            </div>
            {item.kind === 'vbe' && (
              <p className="ws-lock">
                <strong>Stående punkt – kan inte tas bort.</strong> {forum.vbeExplanation}
              </p>
            )}
          </li>
        ))}
      </ol>
      <form className="ws-row" onSubmit={add}>
        <div className="ws-field">
          <label htmlFor="ny-mallpunkt">Ny punkt i mallen</label>
          <input id="ny-mallpunkt" type="text" value={newTitle} maxLength={200} onChange={(e) => setNewTitle(e.target.value)} />
        </div>
        <button type="submit">Lägg till i mallen</button>
      </form>
    </section>
  );
}

export function ForumPage() {
  const id = queryParam('id') ?? '';
  const [loaded, reload, replace] = useLoad(async () => {
    const [forum, meetings] = await Promise.all([api.forums.get.query({ id }), api.meetings.list.query({ forumId: id })]);
    return { forum, meetings };
  }, [id]);
  useTitle(loaded.state === 'ready' ? loaded.data.forum.name : null);

  if (loaded.state === 'loading') return <Loading what="forumet" />;
  if (loaded.state === 'failed')
    return (
      <>
        <h1>Forumet kunde inte visas</h1>
        <Problem problem={loaded.problem} retry={reload} />
      </>
    );
  const { forum, meetings } = loaded.data;
  const now = Date.now();
  const upcoming = meetings.filter((m) => m.status === 'planned' && Date.parse(m.startsAt) >= now);
  const waiting = meetings.filter((m) => m.status === 'held' || (m.status === 'planned' && Date.parse(m.startsAt) < now)).reverse();
  const approved = meetings.filter((m) => m.status === 'approved').reverse();
  return (
    <>
      <h1>{forum.name}</h1>
      <p className="ws-meta">
        {FORUM_TYPE_LABELS[forum.type]}
        {forum.conveners.length > 0 && <> · Sammankallande: {forum.conveners.map((c) => c.displayName).join(', ')}</>}
      </p>
      {forum.memberOrganisations.length > 0 && <p>Deltagare: {forum.memberOrganisations.join(', ')}.</p>}
      <p className="ws-actions">
        <a className="ws-button-link" href={`/arbetsyta/nytt-mote/?forum=${forum.id}`}>
          Nytt möte
        </a>
      </p>
      <MeetingList title="Kommande möten" id="kommande" meetings={upcoming} empty="Inga planerade möten." />
      <MeetingList title="Hållna möten som väntar på justering" id="ejjusterade" meetings={waiting} empty="Alla hållna möten är justerade." />
      <MeetingList title="Justerade protokoll" id="justerade" meetings={approved} empty="Inga justerade protokoll ännu." />
      <OpenActions forumId={forum.id} />
      <TemplateEditor forum={forum} onSaved={(f) => replace({ forum: f, meetings })} />
    </>
  );
}
