// Reading a chosen CSV file in the browser before it is sent as text (see
// csv-import.ts). Kept apart from the import's rules so the page does not
// bundle the guard.

/**
 * A chosen file's text: UTF-8 if its bytes are valid UTF-8, otherwise
 * Windows-1252, which Excel's plain "CSV (semikolonavgränsad)" writes on
 * Swedish Windows. Any byte sequence is valid Windows-1252, so this never fails.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The bytes of the request body that carries `csv` (JSON, as the API client sends it), for the body limit. */
export function importBodyBytes(districtId: string, csv: string): number {
  return new TextEncoder().encode(JSON.stringify({ districtId, csv })).length;
}

export const importTooLargeMessage = (bytes: number) =>
  `Filen är för stor att skicka: ${(bytes / 1_048_576).toFixed(1).replace('.', ',')} MB, och högst 1 MB tas emot. Dela upp den i flera filer (till exempel en per halvår) och importera dem en i taget.`;
