// The editable shape of a partner's statement and the pure rules around it:
// what must be filled in, what is sent, and how the server's dotted field
// paths map onto the fields and observation rows on screen.
import type { Source } from '../../../../api/domain/codes.ts';
import { isIsoDate } from '../../../../api/domain/periods.ts';
import { STATEMENT_LIMITS } from '../../../../api/domain/limits.ts';
import type { Statement } from '../../../../api/domain/types.ts';
import { newKey, type FieldErrors, type ObservationRow } from '../meeting/MinutesForm.ts';

export interface StatementForm {
  id?: string;
  /** The version loaded for editing; the server refuses a save over a newer one. */
  baseUpdatedAt?: string;
  source: Source | '';
  from: string;
  to: string;
  summary: string;
  nothingToReport: boolean;
  observations: ObservationRow[];
}

export const SUMMARY_MAX = STATEMENT_LIMITS.summary;

/** A new statement for the calendar year of `today`. */
export function emptyStatement(today: string): StatementForm {
  const year = today.slice(0, 4);
  return { source: '', from: `${year}-01-01`, to: `${year}-12-31`, summary: '', nothingToReport: false, observations: [] };
}

export function formOf(s: Pick<Statement, 'id' | 'updatedAt' | 'source' | 'from' | 'to' | 'summary' | 'nothingToReport' | 'observations'>): StatementForm {
  return {
    id: s.id,
    baseUpdatedAt: s.updatedAt,
    source: s.source,
    from: s.from,
    to: s.to,
    summary: s.summary,
    nothingToReport: s.nothingToReport,
    observations: s.observations.map((o) => ({ key: newKey(), id: o.id, milieu: o.milieu, category: o.category, source: o.source, area: o.area, count: String(o.count), date: o.date, text: o.text })),
  };
}

/** Field keys: `source`, `from`, `to`, `summary`, `observations`, `obs.<rowKey>.<field>` (as the minutes' rows). */
export function validateStatement(form: StatementForm): FieldErrors {
  const errors: FieldErrors = {};
  if (!form.source) errors.source = 'Välj vilken samverkanspartner lägesbilden kommer från.';
  if (!isIsoDate(form.from)) errors.from = 'Ange periodens första dag.';
  if (!isIsoDate(form.to)) errors.to = 'Ange periodens sista dag.';
  else if (isIsoDate(form.from) && form.to < form.from) errors.to = 'Slutdatumet måste vara samma som eller efter startdatumet.';
  if (form.summary.length > SUMMARY_MAX) errors.summary = `Högst ${SUMMARY_MAX} tecken.`;
  if (!form.nothingToReport && form.summary.trim() === '' && form.observations.length === 0) {
    errors.summary = 'Skriv en sammanfattning, lägg till observationer eller markera ”Inget att rapportera”.';
  }
  for (const o of form.observations) {
    const k = `obs.${o.key}.`;
    if (!o.milieu) errors[`${k}milieu`] = 'Välj en miljö.';
    if (!o.category) errors[`${k}category`] = 'Välj en kategori.';
    if (!o.source) errors[`${k}source`] = 'Välj en källa.';
    if (!o.area.trim()) errors[`${k}area`] = 'Ange ett område (ett ortnamn, inte en adress).';
    const count = Number(o.count);
    if (!/^\d+$/.test(o.count.trim()) || count < 1 || count > 10_000) errors[`${k}count`] = 'Ange ett antal från 1 till 10 000.';
    if (!isIsoDate(o.date)) errors[`${k}date`] = 'Ange ett datum.';
    else if (isIsoDate(form.from) && isIsoDate(form.to) && (o.date < form.from || o.date > form.to)) errors[`${k}date`] = 'Datumet måste ligga inom perioden.';
  }
  return errors;
}

/** The order fields are shown in, for focusing the first invalid one. */
export function fieldOrder(form: StatementForm): string[] {
  const obs = form.observations.flatMap((o) => ['text', 'milieu', 'category', 'source', 'area', 'count', 'date'].map((f) => `obs.${o.key}.${f}`));
  return ['source', 'from', 'to', 'nothingToReport', 'summary', ...obs, 'observations'];
}

export function saveInput(form: StatementForm, districtId: string) {
  return {
    ...(form.id ? { id: form.id } : {}),
    ...(form.baseUpdatedAt ? { baseUpdatedAt: form.baseUpdatedAt } : {}),
    districtId,
    from: form.from,
    to: form.to,
    source: form.source as Source,
    summary: form.summary,
    nothingToReport: form.nothingToReport,
    observations: form.nothingToReport
      ? []
      : form.observations.map((o) => ({
          ...(o.id ? { id: o.id } : {}),
          milieu: o.milieu as Exclude<ObservationRow['milieu'], ''>,
          category: o.category as Exclude<ObservationRow['category'], ''>,
          source: o.source as Exclude<ObservationRow['source'], ''>,
          area: o.area,
          count: Number(o.count),
          date: o.date,
          text: o.text,
        })),
  };
}

/** The server's dotted paths (observations by index as sent) as field keys on screen; the rest stay unplaced. */
export function localErrors(fields: Record<string, string>, form: StatementForm): { errors: FieldErrors; unplaced: string[] } {
  const errors: FieldErrors = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const row = /^observations\.(\d+)\.(\w+)$/.exec(path);
    const rowKey = row && form.observations[Number(row[1])]?.key;
    const key = ['source', 'from', 'to', 'summary', 'observations', 'nothingToReport'].includes(path) ? path : row && rowKey ? `obs.${rowKey}.${row[2]}` : null;
    if (key === null) unplaced.push(message);
    else errors[key] = message;
  }
  return { errors, unplaced };
}
