// The forum's members: the officials invited to every meeting, with name,
// organisation, role and work e-mail. Attendance and the justerare are
// picked from them. Saved as one list.
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { LIMITS } from '../../../api/domain/limits.ts';
import { api, problemOf, type ForumDetails } from '../../lib/workspace/api.ts';
import { Field } from './meeting/MinutesField.tsx';

interface Row {
  key: number;
  id?: string;
  name: string;
  organisation: string;
  role: string;
  email: string;
}

const FIELDS = [
  ['name', 'Namn', LIMITS.memberName, 'text'],
  ['role', 'Roll', LIMITS.memberRole, 'text'],
  ['organisation', 'Organisation', LIMITS.organisation, 'text'],
  ['email', 'E-post i tjänsten', LIMITS.email, 'email'],
] as const;

let counter = 0;
const rowOf = (m: Partial<Row> = {}): Row => ({ key: ++counter, ...(m.id ? { id: m.id } : {}), name: m.name ?? '', organisation: m.organisation ?? '', role: m.role ?? '', email: m.email ?? '' });

export function MembersEditor({ forum, onSaved }: { forum: ForumDetails; onSaved: (forum: ForumDetails) => void }) {
  const [rows, setRows] = useState<Row[]>(() => (forum.members ?? []).map((m) => rowOf(m)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const idFor = (row: Row, field: string) => `medlem-${row.key}-${field}`;

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  async function save(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setErrors({});
    setMessage(null);
    setBusy(true);
    try {
      const updated = await api.forums.update.mutate({
        id: forum.id,
        members: rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, organisation: r.organisation, role: r.role, email: r.email })),
      });
      // The server's ids, so the next save edits these members.
      setRows((updated.members ?? []).map((m, i) => ({ ...rowOf(m), key: rows[i]?.key ?? ++counter })));
      onSaved({ ...forum, ...updated });
      setMessage({ kind: 'ok', text: 'Medlemmarna är sparade.' });
    } catch (err) {
      const p = problemOf(err);
      const local: Record<string, string> = {};
      for (const [path, text] of Object.entries(p.fields)) {
        const m = /^members\.(\d+)\.(\w+)$/.exec(path);
        const row = m && rows[Number(m[1])];
        if (row && m) local[idFor(row, m[2]!)] = text;
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
    if (message && message.kind === 'ok') messageRef.current?.focus();
  }, [message]);

  return (
    <section className="ws-section" aria-labelledby="medlemmar">
      <h2 id="medlemmar" tabIndex={-1}>
        Medlemmar
      </h2>
      <p className="ws-hint">
        Tjänstepersoner som bjuds in till varje möte. Närvaro och justerare väljs bland dem. Ange arbetsadress, aldrig en privat.
      </p>
      <form onSubmit={save} noValidate className="ws-form">
        {message && (
          <div className={message.kind === 'ok' ? 'ws-note' : 'ws-form-error'} role={message.kind === 'ok' ? 'status' : 'alert'} tabIndex={-1} ref={messageRef}>
            <p>{message.text}</p>
          </div>
        )}
        {rows.length === 0 && <p>Forumet har inga medlemmar ännu.</p>}
        {rows.map((row, i) => (
          <fieldset key={row.key} className="ws-vbe-row">
            <legend className="ws-legend">Medlem {i + 1}</legend>
            <div className="ws-row">
              {FIELDS.map(([field, label, max, type]) => (
                <Field key={field} id={idFor(row, field)} label={label} error={errors[idFor(row, field)]}>
                  {(control) => (
                    <input
                      {...control}
                      type={type}
                      autoComplete="off"
                      maxLength={max}
                      value={row[field]}
                      onChange={(e) => {
                        const value = e.target.value;
                        setRows((list) => list.map((r) => (r.key === row.key ? { ...r, [field]: value } : r)));
                      }}
                    />
                  )}
                </Field>
              ))}
            </div>
            <div className="ws-actions">
              <button
                type="button"
                className="ws-danger"
                onClick={() => {
                  setRows((list) => list.filter((r) => r.key !== row.key));
                  addRef.current?.focus();
                }}
              >
                Ta bort medlem {i + 1}
              </button>
            </div>
          </fieldset>
        ))}
        <div className="ws-actions">
          {rows.length < LIMITS.members && (
            <button
              type="button"
              className="ws-secondary"
              ref={addRef}
              onClick={() => {
                const row = rowOf();
                setRows((list) => [...list, row]);
                setFocusId(idFor(row, 'name'));
              }}
            >
              Lägg till medlem
            </button>
          )}
          <button type="submit" className="ws-primary">
            {busy ? 'Sparar …' : 'Spara medlemmar'}
          </button>
        </div>
      </form>
    </section>
  );
}
