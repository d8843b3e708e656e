// An item's saved minutes as plain text: locked minutes, and what the server
// holds while a local draft waits for a decision.
import type { ItemMinutes } from '../../../../api/domain/types.ts';
import { VbeRecordView } from './VbeRecordView.tsx';

export function MinutesItemView({ minutes, isVbe }: { minutes: ItemMinutes | undefined; isVbe: boolean }) {
  return (
    <>
      {minutes?.text ? <p className="ws-minutes-text">{minutes.text}</p> : <p className="ws-hint">Inga anteckningar.</p>}
      {isVbe && <VbeRecordView vbe={minutes?.vbe} />}
    </>
  );
}
