// /export/staden.docx?from=&to=: the city's picture as Word, for admins and
// the city role (as lagesbild.city). Called from exports-endpoint.ts, which
// has already checked the method, the origin and the session.
import { canReadCity, type Actor } from '../domain/access.ts';
import { periodProblems } from '../domain/periods.ts';
import { cityDocx } from '../exports/city-docx.ts';
import { DOCX_TYPE } from '../exports/export-model.ts';
import { attachmentDisposition, downloadName } from '../exports/filenames.ts';
import { escapeHtml, htmlPage } from '../exports/print-html.ts';
import { loadCityPicture } from '../routers/city.ts';
import type { Services } from '../services.ts';
import { stockholmInputValues } from '../domain/swedish-format.ts';

export const CITY_DOCX_PATH = '/export/staden.docx';

export interface CityReply {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

const PERIOD_MESSAGES = {
  'from-invalid': 'Parametern from måste vara ett giltigt datum som ÅÅÅÅ-MM-DD.',
  'to-invalid': 'Parametern to måste vara ett giltigt datum som ÅÅÅÅ-MM-DD.',
  order: 'Parametern to måste vara samma dag som from eller senare.',
  'too-long': 'Perioden från from till to får vara högst fem år.',
} as const;

function page(status: number, title: string, paragraphs: string[]): CityReply {
  const body = `<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="/arbetsyta/">Till arbetsytan</a></p>
</main>`;
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: htmlPage(title, body) };
}

export async function cityDocxReply(services: Services, actor: Actor, params: URLSearchParams): Promise<CityReply> {
  // 403 before the parameters: the role alone decides, and it says why, as the API's FORBIDDEN does.
  if (!canReadCity(actor)) {
    return page(403, 'Ingen behörighet', ['Stadens lägesbild är till för administratörer och stadens samordnare.']);
  }
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const problems = periodProblems(from, to).map((p) => PERIOD_MESSAGES[p]);
  if (problems.length) return page(400, 'Felaktig begäran', problems);
  const now = services.now();
  const picture = await loadCityPicture(services.store, from, to, now);
  const body = await cityDocx(picture, stockholmInputValues(now).date);
  const name = downloadName('stadens lägesbild', '', `${from}-till-${to}`, 'docx');
  return { status: 200, headers: { 'Content-Type': DOCX_TYPE, 'Content-Disposition': attachmentDisposition(name) }, body };
}
