// The units of a round as the coordinator types them: one per line, "name"
// or "name; staff". Pure, so the parsing is tested without a browser.
import { SURVEY_LIMITS } from '../../../../api/domain/limits.ts';

export interface UnitLine {
  name: string;
  staff?: number;
  /** The line's number in the text (from 1), to name it in errors. */
  line: number;
}

export type ParsedUnits = { units: UnitLine[] } | { problem: string };

export function parseUnitLines(text: string): ParsedUnits {
  const units: UnitLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (!raw) continue;
    // The last semicolon splits: a name may itself hold one ("Förskola A; B-huset; 12").
    const at = raw.lastIndexOf(';');
    const tail = at >= 0 ? raw.slice(at + 1).trim() : '';
    const hasStaff = at >= 0 && /^\d[\d\s]*$/.test(tail);
    const name = (hasStaff ? raw.slice(0, at) : at >= 0 && tail === '' ? raw.slice(0, at) : raw).trim();
    if (at >= 0 && tail !== '' && !hasStaff) return { problem: `Rad ${i + 1}: antalet medarbetare efter semikolon ska vara ett heltal, till exempel ”Husby förskola; 24”.` };
    if (!name) return { problem: `Rad ${i + 1}: ange enhetens namn före semikolon.` };
    units.push({ name, line: i + 1, ...(hasStaff ? { staff: Number(tail.replace(/\s/g, '')) } : {}) });
  }
  if (units.length === 0) return { problem: 'Skriv minst en enhet, en per rad.' };
  if (units.length > SURVEY_LIMITS.units) return { problem: `Högst ${SURVEY_LIMITS.units} enheter i en omgång (du har skrivit ${units.length}).` };
  return { units };
}

/** A server error about `units.3.name` named by the line it came from. */
export function lineOfField(field: string, units: readonly UnitLine[], prefix = 'units'): number | null {
  const m = new RegExp(`^${prefix}\\.(\\d+)\\.`).exec(field);
  return m ? (units[Number(m[1])]?.line ?? null) : null;
}
