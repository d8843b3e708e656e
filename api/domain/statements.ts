// A partner's statement for a period (the police's picture, a specialist
// department's, civil society's …): a guarded summary and observations as in
// the minutes, or "nothing to report", which is an answer too.
import type { Source } from './codes.ts';
import { assertDeidentified, type GuardedField } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import { STATEMENT_LIMITS } from './limits.ts';
import type { ObservationInput } from './minutes.ts';
import { assertPeriod } from './periods.ts';
import type { Observation, Statement } from './types.ts';

export interface StatementInput {
  districtId: string;
  from: string;
  to: string;
  source: Source;
  summary: string;
  nothingToReport?: boolean;
  observations?: ObservationInput[];
  /** The `updatedAt` the editor saw; a later save by someone else is a conflict. */
  baseUpdatedAt?: string;
}

export interface StatementChange {
  actorId: string;
  now: string;
  newId: () => string;
}

/** Throws BAD_REQUEST naming the field for a malformed period, a missing answer, dates outside the period, or personal data. */
export function assertValidStatement(input: StatementInput): void {
  assertPeriod(input.from, input.to);

  const observations = input.observations ?? [];
  const summary = input.summary.trim();
  if (summary.length > STATEMENT_LIMITS.summary) throw badRequest(`Sammanfattningen får vara högst ${STATEMENT_LIMITS.summary} tecken.`, 'summary');
  if (observations.length > STATEMENT_LIMITS.observations) {
    throw badRequest(`Högst ${STATEMENT_LIMITS.observations} observationer per lägesbild.`, 'observations');
  }
  if (input.nothingToReport) {
    if (observations.length > 0) throw badRequest('Ta bort observationerna eller avmarkera ”Inget att rapportera”.', 'observations');
  } else if (summary === '' && observations.length === 0) {
    throw badRequest('Skriv en sammanfattning, lägg till observationer eller markera ”Inget att rapportera”.', 'summary');
  }
  observations.forEach((o, i) => {
    if (o.date < input.from || o.date > input.to) {
      throw badRequest(`Observation ${i + 1}: datumet måste ligga inom perioden ${input.from}–${input.to}.`, `observations.${i}.date`);
    }
  });
  assertDeidentified(statementFields(summary, observations));
}

function statementFields(summary: string, observations: readonly ObservationInput[]): GuardedField[] {
  const fields: GuardedField[] = [{ path: 'summary', label: 'Sammanfattning', text: summary }];
  observations.forEach((o, i) => {
    const label = `Observation ${i + 1}`;
    const group = `observations.${i}`;
    fields.push({ path: `${group}.area`, label: `${label}: område`, text: o.area, group });
    fields.push({ path: `${group}.text`, label: `${label}: beskrivning`, text: o.text, group });
  });
  return fields;
}

/**
 * The statement as stored: a new one when `previous` is undefined, else the
 * edited one keeping its id, creation and the ids of observations it had.
 */
export function buildStatement(previous: Statement | undefined, input: StatementInput, change: StatementChange): Statement {
  assertValidStatement(input);
  if (previous && input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== previous.updatedAt) {
    throw conflict('Lägesbilden har ändrats av någon annan sedan du öppnade den. Läs in den igen och gör om ändringen.');
  }
  const unused = new Set(previous?.observations.map((o) => o.id));
  const observations = (input.observations ?? []).map(
    (o): Observation => ({
      id: o.id !== undefined && unused.delete(o.id) ? o.id : change.newId(),
      milieu: o.milieu,
      category: o.category,
      source: o.source,
      area: o.area.trim(),
      count: o.count,
      date: o.date,
      text: o.text.trim(),
    }),
  );
  return {
    id: previous?.id ?? change.newId(),
    districtId: input.districtId,
    from: input.from,
    to: input.to,
    source: input.source,
    summary: input.summary.trim(),
    nothingToReport: input.nothingToReport === true,
    observations,
    createdAt: previous?.createdAt ?? change.now,
    createdBy: previous?.createdBy ?? change.actorId,
    updatedAt: change.now,
    updatedBy: change.actorId,
  };
}
