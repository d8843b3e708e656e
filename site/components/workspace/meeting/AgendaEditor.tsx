// The agenda: reorder, edit, add and remove items. The VBE item is locked in
// place on every agenda; it can be moved and given more questions.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatDay } from '../../../../api/domain/swedish-format.ts';
import type { AgendaItem } from '../../../../api/domain/types.ts';
import { api, problemOf, type ApiProblem, type Meeting } from '../../../lib/workspace/api.ts';
import { LIMITS } from '../../../../api/domain/limits.ts';

interface Props {
  meeting: Meeting;
  vbeExplanation: string;
  onChanged: (meeting: Meeting) => void;
}

type Focus = { itemId: string; control: 'up' | 'down' | 'edit' | 'title' } | { itemId: null; control: 'add' };

/** A refusal, and which form it answers: 'add' (Ny punkt), an item's id (its edit form), or null. */
type ScopedProblem = ApiProblem & { scope: string | null };

/** The message for the prompts textarea: the first `prompts` or `prompts.N` field, naming the line. */
function promptsError(fields: Record<string, string>): string | undefined {
  for (const [path, message] of Object.entries(fields)) {
    const m = /^prompts(?:\.(\d+))?$/.exec(path);
    if (!m) continue;
    const label = m[1] === undefined ? '' : `Fråga ${Number(m[1]) + 1}`;
    return label && !message.includes(`”${label}”`) ? `${label}: ${message}` : message;
  }
  return undefined;
}

/** Element ids of the item form's fields that the server refused, in form order. */
function refusedItemFields(item: AgendaItem, fields: Record<string, string>): string[] {
  return [fields.title && item.kind !== 'vbe' ? `rubrik-${item.id}` : '', promptsError(fields) ? `fragor-${item.id}` : ''].filter(Boolean);
}

const invalidProps = (id: string, error: string | undefined, ...described: (string | undefined)[]) => {
  const ids = [...described, error ? `${id}-fel` : undefined].filter(Boolean).join(' ');
  return { ...(error ? { 'aria-invalid': true as const } : {}), ...(ids ? { 'aria-describedby': ids } : {}) };
};

function ItemEditor({
  item,
  fields,
  onSave,
  onCancel,
}: {
  item: AgendaItem;
  /** The server's refusals of this form, by field. */
  fields: Record<string, string>;
  onSave: (title: string, prompts: string[]) => void;
  onCancel: () => void;
}) {
  const [title, setTitle] = useState(item.title);
  const [prompts, setPrompts] = useState(item.prompts.join('\n'));
  const isVbe = item.kind === 'vbe';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(title, prompts.split('\n').map((p) => p.trim()).filter(Boolean));
  };
  return (
    <form className="ws-form" onSubmit={submit}>
      {!isVbe && (
        <div className="ws-field">
          <label htmlFor={`rubrik-${item.id}`}>Rubrik</label>
          <input
            id={`rubrik-${item.id}`}
            type="text"
            value={title}
            maxLength={LIMITS.itemTitle}
            onChange={(e) => setTitle(e.target.value)}
            autoFocus
            {...invalidProps(`rubrik-${item.id}`, fields.title)}
          />
          {fields.title && (
            <p className="ws-field-error" id={`rubrik-${item.id}-fel`}>
              {fields.title}
            </p>
          )}
        </div>
      )}
      <div className="ws-field">
        <label htmlFor={`fragor-${item.id}`}>Frågor att ta upp (en per rad)</label>
        <textarea
          id={`fragor-${item.id}`}
          value={prompts}
          onChange={(e) => setPrompts(e.target.value)}
          autoFocus={isVbe}
          {...invalidProps(`fragor-${item.id}`, promptsError(fields), isVbe ? `fragor-hint-${item.id}` : undefined)}
        />
        {isVbe && (
          <p className="ws-hint" id={`fragor-hint-${item.id}`}>
            Standardfrågorna för forumtypen finns alltid kvar; du kan lägga till egna.
          </p>
        )}
        {promptsError(fields) && (
          <p className="ws-field-error" id={`fragor-${item.id}-fel`}>
            {promptsError(fields)}
          </p>
        )}
      </div>
      <p className="ws-actions">
        <button type="submit">Spara punkten</button>
        <button type="button" className="ws-secondary" onClick={onCancel}>
          Avbryt
        </button>
      </p>
    </form>
  );
}

export function AgendaEditor({ meeting, vbeExplanation, onChanged }: Props) {
  const locked = meeting.status === 'approved';
  const [editing, setEditing] = useState<string | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [problem, setProblem] = useState<ScopedProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busy, setBusy] = useState(false);
  // After a refused explicit submit: the id of the first field the refusal names.
  const [focusField, setFocusField] = useState<string | null>(null);
  const focusNext = useRef<Focus | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const items = meeting.agenda;
  const fieldsFor = (scope: string) => (problem?.scope === scope ? problem.fields : {});
  const addError = fieldsFor('add').title;
  const editedItem = problem?.scope && problem.scope !== 'add' ? items.find((i) => i.id === problem.scope) : undefined;
  // A refusal shown next to its field needs no second message above the list.
  const placed = !!problem && (problem.scope === 'add' ? !!addError : !!editedItem && refusedItemFields(editedItem, problem.fields).length > 0);

  useEffect(() => {
    if (!focusField) return;
    document.getElementById(focusField)?.focus();
    setFocusField(null);
  }, [focusField]);

  // Keep the keyboard where the user was after the list re-renders.
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = null;
    const key = want.itemId === null ? 'add' : `${want.control}:${want.itemId}`;
    (controls.current.get(key) ?? controls.current.get(`edit:${want.itemId}`))?.focus();
  }, [meeting, editing]);

  const ref = (key: string) => (el: HTMLElement | null) => {
    if (el) controls.current.set(key, el);
    else controls.current.delete(key);
  };

  async function run(change: () => Promise<Meeting>, focus: Focus | null, said?: (m: Meeting) => string, scope: string | null = null) {
    setBusy(true);
    setProblem(null);
    try {
      const updated = await change();
      focusNext.current = focus;
      onChanged(updated);
      if (said) setAnnouncement(said(updated));
      return true;
    } catch (err) {
      const refused = problemOf(err);
      setProblem({ ...refused, scope });
      const item = scope && scope !== 'add' ? items.find((i) => i.id === scope) : undefined;
      const first = scope === 'add' ? (refused.fields.title ? 'ny-punkt' : undefined) : item && refusedItemFields(item, refused.fields)[0];
      if (first) setFocusField(first);
      return false;
    } finally {
      setBusy(false);
    }
  }

  const move = (item: AgendaItem, index: number, delta: -1 | 1) =>
    run(
      () => api.agenda.moveItem.mutate({ meetingId: meeting.id, itemId: item.id, position: index + delta }),
      { itemId: item.id, control: delta < 0 && index + delta > 0 ? 'up' : delta > 0 && index + delta < items.length - 1 ? 'down' : 'edit' },
      () => `”${item.title}” är nu punkt ${index + delta + 1} av ${items.length}.`,
    );

  const remove = (item: AgendaItem, index: number) => {
    const neighbour = items[index + 1] ?? items[index - 1];
    return run(
      () => api.agenda.removeItem.mutate({ meetingId: meeting.id, itemId: item.id }),
      neighbour ? { itemId: neighbour.id, control: 'edit' } : { itemId: null, control: 'add' },
      () => `”${item.title}” togs bort från dagordningen.`,
    );
  };

  const save = (item: AgendaItem, title: string, prompts: string[]) =>
    run(
      () =>
        api.agenda.updateItem.mutate({
          meetingId: meeting.id,
          itemId: item.id,
          ...(item.kind === 'vbe' ? {} : { title }),
          prompts,
        }),
      { itemId: item.id, control: 'edit' },
      () => 'Punkten sparades.',
      item.id,
    ).then((ok) => ok && setEditing(null));

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!newTitle.trim()) {
      setProblem({ code: 'BAD_REQUEST', message: 'Skriv en rubrik för den nya punkten.', fields: { title: 'Skriv en rubrik för den nya punkten.' }, scope: 'add' });
      setFocusField('ny-punkt');
      return;
    }
    const ok = await run(
      () => api.agenda.addItem.mutate({ meetingId: meeting.id, title: newTitle.trim() }),
      { itemId: null, control: 'add' },
      (m) => {
        const index = m.agenda.findIndex((i) => i.kind === 'topic' && i.title === newTitle.trim());
        return `”${newTitle.trim()}” lades till som punkt ${index + 1}.`;
      },
      'add',
    );
    if (ok) setNewTitle('');
  }

  return (
    <section className="ws-section" aria-labelledby="dagordning">
      <h2 id="dagordning" tabIndex={-1}>
        Dagordning
      </h2>
      {locked && <p className="ws-note">Protokollet är justerat, så dagordningen kan inte längre ändras.</p>}
      <p className="ws-visually-hidden" role="status">
        {announcement}
      </p>
      {problem && !placed && (
        <p className="ws-field-error ws-form-error" role="alert">
          {problem.message}
        </p>
      )}
      <ol className="ws-list ws-agenda">
        {items.map((item, index) => {
          const isVbe = item.kind === 'vbe';
          const titleId = `punkt-${item.id}`;
          return (
            <li key={item.id} className={isVbe ? 'ws-agenda-vbe' : undefined} aria-labelledby={titleId}>
              <div className="ws-agenda-head">
                <span className="ws-agenda-title" id={titleId}>
                  § {index + 1} {item.title}
                </span>
                {!locked && editing !== item.id && (
                  <span className="ws-actions">
                    <button type="button" className="ws-secondary" ref={ref(`up:${item.id}`)} disabled={busy || index === 0} onClick={() => move(item, index, -1)}>
                      Flytta upp<span className="ws-visually-hidden"> ”{item.title}”</span>
                    </button>
                    <button
                      type="button"
                      className="ws-secondary"
                      ref={ref(`down:${item.id}`)}
                      disabled={busy || index === items.length - 1}
                      onClick={() => move(item, index, 1)}
                    >
                      Flytta ned<span className="ws-visually-hidden"> ”{item.title}”</span>
                    </button>
                    <button type="button" className="ws-secondary" ref={ref(`edit:${item.id}`)} disabled={busy} onClick={() => setEditing(item.id)}>
                      {isVbe ? 'Lägg till frågor' : 'Ändra'}
                      <span className="ws-visually-hidden"> ”{item.title}”</span>
                    </button>
                    {!isVbe && (
                      <button type="button" className="ws-danger" disabled={busy} onClick={() => remove(item, index)}>
                        Ta bort<span className="ws-visually-hidden"> ”{item.title}”</span>
                      </button>
                    )}
                  </span>
                )}
              </div>
              {isVbe && (
                <p className="ws-lock">
                  <strong>Stående punkt – kan inte tas bort.</strong> {vbeExplanation}
                </p>
              )}
              {editing === item.id ? (
                <ItemEditor
                  item={item}
                  fields={fieldsFor(item.id)}
                  onSave={(title, prompts) => save(item, title, prompts)}
                  onCancel={() => {
                    if (problem?.scope === item.id) setProblem(null);
                    focusNext.current = { itemId: item.id, control: 'edit' };
                    setEditing(null);
                  }}
                />
              ) : (
                item.prompts.length > 0 && (
                  <ul className="ws-prompts">
                    {item.prompts.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )
              )}
              {item.carriedActions && item.carriedActions.length > 0 && (
                <div>
                  <p>Öppna åtgärder från tidigare möten:</p>
                  <ul className="ws-prompts">
                    {item.carriedActions.map((a) => (
                      <li key={a.actionId}>
                        {a.text} – {a.owner}, klart senast {formatDay(a.due)}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {!locked && (
        <form className="ws-row" onSubmit={add}>
          <div className="ws-field">
            <label htmlFor="ny-punkt">Ny punkt</label>
            <input
              id="ny-punkt"
              type="text"
              value={newTitle}
              maxLength={LIMITS.itemTitle}
              ref={ref('add')}
              onChange={(e) => setNewTitle(e.target.value)}
              {...invalidProps('ny-punkt', addError)}
            />
            {addError && (
              <p className="ws-field-error" id="ny-punkt-fel">
                {addError}
              </p>
            )}
          </div>
          <button type="submit" disabled={busy}>
            Lägg till punkt
          </button>
        </form>
      )}
    </section>
  );
}
