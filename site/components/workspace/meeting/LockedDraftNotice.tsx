// A local draft left behind when the minutes were approved (locked) before it
// was saved: shown read-only so it is not silently lost, and can be thrown away.
import { useState } from 'react';
import { formatDateTime } from '../../../../api/domain/swedish-format.ts';
import type { AgendaItem } from '../../../../api/domain/types.ts';
import type { Meeting } from '../../../lib/workspace/api.ts';
import { browserStorage, clearDraft, draftDiffers, draftKey, readDraft } from './draft.ts';
import { formFromMinutes } from './MinutesForm.ts';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface Props {
  meeting: Meeting;
  item: AgendaItem;
  /** Called after the draft is thrown away, so focus can go somewhere sensible. */
  onDiscarded: () => void;
}

export function LockedDraftNotice({ meeting, item, onDiscarded }: Props) {
  const key = draftKey(meeting.id, item.id);
  const [draft, setDraft] = useState(() => {
    const stored = readDraft(browserStorage(), key);
    return stored && draftDiffers(stored, formFromMinutes(meeting.minutes[item.id], item.kind === 'vbe')) ? stored : null;
  });
  if (!draft) return null;
  const vbe = draft.form.vbe;

  return (
    <div className="ws-note ws-draft-notice">
      <p>Det finns ett osparat utkast från {formatDateTime(draft.savedAt)} som inte kom med innan protokollet justerades.</p>
      {draft.form.text.trim() ? (
        <blockquote className="ws-minutes-text ws-draft-text">{draft.form.text}</blockquote>
      ) : (
        <p className="ws-hint">Utkastet har inga anteckningar.</p>
      )}
      {vbe && (vbe.observations.length > 0 || vbe.actions.length > 0) && (
        <p>
          Utkastet har också {count(vbe.observations.length, 'observation', 'observationer')},{' '}
          {count(vbe.actions.length, 'åtgärd', 'åtgärder')}.
        </p>
      )}
      <div className="ws-actions">
        <button
          type="button"
          className="ws-danger"
          onClick={() => {
            clearDraft(browserStorage(), key);
            setDraft(null);
            onDiscarded();
          }}
        >
          Släng utkastet
        </button>
      </div>
    </div>
  );
}
