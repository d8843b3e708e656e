// Närvaro: which of the forum's members attended or sent apologies, guests,
// and the chair and the secretary, chosen among those present. The
// justerare are then picked from those present too.
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { LIMITS } from '../../../../api/domain/limits.ts';
import type { ForumMember, Guest } from '../../../../api/domain/types.ts';
import { api, problemOf, type Meeting } from '../../../lib/workspace/api.ts';
import { Field, FieldError, controlProps } from './MinutesField.tsx';

type Mark = 'present' | 'apologies' | '';

const MARK_LABELS: Record<Mark, string> = { present: 'Närvarande', apologies: 'Förhinder', '': 'Inte angivet' };

interface Props {
  meeting: Meeting;
  members: ForumMember[];
  forumId: string;
  onChanged: (meeting: Meeting) => void;
}

interface GuestRow extends Guest {
  key: number;
}

let guestCounter = 0;
const guestRow = (g: Partial<Guest> = {}): GuestRow => ({ key: ++guestCounter, name: g.name ?? '', organisation: g.organisation ?? '', role: g.role ?? '' });

function memberLabel(m: ForumMember): string {
  return `${m.name}, ${m.role}, ${m.organisation}`;
}

/** The names to show for a member id or a guest's name. */
function personName(value: string | undefined, members: ForumMember[]): string {
  if (!value) return '';
  return members.find((m) => m.id === value)?.name ?? value;
}

function ReadOnly({ meeting, members }: { meeting: Meeting; members: ForumMember[] }) {
  const a = meeting.attendance;
  if (!a) return <p>Ingen närvaro är angiven.</p>;
  const names = (ids: string[]) => ids.map((id) => members.find((m) => m.id === id)?.name ?? 'tidigare medlem').join(', ') || 'ingen';
  return (
    <dl className="ws-attendance">
      <dt>Närvarande</dt>
      <dd>{names(a.present)}</dd>
      <dt>Förhinder</dt>
      <dd>{names(a.apologies)}</dd>
      <dt>Gäster</dt>
      <dd>{a.guests.map((g) => `${g.name} (${[g.role, g.organisation].filter(Boolean).join(', ')})`).join('; ') || 'inga'}</dd>
      {a.chair && (
        <>
          <dt>Ordförande</dt>
          <dd>{personName(a.chair, members)}</dd>
        </>
      )}
      {a.secretary && (
        <>
          <dt>Sekreterare</dt>
          <dd>{personName(a.secretary, members)}</dd>
        </>
      )}
    </dl>
  );
}

export function AttendancePanel({ meeting, members, forumId, onChanged }: Props) {
  const locked = meeting.status === 'approved' || meeting.status === 'cancelled';
  const initial = meeting.attendance;
  const [marks, setMarks] = useState<Record<string, Mark>>(() =>
    Object.fromEntries(members.map((m) => [m.id, initial?.present.includes(m.id) ? 'present' : initial?.apologies.includes(m.id) ? 'apologies' : ''])),
  );
  const [guests, setGuests] = useState<GuestRow[]>(() => (initial?.guests ?? []).map((g) => guestRow(g)));
  const [chair, setChair] = useState(initial?.chair ?? '');
  const [secretary, setSecretary] = useState(initial?.secretary ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const addGuestRef = useRef<HTMLButtonElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const present = members.filter((m) => marks[m.id] === 'present');
  const choices = [
    ...present.map((m) => ({ value: m.id, label: m.name })),
    ...guests.filter((g) => g.name.trim()).map((g) => ({ value: g.name.trim(), label: `${g.name.trim()} (gäst)` })),
  ];

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setErrors({});
    setMessage(null);
    setBusy(true);
    const presentIds = members.filter((m) => marks[m.id] === 'present').map((m) => m.id);
    const apologyIds = members.filter((m) => marks[m.id] === 'apologies').map((m) => m.id);
    const sentGuests = guests.filter((g) => g.name.trim() || g.organisation.trim() || g.role?.trim());
    try {
      const updated = await api.meetings.setAttendance.mutate({
        meetingId: meeting.id,
        present: presentIds,
        apologies: apologyIds,
        guests: sentGuests.map((g) => ({ name: g.name, organisation: g.organisation, ...(g.role?.trim() ? { role: g.role } : {}) })),
        ...(chair && choices.some((c) => c.value === chair) ? { chair } : {}),
        ...(secretary && choices.some((c) => c.value === secretary) ? { secretary } : {}),
      });
      onChanged(updated);
      setMessage({ kind: 'ok', text: 'Närvaron är sparad.' });
    } catch (err) {
      const p = problemOf(err);
      // Server paths by position as sent; map them to the rows and controls on screen.
      const local: Record<string, string> = {};
      for (const [path, text] of Object.entries(p.fields)) {
        const g = /^guests\.(\d+)\.(\w+)$/.exec(path);
        const m = /^(present|apologies)\.(\d+)$/.exec(path);
        if (g) {
          const row = sentGuests[Number(g[1])];
          if (row) local[`gast-${row.key}-${g[2]}`] = text;
        } else if (m) {
          const id = (m[1] === 'present' ? presentIds : apologyIds)[Number(m[2])];
          if (id) local[`narvaro-${id}`] = text;
        } else if (path === 'chair' || path === 'secretary') {
          local[`narvaro-${path}`] = text;
        }
      }
      setErrors(local);
      setMessage({ kind: 'error', text: p.message });
      const first = Object.keys(local)[0];
      if (first) setFocusId(first);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  return (
    <section aria-labelledby="narvaro" className="ws-section ws-attendance-panel">
      <h2 id="narvaro" tabIndex={-1}>
        Närvaro
      </h2>
      {locked ? (
        <ReadOnly meeting={meeting} members={members} />
      ) : (
        <form onSubmit={save} noValidate className="ws-form">
          {message && (
            <div className={message.kind === 'ok' ? 'ws-note' : 'ws-form-error'} role={message.kind === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={messageRef}>
              <p>{message.text}</p>
            </div>
          )}
          {members.length === 0 ? (
            <p className="ws-hint">
              Forumet har inga medlemmar ännu. <a href={`/arbetsyta/forum/?id=${forumId}#medlemmar`}>Lägg till medlemmar på forumets sida</a>, eller ange
              deltagarna som gäster nedan.
            </p>
          ) : (
            members.map((m) => {
              const id = `narvaro-${m.id}`;
              return (
                <fieldset key={m.id} className="ws-vbe-row" aria-describedby={errors[id] ? `${id}-fel` : undefined}>
                  <legend className="ws-legend">{memberLabel(m)}</legend>
                  <div className="ws-row">
                    {(['present', 'apologies', ''] as const).map((mark, i) => {
                      const inputId = i === 0 ? id : `${id}-${mark || 'ingen'}`;
                      return (
                        <div key={mark} className="ws-radio">
                          <input
                            type="radio"
                            id={inputId}
                            name={id}
                            checked={(marks[m.id] ?? '') === mark}
                            onChange={() => setMarks((all) => ({ ...all, [m.id]: mark }))}
                            aria-invalid={errors[id] ? true : undefined}
                          />
                          <label htmlFor={inputId}>{MARK_LABELS[mark]}</label>
                        </div>
                      );
                    })}
                  </div>
                  <FieldError id={id} error={errors[id]} />
                </fieldset>
              );
            })
          )}

          <h3>Gäster</h3>
          {guests.length === 0 && <p className="ws-hint">Inga gäster.</p>}
          {guests.map((g, i) => {
            const id = (field: string) => `gast-${g.key}-${field}`;
            const update = (patch: Partial<Guest>) => setGuests((list) => list.map((x) => (x.key === g.key ? { ...x, ...patch } : x)));
            return (
              <fieldset key={g.key} className="ws-vbe-row">
                <legend className="ws-legend">Gäst {i + 1}</legend>
                <div className="ws-row">
                  <Field id={id('name')} label="Namn" error={errors[id('name')]}>
                    {(control) => <input {...control} type="text" maxLength={LIMITS.memberName} value={g.name} onChange={(e) => update({ name: e.target.value })} />}
                  </Field>
                  <Field id={id('organisation')} label="Organisation" error={errors[id('organisation')]}>
                    {(control) => (
                      <input {...control} type="text" maxLength={LIMITS.organisation} value={g.organisation} onChange={(e) => update({ organisation: e.target.value })} />
                    )}
                  </Field>
                  <Field id={id('role')} label="Roll (valfri)" error={errors[id('role')]}>
                    {(control) => <input {...control} type="text" maxLength={LIMITS.memberRole} value={g.role ?? ''} onChange={(e) => update({ role: e.target.value })} />}
                  </Field>
                </div>
                <div className="ws-actions">
                  <button
                    type="button"
                    className="ws-danger"
                    onClick={() => {
                      setGuests((list) => list.filter((x) => x.key !== g.key));
                      addGuestRef.current?.focus();
                    }}
                  >
                    Ta bort gäst {i + 1}
                  </button>
                </div>
              </fieldset>
            );
          })}
          {guests.length < LIMITS.guests && (
            <div className="ws-actions">
              <button
                type="button"
                className="ws-secondary"
                ref={addGuestRef}
                onClick={() => {
                  const row = guestRow();
                  setGuests((list) => [...list, row]);
                  setFocusId(`gast-${row.key}-name`);
                }}
              >
                Lägg till gäst
              </button>
            </div>
          )}

          <h3>Ordförande och sekreterare</h3>
          <p className="ws-hint" id="narvaro-val-tips">
            Väljs bland de närvarande: medlemmar som är markerade som närvarande och gäster.
          </p>
          <div className="ws-row">
            {(
              [
                ['chair', 'Ordförande', chair, setChair],
                ['secretary', 'Sekreterare', secretary, setSecretary],
              ] as const
            ).map(([field, label, value, set]) => {
              const id = `narvaro-${field}`;
              return (
                <div className="ws-field" key={field}>
                  <label htmlFor={id}>{label}</label>
                  <select {...controlProps(id, errors[id], 'narvaro-val-tips')} value={choices.some((c) => c.value === value) ? value : ''} onChange={(e) => set(e.target.value)}>
                    <option value="">Inte angiven</option>
                    {choices.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                  <FieldError id={id} error={errors[id]} />
                </div>
              );
            })}
          </div>
          <div className="ws-actions">
            <button type="submit" className="ws-primary">
              {busy ? 'Sparar …' : 'Spara närvaro'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
