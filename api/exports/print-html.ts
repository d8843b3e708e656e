// Printable HTML of the agenda and the minutes. No inline styles or scripts
// (the CSP forbids both): the look comes from /export/utskrift.css.
import {
  ACTION_COLUMNS,
  AGENDA_TITLE,
  OBSERVATION_COLUMNS,
  VBE_STANDING_NOTE,
  actionCells,
  carriedActionLine,
  minutesTitle,
  observationCells,
  type ItemView,
  type MeetingView,
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

function table(columns: readonly string[], rows: string[][]): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  // The first cell names the row for screen readers.
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>`;
}

function facts(entries: [string, string][]): string {
  return `<dl class="fakta">${entries.map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd></div>`).join('')}</dl>`;
}

function page(view: MeetingView, docTitle: string, factRows: [string, string][], sections: string[]): string {
  const heading = `${view.forumName} – ${docTitle}`;
  const body = `<header class="utskrift">
<p class="utskriftsvy">Utskriftsvy</p>
<p class="tillbaka"><a href="${escapeHtml(workspaceMeetingPath(view.meetingId))}">Tillbaka till mötet i arbetsytan</a></p>
</header>
<main>
<h1>${escapeHtml(heading)}</h1>
${facts(factRows)}
${sections.join('\n')}
</main>`;
  return htmlPage(`${heading}, ${view.when}`, body);
}

function itemSection(item: ItemView, content: string): string {
  const cls = item.isVbe ? 'punkt vbe' : 'punkt';
  return `<section class="${cls}">
<h2>${escapeHtml(`${item.number}. ${item.title}`)}</h2>
${content}
</section>`;
}

const para = (text: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;

export function agendaHtml(view: MeetingView): string {
  const sections = view.items.map((item) => {
    const parts = [item.isVbe ? para(VBE_STANDING_NOTE, 'not') : '', list(item.prompts)];
    if (item.kind === 'follow-up') {
      parts.push(
        item.carriedActions.length
          ? `${para('Öppna åtgärder från tidigare möten:')}${list(item.carriedActions.map(carriedActionLine))}`
          : para('Inga öppna åtgärder från tidigare möten.', 'not'),
      );
    }
    return itemSection(item, parts.filter(Boolean).join('\n'));
  });
  return page(
    view,
    AGENDA_TITLE,
    [
      ['Tid', view.when],
      ['Plats', view.location ?? 'Ej angiven'],
      ['Medlemsorganisationer', view.memberOrganisations.join(', ') || 'Ej angivna'],
    ],
    sections,
  );
}

export function minutesHtml(view: MeetingView): string {
  const sections = view.items.map((item) => {
    const text = item.minutesLines.map((l) => para(l)).join('\n') || (item.isVbe ? '' : para('Inga anteckningar.', 'not'));
    if (!item.vbe) return itemSection(item, text);
    const { vbe } = item;
    return itemSection(
      item,
      [
        facts([['Status', vbe.status]]),
        text,
        '<h3>Observationer</h3>',
        vbe.observations.length ? table(OBSERVATION_COLUMNS, vbe.observations.map(observationCells)) : para('Inga observationer.', 'not'),
        '<h3>Åtgärder</h3>',
        vbe.actions.length ? table(ACTION_COLUMNS, vbe.actions.map(actionCells)) : para('Inga åtgärder.', 'not'),
      ]
        .filter(Boolean)
        .join('\n'),
    );
  });
  return page(
    view,
    minutesTitle(view),
    [
      ['Tid', view.when],
      ['Plats', view.location ?? 'Ej angiven'],
      ['Status', view.approvalLine],
    ],
    sections,
  );
}
