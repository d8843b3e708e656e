// The low-level writers of the exports: iCalendar text and folding, CSV
// cells, HTML escaping and download names.
import { describe, expect, it } from 'vitest';
import { publicBase } from '../../../../api/config.ts';
import { attachmentDisposition, downloadName, slugify } from '../../../../api/exports/filenames.ts';
import { escapeIcsText, foldIcsLine, icsUtc } from '../../../../api/exports/ics.ts';
import { csvCell, csvDocument } from '../../../../api/exports/observations-csv.ts';
import { escapeHtml } from '../../../../api/exports/print-html.ts';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('escapes the backslash before the others, so nothing is escaped twice', () => {
    expect(escapeIcsText('\\;')).toBe('\\\\\\;');
  });

  it('writes instants in UTC as YYYYMMDDTHHMMSSZ', () => {
    expect(icsUtc('2026-03-03T14:00:00+01:00')).toBe('20260303T130000Z');
    expect(icsUtc('2026-07-01T09:30:15+02:00')).toBe('20260701T073015Z');
    expect(icsUtc(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });

  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('folds long lines into lines of at most 75 octets, the leading space included', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(30)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding (RFC 5545 3.1) gives the line back.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('never splits a multi-byte character', () => {
    // 2-byte å/ö and a 4-byte emoji at every possible offset against the boundary.
    for (let pad = 0; pad < 5; pad++) {
      const line = `SUMMARY:${'x'.repeat(pad)}${'åö🙂'.repeat(40)}`;
      const folded = foldIcsLine(line);
      for (const part of folded.split('\r\n')) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        // A split sequence would decode to U+FFFD.
        expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  });
});

describe('CSV cells', () => {
  it('quotes cells with the separator, quotes, commas or line breaks (RFC 4180)', () => {
    expect(csvCell('enkel')).toBe('enkel');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('säger "hej"')).toBe('"säger ""hej"""');
    expect(csvCell('rad 1\r\nrad 2')).toBe('"rad 1\r\nrad 2"');
    expect(csvCell('ett, två')).toBe('"ett, två"');
  });

  it('defuses cells a spreadsheet would read as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+46')).toBe("'+46");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tflik')).toBe("'\tflik");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('=HYPERLINK("http://x";"y")')).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
    // Only the first character matters.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes a UTF-8 BOM, semicolons and CRLF after every row', () => {
    const csv = csvDocument(['Område', 'Antal'], [['Husby', '2'], ['Kista; norra', '1']]);
    expect(csv).toBe('\uFEFFOmråde;Antal\r\nHusby;2\r\n"Kista; norra";1\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('HTML escaping', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });
});

describe('download names', () => {
  it('slugifies forum names, with and without Swedish letters', () => {
    expect(slugify('BRÅ Rinkeby-Kista')).toBe('brå-rinkeby-kista');
    expect(slugify('BRÅ Rinkeby-Kista', { ascii: true })).toBe('bra-rinkeby-kista');
    expect(slugify('  Östermalms   café / möte ', { ascii: true })).toBe('ostermalms-cafe-mote');
  });

  it('names the agenda as in the brief, with a UTF-8 twin', () => {
    const name = downloadName('dagordning', 'BRÅ Rinkeby-Kista', '2026-03-03', 'docx');
    expect(name.ascii).toBe('dagordning-bra-rinkeby-kista-2026-03-03.docx');
    expect(name.utf8).toBe('dagordning-brå-rinkeby-kista-2026-03-03.docx');
    expect(attachmentDisposition(name)).toBe(
      `attachment; filename="dagordning-bra-rinkeby-kista-2026-03-03.docx"; filename*=UTF-8''dagordning-br%C3%A5-rinkeby-kista-2026-03-03.docx`,
    );
  });

  it('keeps the header safe whatever the name', () => {
    const header = attachmentDisposition(downloadName('protokoll', 'a"b\\c\r\nSet-Cookie: x=1', '2026-01-01', 'docx'));
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="[a-z0-9.-]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
  });
});

describe('PUBLIC_URL', () => {
  it('is the origin and path without trailing slash, or unset', () => {
    expect(publicBase(undefined)).toBeUndefined();
    expect(publicBase('  ')).toBeUndefined();
    expect(publicBase('https://vbe.example.se/')).toBe('https://vbe.example.se');
    expect(publicBase('https://example.se/vbe/?x=1#y')).toBe('https://example.se/vbe');
  });

  it('refuses at start what is not an http(s) address', () => {
    expect(() => publicBase('vbe.example.se')).toThrow(/PUBLIC_URL/);
    expect(() => publicBase('javascript:alert(1)')).toThrow(/PUBLIC_URL/);
  });
});
