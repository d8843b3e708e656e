// The lägesbild's draft text: plain Swedish written from fixed sentence
// patterns and the figures alone, never from the text of minutes, reports or
// statements (they may hold what the guard let through, and a draft is copied
// into documents that leave the workspace). Following the strategy's
// cautions it speaks of acts and milieus, never of religious or ethnic
// groups, and names no area: an area's count is finer than milieu.
// Pure, shared by the server and the workspace.
import { CATEGORIES, CATEGORY_LABELS, MILIEU_LABELS, MILIEUS, OBSERVATION_ORIGIN_LABELS, OBSERVATION_ORIGINS, SOURCE_LABELS } from './codes.ts';
import type { Category } from './codes.ts';
import type { Lagesbild, PeriodFigures, SurveyFigures } from './lagesbild.ts';
import { SMALL_COUNT_LIMIT } from './small-numbers.ts';
import { formatDay } from './swedish-format.ts';

export type DraftSectionKey = 'sources' | 'overall' | 'milieus' | 'forums' | 'reports' | 'knowledge';

export interface DraftSection {
  key: DraftSectionKey;
  title: string;
  paragraphs: string[];
}

export const DRAFT_SECTION_TITLES: Record<DraftSectionKey, string> = {
  sources: 'Källor och metod',
  overall: 'Den övergripande bilden',
  milieus: 'Miljöerna',
  forums: 'Forumen',
  reports: 'Rapporter',
  knowledge: 'Kunskap och webbkurs',
};

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** "1 234" (the thousands separator is a no-break space, as sv-SE writes it). */
export function formatCount(n: number): string {
  return numberFormat.format(n);
}

/** "58 %": whole per cent, rounded half up. */
export function formatPercent(part: number, whole: number): string {
  return `${formatCount(Math.round((100 * part) / whole))} %`;
}

/** "1 observation", "18 observationer". */
function counted(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** "a", "a och b", "a, b och c". */
function listed(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/** "Antalet observationer ökade från 12 till 18." */
export function changeSentence(subject: string, previous: number, current: number): string {
  if (current > previous) return `${subject} ökade från ${formatCount(previous)} till ${formatCount(current)}.`;
  if (current < previous) return `${subject} minskade från ${formatCount(previous)} till ${formatCount(current)}.`;
  return `${subject} var detsamma som föregående period, ${formatCount(current)}.`;
}

const period = (p: Pick<PeriodFigures, 'from' | 'to'>) => `${formatDay(p.from)}–${formatDay(p.to)}`;

function sources(f: Lagesbild): DraftSection {
  const { current, previous } = f;
  const paragraphs = [`Lägesbilden gäller perioden ${period(current)} och jämförs med samma period ett år tidigare (${period(previous)}).`];
  const total = current.observations.total;
  if (total === 0) {
    paragraphs.push('Inga observationer registrerades under perioden, varken i forumens protokoll, i rapporter, i samverkanspartners lägesbilder eller i importerade siffror.');
  } else {
    const parts = OBSERVATION_ORIGINS.filter((o) => current.byOrigin[o] > 0).map((o) => `${formatCount(current.byOrigin[o])} från ${lower(OBSERVATION_ORIGIN_LABELS[o])}`);
    paragraphs.push(`Av periodens ${counted(total, 'observation', 'observationer')} kommer ${listed(parts)}.`);
  }
  paragraphs.push(surveyResponse(current.survey));
  const answered = current.statements.filter((s) => s.status !== 'missing');
  const nothing = answered.filter((s) => s.status === 'nothing').length;
  const missing = current.statements.filter((s) => s.status === 'missing').map((s) => SOURCE_LABELS[s.source]);
  if (current.statements.length > 0) {
    paragraphs.push(
      `${formatCount(answered.length)} av ${counted(current.statements.length, 'samverkanspartner', 'samverkanspartner')} lämnade en lägesbild för perioden` +
        (nothing > 0 ? `, varav ${formatCount(nothing)} med inget att rapportera.` : '.') +
        (missing.length > 0 ? ` Lägesbild saknas från: ${listed(missing)}.` : ''),
    );
  }
  return { key: 'sources', title: DRAFT_SECTION_TITLES.sources, paragraphs };
}

function surveyResponse(survey: SurveyFigures | null): string {
  if (!survey) return 'Ingen enkätomgång finns för perioden.';
  if (survey.units === 0) return 'Enkätomgången för perioden har inga enheter.';
  return `${formatCount(survey.responded)} av ${counted(survey.units, 'enhet', 'enheter')} besvarade enkäten (${formatPercent(survey.responded, survey.units)}).`;
}

/** The categories with the highest counts, most first (ties in code-list order), at most `n`. */
function topCategories(counts: Record<Category, number>, n: number): Category[] {
  return CATEGORIES.filter((c) => counts[c] > 0)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => counts[b.c] - counts[a.c] || a.i - b.i)
    .slice(0, n)
    .map((x) => x.c);
}

/** A category and its count; a count below SMALL_COUNT_LIMIT is left out, since the draft may leave the workspace. */
function categoryWithCount(category: Category, count: number): string {
  const name = lower(CATEGORY_LABELS[category]);
  return count >= SMALL_COUNT_LIMIT ? `${name} (${formatCount(count)})` : name;
}

function overall(f: Lagesbild): DraftSection {
  const { current, previous } = f;
  const paragraphs: string[] = [];
  paragraphs.push(`Under perioden registrerades ${counted(current.observations.total, 'observation', 'observationer')}. ${changeSentence('Antalet observationer', previous.observations.total, current.observations.total)}`);
  const top = topCategories(current.byCategory, 3);
  if (top.length > 0) {
    const lead = top.length === 1 ? 'Den vanligaste kategorin var' : 'De vanligaste kategorierna var';
    paragraphs.push(`${lead} ${listed(top.map((c) => categoryWithCount(c, current.byCategory[c])))}.`);
  }
  const areas = current.byArea.filter((a) => a.count > 0).length;
  if (areas > 0) paragraphs.push(`Observationerna gällde ${counted(areas, 'område', 'områden')} i stadsdelen.`);
  return { key: 'overall', title: DRAFT_SECTION_TITLES.overall, paragraphs };
}

function milieus(f: Lagesbild): DraftSection {
  const { current, previous } = f;
  const paragraphs: string[] = [];
  const none: string[] = [];
  for (const m of MILIEUS) {
    const cur = current.byMilieu[m];
    const prev = previous.byMilieu[m];
    if (cur === 0 && prev === 0) {
      none.push(lower(MILIEU_LABELS[m]));
      continue;
    }
    let text = `${MILIEU_LABELS[m]}: ${counted(cur, 'observation', 'observationer')} under perioden. ${changeSentence('Antalet', prev, cur)}`;
    const top = topCategories(current.byMilieuCategory[m], 1)[0];
    if (top) text += ` Vanligast var ${categoryWithCount(top, current.byMilieuCategory[m][top])}.`;
    paragraphs.push(text);
  }
  if (none.length > 0) paragraphs.push(`Inga observationer gällde ${listed(none)}, varken under perioden eller föregående period.`);
  return { key: 'milieus', title: DRAFT_SECTION_TITLES.milieus, paragraphs };
}

function forums(f: Lagesbild): DraftSection {
  const { current, previous } = f;
  const paragraphs: string[] = [];
  if (current.meetings === 0) {
    paragraphs.push(`Inga justerade möten hölls under perioden (föregående period ${counted(previous.meetings, 'möte', 'möten')}).`);
  } else {
    const held = current.meetingsPerForum.filter((r) => r.meetings > 0).length;
    paragraphs.push(
      `${counted(current.meetings, 'justerat möte', 'justerade möten')} hölls i ${counted(held, 'forum', 'forum')} under perioden. ${changeSentence('Antalet justerade möten', previous.meetings, current.meetings)}`,
    );
    paragraphs.push(
      `Punkten om våldsbejakande extremism togs upp på ${formatCount(current.vbeRaised)} av ${counted(current.meetings, 'möte', 'möten')} (${formatPercent(current.vbeRaised, current.meetings)})` +
        (previous.meetings > 0 ? `, jämfört med ${formatCount(previous.vbeRaised)} av ${formatCount(previous.meetings)} (${formatPercent(previous.vbeRaised, previous.meetings)}) föregående period.` : '.'),
    );
  }
  const idle = current.meetingsPerForum.filter((r) => r.meetings === 0).length;
  if (idle > 0 && current.meetingsPerForum.length > 0) {
    paragraphs.push(`${formatCount(idle)} av stadsdelens ${counted(current.meetingsPerForum.length, 'forum', 'forum')} hade inget justerat möte under perioden.`);
  }
  const a = current.actions;
  if (a.open + a.completed > 0) {
    paragraphs.push(
      `Forumen beslutade om ${counted(a.open + a.completed, 'åtgärd', 'åtgärder')}: ${formatCount(a.completed)} är genomförda och ${formatCount(a.open)} är öppna` +
        (a.overdue > 0 ? `, varav ${formatCount(a.overdue)} har passerat sitt datum.` : '.'),
    );
  }
  return { key: 'forums', title: DRAFT_SECTION_TITLES.forums, paragraphs };
}

function reports(f: Lagesbild): DraftSection {
  const { current, previous } = f;
  const r = current.reports;
  const paragraphs =
    r.received === 0
      ? [`Inga avidentifierade rapporter kom in under perioden (föregående period ${formatCount(previous.reports.received)}).`]
      : [
          `${counted(r.received, 'avidentifierad rapport', 'avidentifierade rapporter')} kom in under perioden, varav ${formatCount(r.accepted)} godtogs som observationer och ${formatCount(r.rejected)} avvisades. ${changeSentence('Antalet inkomna rapporter', previous.reports.received, r.received)}`,
        ];
  return { key: 'reports', title: DRAFT_SECTION_TITLES.reports, paragraphs };
}

function knowledge(f: Lagesbild): DraftSection {
  const { current, previous } = f;
  const s = current.survey;
  const paragraphs: string[] = [];
  if (!s || s.responded === 0) {
    paragraphs.push(s ? 'Ingen enhet har besvarat enkäten, så det finns inga siffror om webbkursen för perioden.' : 'Ingen enkätomgång finns för perioden, så det finns inga siffror om webbkursen.');
  } else {
    paragraphs.push(surveyResponse(s));
    if (s.staff > 0) {
      let text = `I de enheter som svarade har ${formatCount(s.courseCompleted)} av ${counted(s.staff, 'anställd', 'anställda')} gått stadens webbkurs (${formatPercent(s.courseCompleted, s.staff)}).`;
      const p = previous.survey;
      if (p && p.staff > 0) {
        const before = Math.round((100 * p.courseCompleted) / p.staff);
        const now = Math.round((100 * s.courseCompleted) / s.staff);
        text += now === before ? ` Andelen är densamma som föregående period, ${before} %.` : ` Andelen ${now > before ? 'ökade' : 'minskade'} från ${before} % till ${now} %.`;
      }
      paragraphs.push(text);
    }
    // Absent in snapshots adopted before the figures carried the answers.
    const plan = s.awareness?.plan;
    const answered = plan ? plan.helt + plan.delvis + plan.inte : 0;
    if (plan && answered > 0) paragraphs.push(`${formatCount(plan.helt)} av ${counted(answered, 'enhet', 'enheter')} uppger att chefen känner till handlingsplanen helt.`);
  }
  return { key: 'knowledge', title: DRAFT_SECTION_TITLES.knowledge, paragraphs };
}

/** The draft, section by section in the document's order. */
export function draftSections(figures: Lagesbild): DraftSection[] {
  return [sources(figures), overall(figures), milieus(figures), forums(figures), reports(figures), knowledge(figures)];
}

/** The draft as one text, for a section the coordinator starts from: paragraphs separated by a blank line. */
export function draftText(sections: readonly DraftSection[], keys?: readonly DraftSectionKey[]): string {
  return sections
    .filter((s) => !keys || keys.includes(s.key))
    .flatMap((s) => s.paragraphs)
    .join('\n\n');
}
