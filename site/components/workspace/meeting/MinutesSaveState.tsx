// Where an item's saving stands, in a polite live region that is always in
// the DOM (a region added together with its text is often not announced).
import { formatTime } from '../../../../api/domain/swedish-format.ts';
import { signInUrl } from '../../../lib/workspace/api.ts';
import type { SaveStatus } from './MinutesSaver.ts';

function message(status: SaveStatus): string {
  switch (status.kind) {
    case 'idle':
      return '';
    case 'saving':
      return 'Sparar …';
    case 'saved':
      return `Sparat kl. ${formatTime(status.at)}`;
    case 'unchanged':
      return 'Inga ändringar att spara.';
    case 'held-back':
      return 'Observationer och åtgärder är inte sparade ännu: de sparas när VBE-frågans status och alla obligatoriska fält är ifyllda.';
    case 'restored':
      return 'Utkastet är återställt men inte sparat. Granska det och spara punkten.';
    case 'failed':
      return `Inte sparat: ${status.reason}`;
    case 'conflict':
      return status.draftKept
        ? `Inte sparat: ${status.reason}`
        : `Inte sparat: ${status.reason} Det gick inte att spara ett utkast i webbläsaren: kopiera det du skrivit innan du laddar om.`;
    case 'signed-out':
      return status.draftKept
        ? 'Din inloggning har gått ut. Det du skrivit finns kvar som utkast i den här webbläsaren.'
        : 'Din inloggning har gått ut. Det gick inte att spara ett utkast i webbläsaren: kopiera det du skrivit innan du loggar in igen.';
  }
}

export function MinutesSaveState({ status, id }: { status: SaveStatus; id?: string }) {
  const failed = status.kind === 'failed' || status.kind === 'signed-out' || status.kind === 'conflict';
  return (
    <p className={failed ? 'ws-save-state ws-save-failed' : 'ws-save-state'} role="status" id={id}>
      {message(status)}
      {status.kind === 'signed-out' && (
        <>
          {' '}
          <a href={signInUrl()}>Logga in igen</a>
        </>
      )}
      {status.kind === 'conflict' && (
        <>
          {' '}
          <button type="button" className="ws-secondary" onClick={() => location.reload()}>
            Ladda om mötet
          </button>
        </>
      )}
    </p>
  );
}
