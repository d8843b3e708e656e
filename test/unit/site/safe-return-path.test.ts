import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../../site/lib/workspace/api.ts';

const origin = 'https://vbe.example.se';
const fallback = '/arbetsyta/';

describe('safeReturnPath', () => {
  it('keeps a same-site path with query and fragment', () => {
    expect(safeReturnPath('/arbetsyta/mote/?id=1#protokoll', origin)).toBe('/arbetsyta/mote/?id=1#protokoll');
  });

  it('falls back when there is nothing to return to', () => {
    expect(safeReturnPath(null, origin)).toBe(fallback);
    expect(safeReturnPath('', origin)).toBe(fallback);
  });

  it('refuses a tab that the browser strips into //evil.example', () => {
    // What `?tillbaka=%2F%09%2Fevil.example` decodes to.
    expect(safeReturnPath('/\t/evil.example', origin)).toBe(fallback);
    expect(safeReturnPath('/\n/evil.example', origin)).toBe(fallback);
  });

  it('refuses protocol-relative and backslash forms', () => {
    expect(safeReturnPath('//evil.example', origin)).toBe(fallback);
    expect(safeReturnPath('/\\evil.example', origin)).toBe(fallback);
    expect(safeReturnPath('\\\\evil.example', origin)).toBe(fallback);
  });

  it('refuses a path that normalises to //host', () => {
    expect(safeReturnPath('/.//evil.example', origin)).toBe(fallback);
  });

  it('refuses other origins and schemes', () => {
    expect(safeReturnPath('https://evil.example/x', origin)).toBe(fallback);
    expect(safeReturnPath('javascript:alert(1)', origin)).toBe(fallback);
    expect(safeReturnPath('http://vbe.example.se/arbetsyta/', origin)).toBe(fallback);
  });
});
