// Printable HTML of the agenda and the minutes. No inline styles or scripts
// (the CSP forbids both): the look comes from /export/utskrift.css.
import {
  ACTION_TABLE,
  AGENDA_TITLE,
  CARRIED_LEAD,
  CARRIED_TABLE,
  OBSERVATION_TABLE,
  PEOPLE_TABLE,
  SIGN_APPROVERS,
  SIGN_DATE_BLANK,
  SIGN_NAME_BLANK,
  SIGN_SECRETARY,
  VBE_STANDING_NOTE,
  actionCells,
  carriedActionLine,
  carriedCells,
  deidentifiedNote,
  headerParts,
  minutesTitle,
  observationCells,
  personCells,
  personLine,
  promptsToShow,
  type AttendanceView,
  type ItemView,
  type MeetingView,
  type SignatureView,
  type SignaturesView,
  type TableSpec,
} from './export-model.ts';

export const PRINT_CSS_PATH = '/export/utskrift.css';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** The meeting in the workspace, relative to the site. */
export function workspaceMeetingPath(meetingId: string): string {
  return `/arbetsyta/mote/?id=${encodeURIComponent(meetingId)}`;
}

/** A whole page around `body` (already escaped), for the print views and the error pages. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${PRINT_CSS_PATH}">
</head>
<body>
${body}
</body>
</html>
`;
}

const list = (items: string[]) => (items.length ? `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : '');

/**
 * A table in a named, focusable region: on a narrow screen it scrolls inside
 * the region (reachable by keyboard), in print it takes the page's width with
 * the column widths of `spec` (print-css.ts).
 */
function table(spec: TableSpec, label: string, rows: string[][]): string {
  const cols = spec.columns.map(() => '<col>').join('');
  const head = spec.columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join('');
  // The first cell names the row for screen readers.
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="tabell" role="region" aria-label="${escapeHtml(label)}" tabindex="0">
<table class="${spec.name}">
<colgroup>${cols}</colgroup>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

function facts(entries: [string, string][]): string {
  return `<dl class="fakta">${entries.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

const para = (text: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;

function meetingFacts(view: MeetingView): [string, string][] {
  return [
    ['Tid', view.when],
    ['Plats', view.location ?? 'Ej angiven'],
    ...(view.reference ? [['Dnr', view.reference] as [string, string]] : []),
    ...(view.cancelledLine ? [['Mötet', view.cancelledLine] as [string, string]] : []),
  ];
}

function page(view: MeetingView, docTitle: string, factRows: [string, string][], sections: string[], closing = ''): string {
  const heading = `${view.forumName} – ${docTitle}`;
  const { left, right } = headerParts(view);
  // The screen header (label, link back) is not printed: see print-css.ts.
  const body = `<header class="utskrift">
<p class="utskriftsvy">Utskriftsvy</p>
<p class="tillbaka"><a href="${escapeHtml(workspaceMeetingPath(view.meetingId))}">Tillbaka till mötet i arbetsytan</a></p>
</header>
<main>
<p class="sidhuvud"><span>${escapeHtml(left)}</span>${right ? `<span>${escapeHtml(right)}</span>` : ''}</p>
<h1>${escapeHtml(heading)}</h1>
${facts(factRows)}
${sections.join('\n')}
</main>${closing}`;
  return htmlPage(`${heading}, ${view.when}`, body);
}

/** Minutes text up to this many characters, with no table, keep their item on one page. */
const SMALL_ITEM_CHARS = 600;

function itemSection(item: ItemView, content: string, small: boolean): string {
  // Only a small item is kept whole: a long one would be pushed to the next page and leave a gap.
  const cls = ['punkt', item.isVbe ? 'vbe' : '', small ? 'hel' : ''].filter(Boolean).join(' ');
  return `<section class="${cls}">
<h2>${escapeHtml(`${item.number}. ${item.title}`)}</h2>
${content}
</section>`;
}

const peopleTable = (label: string, people: MeetingView['invited']) => table(PEOPLE_TABLE, label, people.map(personCells));

function attendanceSection(attendance: AttendanceView | undefined): string {
  if (!attendance) return `<section class="narvaro">\n<h2>Närvaro</h2>\n${para('Närvaron är inte registrerad.', 'not')}\n</section>`;
  return `<section class="narvaro">
<h2>Närvaro</h2>
${facts([
  ['Ordförande', attendance.chair ? personLine(attendance.chair) : 'Ej angiven'],
  ['Sekreterare', attendance.secretary ? personLine(attendance.secretary) : 'Ej angiven'],
  ['Anmält förhinder', attendance.apologies.map(personLine).join('; ') || 'Inga'],
])}
<h3>Närvarande</h3>
${attendance.present.length ? peopleTable('Närvarande', attendance.present) : para('Ingen registrerad.', 'not')}
${attendance.guests.length ? `<h3>Gäster</h3>\n${peopleTable('Gäster', attendance.guests)}` : ''}
</section>`;
}

function signature(s: SignatureView, withDate: boolean): string {
  const name = s.name ? para(s.name) : para(SIGN_NAME_BLANK, 'not');
  const detail = s.detail ? para(s.detail) : '';
  const date = withDate ? para(s.date ? `${SIGN_DATE_BLANK}: ${s.date}` : `${SIGN_DATE_BLANK}:`) : '';
  return `<div class="signatur"><div class="linje"></div>${name}${detail}${date}</div>`;
}

function signatureSection(signatures: SignaturesView): string {
  return `<section class="underskrifter" aria-label="Underskrifter">
<div class="grupp"><p class="rubrik">${SIGN_SECRETARY}</p>${signature(signatures.secretary, false)}</div>
<div class="grupp"><p class="rubrik">${SIGN_APPROVERS}</p>${signatures.approvers.map((s) => signature(s, true)).join('')}</div>
</section>`;
}

export function agendaHtml(view: MeetingView): string {
  const invited = view.invited.length
    ? peopleTable('Kallade', view.invited)
    : para('Forumets deltagare är inte angivna.', 'not');
  const sections = [
    `<section class="kallade">\n<h2>Kallade</h2>\n${invited}\n</section>`,
    ...view.items.map((item) => {
      const parts = [item.isVbe ? para(VBE_STANDING_NOTE, 'not') : '', list(promptsToShow(item))];
      if (item.kind === 'follow-up') {
        parts.push(
          item.carriedActions.length
            ? `${para(`${CARRIED_LEAD}:`)}${list(item.carriedActions.map(carriedActionLine))}`
            : para(`Inga ${CARRIED_LEAD.toLocaleLowerCase('sv')}.`, 'not'),
        );
      }
      return itemSection(item, parts.filter(Boolean).join('\n'), item.carriedActions.length <= 5);
    }),
  ];
  return page(
    view,
    AGENDA_TITLE,
    [...meetingFacts(view), ['Medlemsorganisationer', view.memberOrganisations.join(', ') || 'Ej angivna']],
    sections,
  );
}

export function minutesHtml(view: MeetingView): string {
  const items = view.items.map((item) => {
    const text = item.minutesLines.map((l) => para(l)).join('\n') || (item.isVbe ? '' : para('Inga anteckningar.', 'not'));
    const carried =
      item.kind === 'follow-up'
        ? `<h3>Åtgärder från tidigare möten</h3>\n${
            item.carriedActions.length
              ? table(CARRIED_TABLE, 'Åtgärder från tidigare möten', item.carriedActions.map(carriedCells))
              : para('Inga öppna åtgärder från tidigare möten.', 'not')
          }`
        : '';
    const actions = item.actions.length ? `<h3>Åtgärder</h3>\n${table(ACTION_TABLE, `Åtgärder, punkt ${item.number}`, item.actions.map(actionCells))}` : '';
    const textChars = item.minutesLines.reduce((n, l) => n + l.length, 0);
    if (!item.vbe) {
      const small = !carried && !actions && textChars <= SMALL_ITEM_CHARS;
      return itemSection(item, [text, carried, actions].filter(Boolean).join('\n'), small);
    }
    const { vbe } = item;
    return itemSection(
      item,
      [
        facts([['Status', vbe.status]]),
        text,
        '<h3>Observationer</h3>',
        vbe.observations.length ? table(OBSERVATION_TABLE, 'Observationer', vbe.observations.map(observationCells)) : para('Inga observationer.', 'not'),
        '<h3>Åtgärder</h3>',
        vbe.actions.length ? table(ACTION_TABLE, `Åtgärder, punkt ${item.number}`, vbe.actions.map(actionCells)) : para('Inga åtgärder.', 'not'),
      ]
        .filter(Boolean)
        .join('\n'),
      false,
    );
  });
  const closing = `\n<footer class="avidentifierat">${para(deidentifiedNote(view))}</footer>`;
  return page(
    view,
    minutesTitle(view),
    [...meetingFacts(view), ['Status', view.approvalLine]],
    [attendanceSection(view.attendance), ...items, signatureSection(view.signatures)],
    closing,
  );
}
