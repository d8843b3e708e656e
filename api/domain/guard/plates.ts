// Swedish vehicle registration numbers: three letters and three digits, or
// two digits and a letter ("ABC 123", "ABC 12A", with or without the space).
// Plates never use I, Q, V, Å, Ä or Ö, and the last letter is never O, which
// keeps most acronyms ("BRÅ", "IOP", "VBE") out by themselves.
import type { Finding } from './finding.ts';

const PLATE = /(?<![\p{L}\p{N}])([A-HJ-PR-UW-Z]{3}) ?\d{2}[\dA-HJ-NPR-UW-Z](?![\p{L}\p{N}]|[.,:]\d)/gu;
// Law and agency acronyms that take section or count numbers ("LSS 123", "HVB 120").
const ACRONYMS = new Set(['SFS', 'LSS', 'LVU', 'LVM', 'HVB', 'SOL', 'OSL', 'PBL', 'SKR', 'MSB', 'BBR', 'BBC', 'EKB', 'NPF', 'ADHD', 'KBT', 'SFB', 'BUP', 'SSF']);

export function findPlate(text: string): Finding | null {
  const re = new RegExp(PLATE.source, PLATE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ACRONYMS.has(m[1]!)) return { kind: 'registreringsnummer', index: m.index, length: m[0].length };
  }
  return null;
}
