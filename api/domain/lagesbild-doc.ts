// The saved lägesbild: the coordinator's sections, saved with every version
// kept (as minutes are), adopted (fastställd) with a snapshot of its figures
// and locked, reopened with a reason. Pure: the router loads and stores.
import { assertDeidentified } from './deidentify.ts';
import { badRequest, conflict } from './errors.ts';
import type { Lagesbild } from './lagesbild.ts';
import { MIN_REOPEN_REASON, SECTION_KEYS, SECTION_LABELS } from './lagesbild-sections.ts';
import { cleanText, LAGESBILD_LIMITS } from './limits.ts';
import { assertPeriod } from './periods.ts';
import type { LagesbildDocument, LagesbildSections, LagesbildVersion } from './types.ts';

const LOCKED_MESSAGE = 'Lägesbilden är fastställd och låst. En samordnare eller administratör kan öppna den igen med en motivering.';

export interface DocChange {
  actorId: string;
  now: string;
  newId: () => string;
}

export interface SaveDraftInput {
  id?: string;
  districtId: string;
  from: string;
  to: string;
  sections: LagesbildSections;
  /** The newest version the editor had seen; a later version is a conflict. */
  baseVersion?: number;
}

export function latestVersion(doc: Pick<LagesbildDocument, 'versions'>): number {
  return doc.versions.reduce((max, v) => Math.max(max, v.version), 0);
}

function withVersion(doc: LagesbildDocument, version: Omit<LagesbildVersion, 'version'>): LagesbildDocument {
  return {
    ...doc,
    versions: [...doc.versions, { version: latestVersion(doc) + 1, ...version }],
    updatedAt: version.at,
  };
}

/** The sections trimmed and cleaned, each within its limit and passing the guard. */
export function checkSections(sections: LagesbildSections): LagesbildSections {
  const clean = Object.fromEntries(SECTION_KEYS.map((k) => [k, cleanText(sections[k]).trim()])) as unknown as LagesbildSections;
  for (const k of SECTION_KEYS) {
    if (clean[k].length > LAGESBILD_LIMITS.section) {
      throw badRequest(`Fältet ”${SECTION_LABELS[k]}” får ha högst ${LAGESBILD_LIMITS.section} tecken.`, `sections.${k}`);
    }
  }
  assertDeidentified(
    SECTION_KEYS.map((k) => ({
      path: `sections.${k}`,
      label: SECTION_LABELS[k],
      text: clean[k],
    })),
  );
  return clean;
}

/** A new document (no `id` in the input): version 1 holds its sections. */
export function newLagesbild(input: SaveDraftInput, change: DocChange): LagesbildDocument {
  assertPeriod(input.from, input.to);
  const sections = checkSections(input.sections);
  return {
    id: change.newId(),
    districtId: input.districtId,
    from: input.from,
    to: input.to,
    sections,
    status: 'draft',
    versions: [
      {
        version: 1,
        at: change.now,
        by: change.actorId,
        change: 'save',
        sections,
      },
    ],
    createdAt: change.now,
    createdBy: change.actorId,
    updatedAt: change.now,
  };
}

/** A save of an existing document: a new version with the sections; refused when adopted or changed since `baseVersion`. */
export function saveLagesbild(doc: LagesbildDocument, input: SaveDraftInput, change: DocChange): LagesbildDocument {
  if (input.districtId !== doc.districtId || input.from !== doc.from || input.to !== doc.to) {
    throw badRequest('Lägesbilden hör till en annan stadsdel eller period. Ladda om sidan.', 'id');
  }
  if (doc.status === 'adopted') throw conflict(LOCKED_MESSAGE);
  const sections = checkSections(input.sections);
  if (input.baseVersion !== undefined) {
    if (input.baseVersion > latestVersion(doc)) throw badRequest(`Version ${input.baseVersion} av lägesbilden finns inte.`, 'baseVersion');
    if (input.baseVersion < latestVersion(doc)) {
      throw conflict(
        'Lägesbilden har sparats av någon annan sedan du började skriva. Ladda om sidan för att se den senaste versionen; kopiera gärna din text först.',
      );
    }
  }
  return withVersion({ ...doc, sections }, { at: change.now, by: change.actorId, change: 'save', sections });
}

/** Adopts `version` (the newest) and locks the document with the figures given, compiled by the caller now. */
export function adoptLagesbild(
  doc: LagesbildDocument,
  input: { version: number; decision?: string },
  figures: Lagesbild,
  change: DocChange,
): LagesbildDocument {
  if (doc.status === 'adopted') throw conflict('Lägesbilden är redan fastställd.');
  const latest = latestVersion(doc);
  if (input.version > latest || input.version < 1) throw badRequest(`Version ${input.version} av lägesbilden finns inte.`, 'version');
  if (input.version < latest) throw conflict('Lägesbilden har ändrats sedan du läste den. Läs igenom den senaste versionen och fastställ igen.');
  const decision = input.decision === undefined ? undefined : cleanText(input.decision).trim() || undefined;
  if (decision !== undefined) {
    if (decision.length > LAGESBILD_LIMITS.decision) throw badRequest(`Fältet ”Beslut” får ha högst ${LAGESBILD_LIMITS.decision} tecken.`, 'decision');
    assertDeidentified([{ path: 'decision', label: 'Beslut', text: decision }]);
  }
  const adoption = {
    at: change.now,
    by: change.actorId,
    version: input.version,
    ...(decision ? { decision } : {}),
    figures,
  };
  return withVersion(
    { ...doc, status: 'adopted', adoption },
    {
      at: change.now,
      by: change.actorId,
      change: 'adopt',
      ...(decision ? { decision } : {}),
    },
  );
}

/** Opens an adopted document again; the reason is required and guarded. The snapshot goes: the figures are compiled anew until the next adoption. */
export function reopenLagesbild(doc: LagesbildDocument, reason: string, change: DocChange): LagesbildDocument {
  if (doc.status !== 'adopted') throw conflict('Lägesbilden är inte fastställd och behöver inte öppnas.');
  const why = cleanText(reason).trim();
  if (why.length < MIN_REOPEN_REASON) throw badRequest(`Motivera varför lägesbilden öppnas (minst ${MIN_REOPEN_REASON} tecken).`, 'reason');
  if (why.length > LAGESBILD_LIMITS.reason) throw badRequest(`Fältet ”Motivering” får ha högst ${LAGESBILD_LIMITS.reason} tecken.`, 'reason');
  assertDeidentified([{ path: 'reason', label: 'Motivering', text: why }]);
  const { adoption: _adopted, ...rest } = doc;
  return withVersion({ ...rest, status: 'draft' }, { at: change.now, by: change.actorId, change: 'reopen', reason: why });
}

/** After a redaction: a version that says so, so an editor loaded before it cannot save the old text back (baseVersion). */
export function appendLagesbildRedaction(doc: LagesbildDocument, change: Omit<DocChange, 'newId'>): LagesbildDocument {
  return withVersion(doc, {
    at: change.now,
    by: change.actorId,
    change: 'redact',
  });
}
