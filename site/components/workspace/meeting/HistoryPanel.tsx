// Every version of the minutes, newest first. Fetched only when opened: most
// visits never look, and the list can be long.
import { useEffect, useState, type ReactNode } from 'react';
import { formatDateTime } from '../../../../api/domain/swedish-format.ts';
import { api, problemOf, type Meeting, type Outputs } from '../../../lib/workspace/api.ts';
import { Loading, Problem } from '../states.tsx';
import type { Load } from '../use-load.ts';
import { swedishList } from './ApprovalNames.ts';
import { diffItemMinutes, isEmptyDiff, type RecordChange } from '../../../../api/domain/minutes-diff.ts';

type Version = Outputs['minutes']['history'][number];

const SNIPPET = 200;

function changeLabel(v: Version, meeting: Meeting): string {
  switch (v.change) {
    case 'save': {
      const index = meeting.agenda.findIndex((i) => i.id === v.itemId);
      return index >= 0 ? `Sparad punkt §${index + 1}` : 'Sparad punkt (inte längre på dagordningen)';
    }
    case 'approve':
      return `Justerat av ${swedishList(v.approvers ?? [])}`;
    case 'reopen':
      return `Öppnat igen: ${v.reason ?? ''}`;
    case 'complete-action':
      return 'Åtgärd klarmarkerad';
    case 'redact':
      return `Känslig text borttagen, ${counted(v.replaced ?? 0, 'förekomst', 'förekomster')} och ${counted(v.versions ?? 0, 'tidigare version', 'tidigare versioner')}: ${v.reason ?? ''}`;
  }
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function snippet(text: string): string {
  return text.length > SNIPPET ? `${text.slice(0, SNIPPET)} …` : text;
}

const WHAT: Record<RecordChange['what'], string> = {
  observation: 'Observation',
  'vbe-action': 'VBE-åtgärd',
  action: 'Åtgärd',
  outcome: 'Uppföljning',
};
const KIND: Record<RecordChange['kind'], string> = { added: 'tillagd', changed: 'ändrad', removed: 'borttagen' };

/** What a save changed against the item's previous saved version, field by field. */
function Changes({ v, previous }: { v: Version; previous: Version | undefined }) {
  if (!v.item) return null;
  const diff = diffItemMinutes(previous?.item, v.item);
  if (isEmptyDiff(diff)) return <p className="ws-meta">Inga ändringar i innehållet.</p>;
  return (
    <ul className="ws-history-changes">
      {diff.textChanged && <li>Anteckningarna ändrade{v.item.text ? `: ${snippet(v.item.text)}` : ' (tömda)'}</li>}
      {diff.vbeStatus && (
        <li>
          VBE-status: {diff.vbeStatus.before || 'inte angiven'} → {diff.vbeStatus.after || 'inte angiven'}
        </li>
      )}
      {diff.changes.map((c, i) => (
        <li key={i}>
          {WHAT[c.what]} {KIND[c.kind]}: {snippet(c.summary)}
          {c.fields.length > 0 && (
            <ul>
              {c.fields.map((f) => (
                <li key={f.label}>
                  {f.label}: {snippet(f.before) || '–'} → {snippet(f.after) || '–'}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

function Versions({ versions, meeting }: { versions: Version[]; meeting: Meeting }) {
  // The item's previous saved state: the latest earlier version that carries it (a save or a completion).
  const previousOf = (v: Version) => versions.filter((p) => p.version < v.version && p.itemId === v.itemId && p.item).at(-1);
  return (
    <ol className="ws-list ws-history" reversed>
      {[...versions].reverse().map((v) => (
        <li key={v.version}>
          <p className="ws-history-head">
            Version {v.version} · {formatDateTime(v.at)} · {v.byName} · {changeLabel(v, meeting)}
          </p>
          {v.change === 'save' && <Changes v={v} previous={previousOf(v)} />}
        </li>
      ))}
    </ol>
  );
}

/** `children` sit beside the history (the redaction form, for those allowed). */
export function HistoryPanel({ meeting, children }: { meeting: Meeting; children?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [versions, setVersions] = useState<Load<Version[]>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const count = meeting.history.length;

  // Loads on opening, and again when a save, approval or reopening adds a version.
  useEffect(() => {
    if (!open) return;
    let current = true;
    // A refresh keeps the list on screen; only a first load or a retry shows "Hämtar".
    setVersions((v) => (v.state === 'ready' ? v : { state: 'loading' }));
    api.minutes.history.query({ meetingId: meeting.id }).then(
      (data) => current && setVersions({ state: 'ready', data }),
      (err) => current && setVersions({ state: 'failed', problem: problemOf(err) }),
    );
    return () => {
      current = false;
    };
  }, [open, meeting.id, count, round]);

  return (
    <section aria-labelledby="versioner" className="ws-section ws-versions">
      <h2 id="versioner" tabIndex={-1}>
        Versioner
      </h2>
      <p className="ws-hint">Varje sparning, justering och återöppning blir en ny version. Ingen version skrivs över.</p>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Visa versionshistorik ({count} {count === 1 ? 'version' : 'versioner'})
        </summary>
        {open && versions.state === 'loading' && <Loading what="versionshistoriken" />}
        {open && versions.state === 'failed' && <Problem problem={versions.problem} retry={() => setRound((r) => r + 1)} />}
        {open && versions.state === 'ready' &&
          (versions.data.length === 0 ? (
            <p>Inga versioner ännu: ingenting har sparats i protokollet.</p>
          ) : (
            <Versions versions={versions.data} meeting={meeting} />
          ))}
      </details>
      {children}
    </section>
  );
}
