// Offers a local draft that the server does not have: put it back in the
// form, or throw it away. Nothing is sent until the user saves.
import { formatDateTime } from '../../../../api/domain/swedish-format.ts';
import type { StoredDraft } from './draft.ts';

interface Props {
  draft: StoredDraft;
  number: number;
  onRestore: () => void;
  onDiscard: () => void;
}

export function MinutesDraftNotice({ draft, number, onRestore, onDiscard }: Props) {
  return (
    <div className="ws-note ws-draft-notice">
      <p>Det finns ett osparat utkast från {formatDateTime(draft.savedAt)}.</p>
      <p>
        Återställ det till formuläret och spara, eller släng det. Tills du valt visas det som är sparat i protokollet för punkt{' '}
        {number}.
      </p>
      <div className="ws-actions">
        <button type="button" className="ws-primary" onClick={onRestore}>
          Återställ utkastet
        </button>
        <button type="button" className="ws-danger" onClick={onDiscard}>
          Släng utkastet
        </button>
      </div>
    </div>
  );
}
