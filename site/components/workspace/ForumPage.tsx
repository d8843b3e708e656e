// A forum: its meetings by stage, its open actions, and its agenda template.
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { ACTION_OUTCOME_LABELS, FORUM_TYPE_LABELS, VBE_STATUS_LABELS } from '../../../api/domain/codes.ts';
import { formatDateTime, formatDay } from '../../../api/domain/swedish-format.ts';
import type { TemplateItem } from '../../../api/domain/types.ts';
import { CadenceEditor } from './CadenceEditor.tsx';
import { MembersEditor } from './MembersEditor.tsx';
import { api, problemOf, queryParam, type ApiProblem, type ForumDetails, type Outputs } from '../../lib/workspace/api.ts';
import { Empty, Loading, Problem } from './states.tsx';
import { useLoad } from './use-load.ts';
import { useTitle } from './use-title.ts';
import { LIMITS } from '../../../api/domain/limits.ts';

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
              {m.status === 'cancelled' && <span className="ws-meta"> · inställt{m.cancellation ? `: ${m.cancellation.reason}` : ''}</span>}
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
  const [announcement, setAnnouncement] = useState('');
  // The completed row disappears with its button: focus goes to a neighbour's button, or the heading.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    (buttons.current.get(focusTarget) ?? headingRef.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  async function complete(action: ActionRow) {
    setProblem(null);
    setAnnouncement('');
    try {
      await api.actions.complete.mutate({ meetingId: action.meetingId, actionId: action.id });
      if (actions.state === 'ready') {
        const index = actions.data.findIndex((a) => a.id === action.id);
        const neighbour = actions.data[index + 1] ?? actions.data[index - 1];
        replace(actions.data.filter((a) => a.id !== action.id));
        setFocusTarget(neighbour?.id ?? '');
      }
      setAnnouncement('Åtgärden är markerad som klar.');
    } catch (err) {
      setProblem(problemOf(err));
    }
  }
  return (
    <section className="ws-section" aria-labelledby="atgarder">
      <h2 id="atgarder" tabIndex={-1} ref={headingRef}>
        Öppna åtgärder
      </h2>
      <p className="ws-visually-hidden" role="status">
        {announcement}
      </p>
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
                  {/* What a later protocol recorded; completion is still this list's own step. */}
                  {a.outcome && <span className="ws-meta"> Enligt senaste protokollet: {ACTION_OUTCOME_LABELS[a.outcome.outcome].toLowerCase()}.</span>}
                </span>
                <button
                  type="button"
                  className="ws-secondary"
                  ref={(el) => {
                    if (el) buttons.current.set(a.id, el);
                    else buttons.current.delete(a.id);
                  }}
                  onClick={() => complete(a)}
                >
                  Markera som klar<span className="ws-visually-hidden">: {a.text}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

type TemplateControl = 'up' | 'down' | 'remove';

let templateKeyCounter = 0;
const newTemplateKey = () => `mallpunkt-${++templateKeyCounter}`;

function moved<T>(list: T[], index: number, delta: number): T[] {
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(index + delta, 0, item);
  return next;
}

function TemplateEditor({ forum, onSaved }: { forum: ForumDetails; onSaved: (f: ForumDetails) => void }) {
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [addError, setAddError] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [status, setStatus] = useState('');
  const items = forum.template;
  // Template items have no ids: stable client-side keys, moved and removed along with
  // them, so a row keeps its DOM (and the keyboard its place) when the list changes.
  const [keys, setKeys] = useState(() => items.map(newTemplateKey));
  const keyOf = (index: number) => (keys.length === items.length ? keys[index] : `punkt-${index}`);
  const controls = useRef(new Map<string, HTMLElement>());
  const focusNext = useRef<string[] | null>(null);
  const [focusAdd, setFocusAdd] = useState(false);

  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = null;
    const target = want.map((k) => controls.current.get(k)).find((el) => el && !(el as HTMLButtonElement).disabled);
    (target ?? document.getElementById('ny-mallpunkt'))?.focus();
  }, [items]);

  useEffect(() => {
    if (!focusAdd) return;
    document.getElementById('ny-mallpunkt')?.focus();
    setFocusAdd(false);
  }, [focusAdd]);

  const ref = (control: TemplateControl, key: string) => (el: HTMLElement | null) => {
    if (el) controls.current.set(`${control}:${key}`, el);
    else controls.current.delete(`${control}:${key}`);
  };
  /** Where the keyboard goes after the save: the first of these controls that exists and is enabled. */
  const on = (key: string | undefined, ...order: TemplateControl[]) => (key ? order.map((c) => `${c}:${key}`) : []);

  /** `addAt`: the index of an item being added, whose title a refusal can name (`template.N.title`). */
  async function save(template: TemplateItem[], nextKeys: string[], said: string, focus: string[] | null, addAt?: number) {
    setProblem(null);
    setAddError(null);
    try {
      const updated = await api.forums.update.mutate({ id: forum.id, template });
      focusNext.current = focus;
      setKeys(nextKeys);
      onSaved({ ...forum, ...updated });
      setStatus(said);
      return true;
    } catch (err) {
      const refused = problemOf(err);
      const titleError = addAt === undefined ? undefined : refused.fields[`template.${addAt}.title`];
      if (titleError) {
        setAddError(titleError);
        setFocusAdd(true);
      } else {
        setProblem(refused);
      }
      return false;
    }
  }

  function move(index: number, delta: -1 | 1) {
    const item = items[index];
    const key = keyOf(index);
    const to = index + delta;
    // The same button while it can still be used; at the end of the list, the other one.
    const focus = delta < 0 ? on(key, to > 0 ? 'up' : 'down', 'down') : on(key, to < items.length - 1 ? 'down' : 'up', 'up');
    void save(moved(items, index, delta), moved(items.map((_, i) => keyOf(i)), index, delta), `”${item.title}” flyttades ${delta < 0 ? 'upp' : 'ned'}.`, focus);
  }

  function remove(index: number) {
    const item = items[index];
    const neighbour = index + 1 < items.length ? index + 1 : index - 1;
    const nextKeys = items.map((_, i) => keyOf(i)).filter((_, i) => i !== index);
    const focus = neighbour >= 0 ? on(keyOf(neighbour), 'remove', 'up', 'down') : [];
    void save(items.filter((_, i) => i !== index), nextKeys, `”${item.title}” togs bort ur mallen.`, focus);
  }

  async function add(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const title = newTitle.trim();
    if (!title) {
      setProblem(null);
      setAddError('Skriv en rubrik för den nya punkten.');
      setFocusAdd(true);
      return;
    }
    const found = items.findIndex((i) => i.kind === 'other-business');
    const at = found === -1 ? items.length : found;
    const next = [...items];
    next.splice(at, 0, { kind: 'topic', title, prompts: [] });
    const nextKeys = items.map((_, i) => keyOf(i));
    nextKeys.splice(at, 0, newTemplateKey());
    if (await save(next, nextKeys, `”${title}” lades till i mallen.`, null, at)) setNewTitle('');
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
          <li key={keyOf(index)} className={item.kind === 'vbe' ? 'ws-agenda-vbe' : undefined}>
            <div className="ws-agenda-head">
              <span className="ws-agenda-title">
                § {index + 1} {item.title}
              </span>
              <span className="ws-actions">
                <button type="button" className="ws-secondary" ref={ref('up', keyOf(index))} disabled={index === 0} onClick={() => move(index, -1)}>
                  Flytta upp<span className="ws-visually-hidden"> ”{item.title}” i mallen</span>
                </button>
                <button
                  type="button"
                  className="ws-secondary"
                  ref={ref('down', keyOf(index))}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                >
                  Flytta ned<span className="ws-visually-hidden"> ”{item.title}” i mallen</span>
                </button>
                {item.kind !== 'vbe' && (
                  <button type="button" className="ws-danger" ref={ref('remove', keyOf(index))} onClick={() => remove(index)}>
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
          <input
            id="ny-mallpunkt"
            type="text"
            value={newTitle}
            maxLength={LIMITS.itemTitle}
            onChange={(e) => setNewTitle(e.target.value)}
            {...(addError ? { 'aria-invalid': true as const, 'aria-describedby': 'ny-mallpunkt-fel' } : {})}
          />
          {addError && (
            <p className="ws-field-error" id="ny-mallpunkt-fel">
              {addError}
            </p>
          )}
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
  // Cancelled meetings are kept, and listed on their own.
  const cancelled = meetings.filter((m) => m.status === 'cancelled').reverse();
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
      {cancelled.length > 0 && <MeetingList title="Inställda möten" id="installda" meetings={cancelled} empty="" />}
      <OpenActions forumId={forum.id} />
      <MembersEditor forum={forum} onSaved={(f) => replace({ forum: f, meetings })} />
      <CadenceEditor forum={forum} onSaved={(f) => replace({ forum: f, meetings })} />
      <TemplateEditor forum={forum} onSaved={(f) => replace({ forum: f, meetings })} />
    </>
  );
}
