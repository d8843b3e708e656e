// /export/: downloads and print views of meetings, the observations CSV, and
// the lägesbild as Word, Excel and print view.
// Access is the API's: a meeting is readable exactly when meetings.get would
// return it (loadReadableMeeting), and anything else is the same 404, so ids of
// other forums' meetings reveal nothing. Signed out, the browser is sent to
// the sign-in page and back. Nothing here is cached except the stylesheet.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { actorOf, canManageDistrict, canReadDistrictFigures, type Actor } from '../domain/access.ts';
import { DomainError } from '../domain/errors.ts';
import { instantsAround, periodProblems } from '../domain/periods.ts';
import { agendaDocx } from '../exports/agenda-docx.ts';
import { DOCX_TYPE, type MeetingView } from '../exports/export-model.ts';
import { attachmentDisposition, downloadName, minutesDownloadName } from '../exports/filenames.ts';
import { meetingIcs } from '../exports/ics.ts';
import { minutesDocx } from '../exports/minutes-docx.ts';
import { lagesbildDocx } from '../exports/lagesbild-docx.ts';
import { lagesbildHtml } from '../exports/lagesbild-html.ts';
import { XLSX_TYPE, lagesbildXlsx } from '../exports/lagesbild-xlsx.ts';
import { observationsCsv } from '../exports/observations-csv.ts';
import { loadLagesbild } from '../lagesbild/load.ts';
import { PRINT_CSS } from '../exports/print-css.ts';
import { agendaHtml, escapeHtml, htmlPage, minutesHtml, PRINT_CSS_PATH } from '../exports/print-html.ts';
import type { MailingKind } from '../domain/codes.ts';
import { isUpdate, notOfferedReason } from '../domain/mailings.ts';
import type { Account, District, Meeting } from '../domain/types.ts';
import { EML_FILES, linkBase, type EmlFile } from '../mail/links.ts';
import { meetingViewOf, organizerOf } from '../mail/meeting-context.ts';
import { meetingMessage, messageEml } from '../mail/messages.ts';
import { loadReadableMeeting } from '../trpc/meeting-procedure.ts';
import type { Services } from '../services.ts';
import { resolveSession } from './session.ts';
import { CITY_DOCX_PATH, cityDocxReply } from './city-export.ts';

export const EXPORT_PREFIX = '/export/';

const HTML_TYPE = 'text/html; charset=utf-8';

const MEETING_ROUTE =
  /^\/export\/mote\/([^/]+)\/(dagordning\.docx|protokoll\.docx|dagordning\.html|protokoll\.html|mote\.ics|kallelse\.eml|installt\.eml|protokoll\.eml)$/;
const CSV_PATH = '/export/lagesbild.csv';
const LAGESBILD_ROUTE = /^\/export\/(lagesbild\.docx|lagesbild\.xlsx|lagesbild\.html)$/;
type LagesbildFile = 'lagesbild.docx' | 'lagesbild.xlsx' | 'lagesbild.html';
const SAVED_LAGESBILD_ROUTE = /^\/export\/lagesbild\/([^/]+)\.(docx|html)$/;

const PERIOD_MESSAGES = {
  'from-invalid': 'Parametern from måste vara ett giltigt datum som ÅÅÅÅ-MM-DD.',
  'to-invalid': 'Parametern to måste vara ett giltigt datum som ÅÅÅÅ-MM-DD.',
  order: 'Parametern to måste vara samma dag som from eller senare.',
  'too-long': 'Perioden från from till to får vara högst fem år.',
} as const;

type MeetingFile = 'dagordning.docx' | 'protokoll.docx' | 'dagordning.html' | 'protokoll.html' | 'mote.ics' | EmlFile;
const EML_KINDS = Object.fromEntries(Object.entries(EML_FILES).map(([kind, file]) => [file, kind])) as Record<EmlFile, MailingKind>;

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface ExportsOptions {
  /** Where users reach the service (config's PUBLIC_URL), for links in calendar files. */
  publicUrl?: string;
  /** In production a link never takes its host from the request: publicUrl is then required. */
  production?: boolean;
}

export const NO_ORGANIZER_EMAIL =
  'Inbjudan behöver en e-postadress som svaren kan gå till. Ange din e-postadress på mötets sida under ”Skicka till medlemmarna” och hämta sedan meddelandet igen.';

function page(status: number, title: string, paragraphs: string[]): Reply {
  const body = `<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="/arbetsyta/">Till arbetsytan</a></p>
</main>`;
  return { status, headers: { 'Content-Type': HTML_TYPE }, body: htmlPage(title, body) };
}

// One text for "does not exist" and "not yours": they must be indistinguishable.
const notFoundPage = () => page(404, 'Hittades inte', ['Det du söker finns inte, eller så har du inte behörighet till det.']);
const internalErrorPage = () => page(500, 'Något gick fel', ['Ett internt fel inträffade. Försök igen om en stund.']);

function download(type: string, name: ReturnType<typeof downloadName>, body: string | Buffer): Reply {
  return { status: 200, headers: { 'Content-Type': type, 'Content-Disposition': attachmentDisposition(name) }, body };
}

function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status, { ...reply.headers, 'Content-Length': String(body.length) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

export function exportsEndpoint(services: Services, options: ExportsOptions = {}) {
  const configuredBase = options.publicUrl;
  // The Host header is the client's to choose; in production a calendar link must not depend on it.
  if (options.production && !configuredBase) throw new Error('PUBLIC_URL måste vara satt i produktion.');

  // Development only without PUBLIC_URL (see above).
  const baseUrl = (req: IncomingMessage) => linkBase(configuredBase, req);

  async function meetingFile(req: IncomingMessage, account: Account, meetingId: string, file: MeetingFile): Promise<Reply> {
    let view: MeetingView;
    let meeting: Meeting;
    try {
      const readable = await loadReadableMeeting(services.store, actorOf(account), meetingId);
      meeting = readable.meeting;
      view = await meetingViewOf(services.store, meeting, readable.forum);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'NOT_FOUND') return notFoundPage();
      throw err;
    }
    switch (file) {
      case 'dagordning.docx':
        return download(DOCX_TYPE, downloadName('dagordning', view.forumName, view.day, 'docx'), await agendaDocx(view));
      case 'protokoll.docx':
        return download(DOCX_TYPE, minutesDownloadName(view), await minutesDocx(view));
      case 'dagordning.html':
        return { status: 200, headers: { 'Content-Type': HTML_TYPE }, body: agendaHtml(view) };
      case 'protokoll.html':
        return { status: 200, headers: { 'Content-Type': HTML_TYPE }, body: minutesHtml(view) };
      case 'mote.ics': {
        // The same calendar the invitation carries, with the same organiser; without any address it is a PUBLISH event.
        const organizer = await organizerOf(services.store, meeting, account, services.mail?.from);
        const ics = meetingIcs(view, { now: services.now(), baseUrl: baseUrl(req), organizer });
        return download('text/calendar; charset=utf-8', downloadName('mote', view.forumName, view.day, 'ics'), ics);
      }
      case 'kallelse.eml':
      case 'installt.eml':
      case 'protokoll.eml': {
        const kind = EML_KINDS[file];
        const refused = notOfferedReason(meeting, kind);
        if (refused) return page(409, 'Meddelandet kan inte hämtas nu', [refused]);
        const organizer = await organizerOf(services.store, meeting, account, services.mail?.from);
        // Without an organiser the invitation would be a PUBLISH event nobody can answer, though its text asks for an answer.
        if (!organizer && kind !== 'minutes') return page(409, 'Meddelandet kan inte hämtas nu', [NO_ORGANIZER_EMAIL]);
        // The account's own message, sent from its own mailbox: no MAIL_FROM, no "via".
        const message = await meetingMessage({
          view,
          kind,
          update: isUpdate(meeting, kind),
          sender: { name: account.displayName, email: account.email },
          organizer,
          baseUrl: baseUrl(req),
          now: services.now(),
        });
        return download('message/rfc822', downloadName(EML_FILES[kind].replace(/\.eml$/, ''), view.forumName, view.day, 'eml'), await messageEml(message));
      }
    }
  }

  /** The district and period of a query string, or the page refusing it; `what` names the download in the 403. */
  async function districtPeriod(
    actor: Actor,
    params: URLSearchParams,
    what: string,
    figuresOnly = false,
  ): Promise<Reply | { district: District; from: string; to: string }> {
    const district = params.get('district')?.trim() ?? '';
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    const problems: string[] = [];
    if (!district) problems.push('Parametern district saknas: ange stadsdelens id, till exempel district=rinkeby-kista.');
    else if (district.length > 100) problems.push('Parametern district är för lång.');
    for (const problem of periodProblems(from, to)) problems.push(PERIOD_MESSAGES[problem]);
    if (problems.length) return page(400, 'Felaktig begäran', problems);

    // 403, not 404: district ids are public (districts.list), so refusing reveals nothing,
    // and it says why, as the API's FORBIDDEN does.
    // The city's coordinator reads figures and lägesbilder, not the observations' own words (the CSV).
    if (figuresOnly ? !canReadDistrictFigures(actor, district) : !canManageDistrict(actor, district)) {
      const who = figuresOnly ? 'den lokala samordnaren för stadsdelen, stadens samordnare eller en administratör' : 'den lokala samordnaren för stadsdelen eller en administratör';
      return page(403, 'Ingen behörighet', [`Du har inte behörighet att ladda ner ${what} för den här stadsdelen. Det får ${who} göra.`]);
    }
    const found = await services.store.getDistrict(district);
    if (!found) return page(400, 'Felaktig begäran', ['Parametern district: stadsdelen finns inte.']);
    return { district: found, from, to };
  }

  async function observations(actor: Actor, params: URLSearchParams): Promise<Reply> {
    const asked = await districtPeriod(actor, params, 'observationer');
    if ('status' in asked) return asked;
    const { district: found, from, to } = asked;
    const meetings = await services.store.listMeetings({ districtId: found.id, ...instantsAround(from, to) });
    const forums = await services.store.listForums({ districtId: found.id });
    const csv = observationsCsv(meetings, forums, { districtId: found.id, from, to });
    return download('text/csv; charset=utf-8', downloadName('observationer', found.name, `${from}-till-${to}`, 'csv'), csv);
  }

  /** The lägesbild of a period compiled now, with the draft text: no saved document needed. */
  async function lagesbildFile(actor: Actor, params: URLSearchParams, file: LagesbildFile): Promise<Reply> {
    const asked = await districtPeriod(actor, params, 'lägesbilden', true);
    if ('status' in asked) return asked;
    const { district, from, to } = asked;
    const figures = await loadLagesbild(services.store, district, from, to, services.now());
    const input = { districtName: district.name, from, to, figures };
    const name = (ext: string) => downloadName('lägesbild', district.name, `${from}-till-${to}`, ext);
    switch (file) {
      case 'lagesbild.docx':
        return download(DOCX_TYPE, name('docx'), await lagesbildDocx(input));
      case 'lagesbild.xlsx':
        return download(XLSX_TYPE, name('xlsx'), await lagesbildXlsx(input));
      case 'lagesbild.html': {
        const back = `/arbetsyta/lagesbild/?${new URLSearchParams({ district: district.id, from, to })}`;
        return { status: 200, headers: { 'Content-Type': HTML_TYPE }, body: lagesbildHtml(input, back) };
      }
    }
  }

  /**
   * A saved lägesbild as Word or print view: its latest sections; when adopted, the
   * snapshot of its figures and the adoption line. Unknown and unreadable ids
   * are the same 404, as for meetings.
   */
  async function savedLagesbild(actor: Actor, id: string, file: 'docx' | 'html'): Promise<Reply> {
    const doc = await services.store.getLagesbild(id);
    if (!doc || !canReadDistrictFigures(actor, doc.districtId)) return notFoundPage();
    const district = await services.store.getDistrict(doc.districtId);
    if (!district) return notFoundPage();
    const adopted = doc.status === 'adopted' && doc.adoption ? doc.adoption : undefined;
    const figures = adopted ? adopted.figures : await loadLagesbild(services.store, district, doc.from, doc.to, services.now());
    const input = {
      districtName: district.name,
      from: doc.from,
      to: doc.to,
      figures,
      sections: doc.sections,
      adopted: adopted ? { at: adopted.at, decision: adopted.decision } : undefined,
    };
    if (file === 'html') {
      const back = `/arbetsyta/lagesbild/?${new URLSearchParams({ district: district.id, from: doc.from, to: doc.to })}`;
      return { status: 200, headers: { 'Content-Type': HTML_TYPE }, body: lagesbildHtml(input, back) };
    }
    const suffix = `${doc.from}-till-${doc.to}${adopted ? '-fastställd' : '-utkast'}`;
    return download(DOCX_TYPE, downloadName('lägesbild', district.name, suffix, 'docx'), await lagesbildDocx(input));
  }


  async function handle(req: IncomingMessage, res: ServerResponse): Promise<Reply> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return page(405, 'Metoden stöds inte', ['Nedladdningar hämtas med GET.']);
    }
    // A download can carry minutes: no other site may fetch or embed one.
    if (req.headers['sec-fetch-site'] === 'cross-site') {
      return page(403, 'Ingen behörighet', ['Nedladdningar från andra webbplatser tas inte emot.']);
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return notFoundPage();
    }

    if (url.pathname === PRINT_CSS_PATH) {
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return { status: 200, headers: { 'Content-Type': 'text/css; charset=utf-8' }, body: PRINT_CSS };
    }
    // issue 12: the city's picture as Word, for admins and the city role (city-export.ts).
    if (url.pathname === CITY_DOCX_PATH) {
      const signedIn = await resolveSession(services, req);
      if (!signedIn) {
        const back = url.pathname + url.search;
        return { status: 303, headers: { Location: `/logga-in/?tillbaka=${encodeURIComponent(back)}`, 'Content-Type': HTML_TYPE }, body: '' };
      }
      return cityDocxReply(services, actorOf(signedIn.account), url.searchParams);
    }
    const meetingMatch = MEETING_ROUTE.exec(url.pathname);
    const lagesbildMatch = LAGESBILD_ROUTE.exec(url.pathname);
    const savedMatch = SAVED_LAGESBILD_ROUTE.exec(url.pathname);
    if (!meetingMatch && !lagesbildMatch && !savedMatch && url.pathname !== CSV_PATH) return notFoundPage();

    const signedIn = await resolveSession(services, req);
    if (!signedIn) {
      const back = url.pathname + url.search;
      return { status: 303, headers: { Location: `/logga-in/?tillbaka=${encodeURIComponent(back)}`, 'Content-Type': HTML_TYPE }, body: '' };
    }
    const actor = actorOf(signedIn.account);

    if (lagesbildMatch) return lagesbildFile(actor, url.searchParams, lagesbildMatch[1] as LagesbildFile);
    if (savedMatch) {
      let docId: string;
      try {
        docId = decodeURIComponent(savedMatch[1]).trim();
      } catch {
        return notFoundPage();
      }
      if (!docId || docId.length > 100) return notFoundPage();
      return savedLagesbild(actor, docId, savedMatch[2] as 'docx' | 'html');
    }
    if (!meetingMatch) return observations(actor, url.searchParams);
    let meetingId: string;
    try {
      meetingId = decodeURIComponent(meetingMatch[1]).trim();
    } catch {
      return notFoundPage();
    }
    if (!meetingId || meetingId.length > 100) return notFoundPage();
    return meetingFile(req, signedIn.account, meetingId, meetingMatch[2] as MeetingFile);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('Cache-Control', 'no-store');
    handle(req, res)
      .then((reply) => send(req, res, reply))
      .catch((err) => {
        // Never the URL or the content: they may identify a meeting's notes.
        console.error('Exporten misslyckades:', err);
        if (res.headersSent) return void res.end();
        res.setHeader('Cache-Control', 'no-store');
        send(req, res, internalErrorPage());
      });
  };
}
