// Swedish vehicle registration numbers: three letters and three digits, or
// two digits and a letter ("ABC 123", "ABC 12A", "ABC-123", with or without
// the space). Plates never use I, Q, V, Å, Ä or Ö, and the last letter is
// never O, which keeps most acronyms ("BRÅ", "IOP", "VBE") out by themselves.
// In lower case ("abc 123") only after a word that says it is a plate, since
// "och 123" has the same shape.
import type { Finding } from './finding.ts';

const PLATE = /(?<![\p{L}\p{N}])([A-HJ-PR-UW-Z]{3})[ -]?\d{2}[\dA-HJ-NPR-UW-Z](?![\p{L}\p{N}]|[.,:]\d)/gu;
const CUED_PLATE =
  /(?<![\p{L}\p{N}])(?:reg\.? ?nr|regnr|registreringsnummer|registreringsnr|reg\.? ?nummer|bil|bilen|fordon|fordonet|skylt|skylten|skylten:)[.:]? (?:med )?([a-hj-pr-uw-z]{3}[ -]?\d{2}[\da-hj-npr-uw-z])(?![\p{L}\p{N}])/giu;
// Acronyms of laws, agencies and organisations that take numbers ("LSS 123", "HVB 120", "SCB 123").
const ACRONYMS = new Set([
  'SFS', 'LSS', 'LVU', 'LVM', 'HVB', 'SOL', 'OSL', 'PBL', 'SKR', 'MSB', 'BBR', 'BBC', 'EKB', 'NPF', 'KBT', 'SFB', 'BUP', 'SSF',
  'SCB', 'NMR', 'SMR', 'AFA', 'SSU', 'MUF', 'LUF', 'CUF', 'KDU', 'FRA', 'SKL', 'SMHI', 'DNR', 'ABF', 'KFUM', 'RFSU', 'NTF',
]);

export function findPlate(text: string): Finding | null {
  let first: Finding | null = null;
  const re = new RegExp(PLATE.source, PLATE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!ACRONYMS.has(m[1]!)) {
      first = { kind: 'registreringsnummer', index: m.index, length: m[0].length };
      break;
    }
  }
  const cued = new RegExp(CUED_PLATE.source, CUED_PLATE.flags).exec(text);
  if (cued) {
    const index = cued.index + cued[0].length - cued[1]!.length;
    if (!first || index < first.index) first = { kind: 'registreringsnummer', index, length: cued[1]!.length };
  }
  return first;
}
