// Downloads of the agenda and minutes, served and access-checked by the server.
import type { Meeting } from '../../../lib/workspace/api.ts';

export function ExportLinks({ meeting }: { meeting: Meeting }) {
  const base = `/export/mote/${encodeURIComponent(meeting.id)}`;
  // Until approval the minutes are notes, and download under that name.
  const minutes = meeting.status === 'approved' ? 'Protokollet' : 'Minnesanteckningarna';
  return (
    <section className="ws-section" aria-labelledby="ladda-ned">
      <h2 id="ladda-ned" tabIndex={-1}>
        Ladda ned och skriv ut
      </h2>
      <ul className="ws-list">
        <li>
          <a href={`${base}/dagordning.docx`}>Dagordningen som Word-fil (DOCX)</a> · <a href={`${base}/dagordning.html`}>Dagordningen i utskriftsvy</a>
        </li>
        <li>
          <a href={`${base}/protokoll.docx`}>{minutes} som Word-fil (DOCX)</a> · <a href={`${base}/protokoll.html`}>{minutes} i utskriftsvy</a>
        </li>
        <li>
          {/* The file is a meeting request (REQUEST) with the members as attendees, or its cancellation (CANCEL). */}
          {meeting.status === 'cancelled' ? (
            <>
              <a href={`${base}/mote.ics`}>Avbokning för kalendern (ICS)</a>: tar bort mötet ur kalendrar där inbjudan finns
            </>
          ) : (
            <>
              <a href={`${base}/mote.ics`}>Kalenderinbjudan (ICS)</a>: en mötesinbjudan till medlemmarna att tacka ja eller nej till, med dagordningen och en länk
              tillbaka hit
            </>
          )}
        </li>
      </ul>
    </section>
  );
}
