// The minutes of a meeting, item by item. Editable until approved; then the
// same content as plain text.
import { useState } from 'react';
import { stockholmInputValues } from '../../../../api/domain/swedish-format.ts';
import type { Meeting } from '../../../lib/workspace/api.ts';
import { LockedDraftNotice } from './LockedDraftNotice.tsx';
import { MinutesItemEditor } from './MinutesItemEditor.tsx';
import { MinutesItemView } from './MinutesItemView.tsx';
import { newestVersion } from './MinutesSaver.ts';
import { noteShownVersion } from './unsaved.ts';

interface Props {
  meeting: Meeting;
  /** Place names to suggest for observations (districts.areas). */
  areas: string[];
  onSaved: (meeting: Meeting) => void;
}

export function MinutesEditor({ meeting, areas, onSaved }: Props) {
  const locked = meeting.status === 'approved';
  // The editors show this version from now on (they are mounted afresh after a reload or a redaction).
  useState(() => noteShownVersion(meeting.id, newestVersion(meeting)));
  const defaultDate = stockholmInputValues(meeting.startsAt).date;

  return (
    <section aria-labelledby="protokoll" className="ws-section ws-minutes">
      {/* The page's in-page navigation links to #protokoll. */}
      <h2 id="protokoll" tabIndex={-1}>
        Protokoll
      </h2>
      {locked ? (
        <p className="ws-lock">Protokollet är justerat och låst. Det kan inte ändras förrän en lokal samordnare öppnar det igen.</p>
      ) : (
        <p className="ws-hint">
          Skriv avidentifierat: inga namn, personnummer, telefonnummer, e-postadresser eller adresser. Varje punkt sparas när du slutar
          skriva, när du lämnar punkten och när du väljer ”Spara punkt”. Tills dess finns det du skrivit kvar som utkast i den här
          webbläsaren. ”Justera protokollet” sparar det som återstår först.
        </p>
      )}
      {meeting.agenda.map((item, i) =>
        locked ? (
          <div key={item.id} className={item.kind === 'vbe' ? 'ws-minutes-item ws-agenda-vbe' : 'ws-minutes-item'}>
            <h3 id={`protokoll-punkt-${item.id}`} tabIndex={-1}>
              § {i + 1} {item.title}
            </h3>
            <LockedDraftNotice
              key={`${meeting.id}:${item.id}`}
              meeting={meeting}
              item={item}
              onDiscarded={() => document.getElementById(`protokoll-punkt-${item.id}`)?.focus()}
            />
            <MinutesItemView minutes={meeting.minutes[item.id]} isVbe={item.kind === 'vbe'} carried={item.carriedActions} />
          </div>
        ) : (
          // Keyed by meeting and item: a new meeting or a reopened one starts from the server's minutes.
          <MinutesItemEditor
            key={`${meeting.id}:${item.id}`}
            meeting={meeting}
            item={item}
            number={i + 1}
            areas={areas}
            defaultDate={defaultDate}
            onSaved={onSaved}
          />
        ),
      )}
    </section>
  );
}
