// Protocols fit to sign and file (issue 9): the Word files and the print
// views carry a header with district, forum and dnr, "Sida 1 (3)", the
// de-identification note, attendance, actions on any item, what became of
// carried actions, a signature block, fixed column widths and the service as
// author; drafts download as notes, approved minutes as the protocol.
import { describe, expect, it } from 'vitest';
import { ACTION_OUTCOME_LABELS, CATEGORY_LABELS, MILIEU_LABELS, SOURCE_LABELS } from '../../../../api/domain/codes.ts';
import type { Meeting } from '../../../../api/domain/types.ts';
import { agendaDocx } from '../../../../api/exports/agenda-docx.ts';
import { TEXT_WIDTH } from '../../../../api/exports/docx-parts.ts';
import { DOCUMENT_AUTHOR, FORMER_MEMBER, OBSERVATION_TABLE, meetingView, type MeetingView } from '../../../../api/exports/export-model.ts';
import { minutesDownloadName } from '../../../../api/exports/filenames.ts';
import { minutesDocx } from '../../../../api/exports/minutes-docx.ts';
import { PRINT_CSS } from '../../../../api/exports/print-css.ts';
import { agendaHtml, minutesHtml } from '../../../../api/exports/print-html.ts';
import { docxText, zipEntry, zipEntryNames } from '../../../fixtures/docx-text.ts';
import { protocolForum, protocolMeeting } from './protocol-fixture.ts';

const DISTRICT = { districtName: 'Rinkeby-Kista' };
const view = (meeting: Meeting = protocolMeeting(), forum = protocolForum): MeetingView => meetingView(meeting, forum, DISTRICT);

/** Every part of the archive whose name matches, as XML text. */
function parts(buffer: Buffer, pattern: RegExp): string[] {
  return zipEntryNames(buffer)
    .filter((n) => pattern.test(n))
    .map((n) => zipEntry(buffer, n)!.toString('utf8'));
}

/** The <w:tbl> elements of the document body. */
function tables(buffer: Buffer): string[] {
  return zipEntry(buffer, 'word/document.xml')!.toString('utf8').match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

const count = (text: string, what: string) => text.split(what).length - 1;

describe('the Word minutes as a protocol', async () => {
  const approved = await minutesDocx(view());
  const text = docxText(approved);

  it('have a page header with the district name, the forum and the reference number', () => {
    const headers = parts(approved, /^word\/header\d*\.xml$/);
    expect(headers).toHaveLength(1);
    const header = docxText(approved, zipEntryNames(approved).find((n) => /^word\/header\d*\.xml$/.test(n))!);
    expect(header).toBe('Rinkeby-Kista · BRÅ Rinkeby-Kista\tDnr RK 2026/117');
    expect(text).toContain('Dnr: RK 2026/117');
  });

  it('number the pages "Sida 1 (3)" with PAGE and NUMPAGES fields and say they are de-identified', () => {
    const [footer] = parts(approved, /^word\/footer\d*\.xml$/);
    expect(footer).toMatch(/<w:t[^>]*>Sida <\/w:t><w:fldChar w:fldCharType="begin"\/><w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:t[^>]*> \(<\/w:t><w:fldChar w:fldCharType="begin"\/><w:instrText[^>]*>NUMPAGES<\/w:instrText>[\s\S]*<w:t[^>]*>\)<\/w:t>/);
    const footerName = zipEntryNames(approved).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
    expect(docxText(approved, footerName)).toContain('Avidentifierat protokoll: inga enskilda personer pekas ut');
    // The section uses that header and footer.
    const body = zipEntry(approved, 'word/document.xml')!.toString('utf8');
    expect(body).toMatch(/<w:headerReference w:type="default"/);
    expect(body).toMatch(/<w:footerReference w:type="default"/);
  });

  it('list the attendance near the top: chair, secretary, those present with role and organisation, guests and apologies', () => {
    const attendance = text.slice(text.indexOf('Närvaro'), text.indexOf('1. Mötet öppnas'));
    expect(text.indexOf('Närvaro')).toBeGreaterThan(text.indexOf('Status: Justerat'));
    expect(attendance).toContain('Ordförande: David Dahl (Preventionssamordnare, Rinkeby-Kista stadsdelsförvaltning)');
    expect(attendance).toContain('Sekreterare: Bertil Berg (Enhetschef, Socialtjänsten)');
    expect(attendance).toContain('Närvarande\nNamn\nRoll\nOrganisation\nAnna Andersson\nKommunpolis\nPolisen\nBertil Berg\nEnhetschef\nSocialtjänsten\nDavid Dahl');
    expect(attendance).toContain('Gäster\nNamn\nRoll\nOrganisation\nEva Ek\nSamordnare\nLänsstyrelsen');
    expect(attendance).toContain('Anmält förhinder: Cecilia Ceder (Trygghetsvärd, Familjebostäder)');
    // Work addresses stay in the forum's member list; the protocol does not print them.
    expect(text).not.toContain('@');
  });

  it('record actions under an ordinary item and, under follow-up, what became of each carried action', () => {
    const followUp = text.slice(text.indexOf('Uppföljning av åtgärder'), text.indexOf('Våldsbejakande extremism'));
    expect(followUp).toContain('Åtgärder från tidigare möten\nÅtgärd\nAnsvarig\nKlart senast\nUtfall');
    expect(followUp).toContain(`Kartlägga klotter vid torget\nFältassistenterna\n28 februari 2026\n${ACTION_OUTCOME_LABELS.done}: Kartan finns hos fältassistenterna`);
    expect(followUp).toContain('Bjuda in skolorna till nästa möte\nPreventionssamordnaren\n1 mars 2026\nEj angivet');
    const other = text.slice(text.indexOf('Övriga frågor'));
    expect(other).toContain('Trygghetsvandring planeras.\nÅtgärder\nÅtgärd\nAnsvarig\nKlart senast\nStatus\nPlanera trygghetsvandring i Husby\nFamiljebostäder\n15 april 2026\nÖppen');
  });

  it('end with the signature block: "Vid protokollet" for the secretary, "Justeras" with name, role and the day of approval', () => {
    const block = text.slice(text.lastIndexOf('Vid protokollet'));
    expect(text.lastIndexOf('Vid protokollet')).toBeGreaterThan(text.indexOf('Mötet avslutas'));
    const line = '_'.repeat(40);
    expect(block).toBe(
      [
        'Vid protokollet',
        line,
        'Bertil Berg',
        'Enhetschef, Socialtjänsten',
        'Justeras',
        line,
        'Anna Andersson',
        'Kommunpolis, Polisen',
        'Datum: 4 mars 2026',
        line,
        // A guest may be a justerare too.
        'Eva Ek',
        'Samordnare, Länsstyrelsen',
        'Datum: 4 mars 2026',
      ].join('\n'),
    );
  });

  it('keep each signature on one page without chaining the whole block onto the next page', () => {
    const paragraphs = zipEntry(approved, 'word/document.xml')!.toString('utf8').split('</w:p>');
    const signLines = paragraphs.filter((p) => p.includes(`>${'_'.repeat(40)}<`));
    expect(signLines).toHaveLength(3);
    for (const p of signLines) expect(p).toContain('<w:keepNext/>');
    const lastOfEach = paragraphs.filter((p) => />(Enhetschef, Socialtjänsten|Datum: 4 mars 2026)</.test(p));
    expect(lastOfEach).toHaveLength(3);
    for (const p of lastOfEach) expect(p).not.toContain('<w:keepNext/>');
  });

  it('take milieu, category and source labels from the one vocabulary in codes.ts', async () => {
    const meeting = protocolMeeting({ observations: 16 });
    const all = docxText(await minutesDocx(view(meeting)));
    const vbe = meeting.minutes[meeting.agenda.find((i) => i.kind === 'vbe')!.id].vbe!;
    for (const o of vbe.observations) {
      expect(all).toContain(`${MILIEU_LABELS[o.milieu]}\n${CATEGORY_LABELS[o.category]}\n${SOURCE_LABELS[o.source]}\n${o.area}\n${o.count}`);
    }
  });

  it('name the service, not a person, as author and last editor, with a title and a subject', () => {
    const core = zipEntry(approved, 'docProps/core.xml')!.toString('utf8');
    expect(core).toContain('<dc:title>BRÅ Rinkeby-Kista – Protokoll</dc:title>');
    expect(core).toContain('<dc:subject>Protokoll från mötet tis 3 mars 2026 kl. 14.00, Rinkeby-Kista</dc:subject>');
    expect(core).toContain(`<dc:creator>${DOCUMENT_AUTHOR}</dc:creator>`);
    expect(core).toContain(`<cp:lastModifiedBy>${DOCUMENT_AUTHOR}</cp:lastModifiedBy>`);
  });
});

describe('tables in the Word files', () => {
  it('have a fixed layout, a grid of explicit widths filling the text width, and repeat their header row', async () => {
    const buffer = await minutesDocx(view(protocolMeeting({ observations: 16 })));
    const all = tables(buffer);
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const tbl of all) {
      expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
      expect(tbl).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>`));
      const grid = [...tbl.match(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/)![1].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      // Every cell says its width in twips, the same as its grid column.
      const firstRow = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/)![0];
      expect([...firstRow.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual(grid);
      expect(firstRow).toContain('<w:tblHeader/>');
    }
  });

  it('give the 16-observation table seven columns in the shares of OBSERVATION_TABLE, one row per observation', async () => {
    const buffer = await minutesDocx(view(protocolMeeting({ observations: 16 })));
    const observations = tables(buffer).find((t) => t.includes('>Beskrivning<'))!;
    const grid = [...observations.match(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/)![1].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(7);
    OBSERVATION_TABLE.columns.forEach((c, i) => expect(Math.abs(grid[i] - (TEXT_WIDTH * c.percent) / 100)).toBeLessThan(8));
    // The narrowest column still holds "Antal" in bold 9 pt (about 30 pt with the cell margins).
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(600);
    expect(count(observations, '<w:tr>')).toBe(17);
    // Text in tables is 9 pt, so 16 observations take about a page rather than fourteen.
    expect(observations).toContain('<w:sz w:val="18"/>');
  });

  it('lay the page out as A4 with 2 cm side margins, so the widths above are the text width', async () => {
    const body = zipEntry(await minutesDocx(view()), 'word/document.xml')!.toString('utf8');
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(body).toMatch(/<w:pgMar [^>]*w:right="1134"[^>]*w:left="1134"/);
  });
});

describe('draft minutes and older meetings', () => {
  it('call a draft "Minnesanteckningar", leave lines to sign by hand and say the notes are de-identified', async () => {
    const draft = await minutesDocx(view(protocolMeeting({ approved: false })));
    const text = docxText(draft);
    expect(text).toContain('BRÅ Rinkeby-Kista – Minnesanteckningar');
    const block = text.slice(text.lastIndexOf('Vid protokollet'));
    expect(block).toContain('Bertil Berg');
    expect(count(block, 'Namnförtydligande')).toBe(2);
    expect(count(block, 'Datum:')).toBe(2);
    const footerName = zipEntryNames(draft).find((n) => /^word\/footer\d*\.xml$/.test(n))!;
    expect(docxText(draft, footerName)).toContain('Avidentifierade minnesanteckningar');
  });

  it('are complete without attendance, members, reference or district name', async () => {
    const { attendance: _a, reference: _r, ...old } = protocolMeeting({ approved: false });
    const { members: _m, ...oldForum } = protocolForum;
    const v = meetingView(old, oldForum);
    expect(v.districtName).toBe('rinkeby-kista');
    const minutes = await minutesDocx(v);
    const text = docxText(minutes);
    expect(text).toContain('Närvaro\nNärvaron är inte registrerad.');
    expect(text).toContain('Vid protokollet');
    expect(text).toContain(`${'_'.repeat(40)}\nNamnförtydligande`);
    const headerName = zipEntryNames(minutes).find((n) => /^word\/header\d*\.xml$/.test(n))!;
    expect(docxText(minutes, headerName)).toBe('rinkeby-kista · BRÅ Rinkeby-Kista');
    const agenda = docxText(await agendaDocx(v));
    expect(agenda).toContain('Kallade\nForumets deltagare är inte angivna.');
    expect(minutesHtml(v)).toContain('Närvaron är inte registrerad.');
  });

  it('name a member since removed from the forum "Tidigare medlem", and show a cancelled meeting as such', () => {
    const meeting: Meeting = {
      ...protocolMeeting({ approved: false }),
      status: 'cancelled',
      cancellation: { at: '2026-03-01T09:00:00.000Z', by: 'u', reason: 'Lokalen var inte tillgänglig' },
    };
    const forum = { ...protocolForum, members: protocolForum.members!.filter((m) => m.id !== 'mem-1') };
    const v = meetingView(meeting, forum, DISTRICT);
    expect(v.attendance?.present[0].name).toBe(FORMER_MEMBER);
    expect(v.cancelledLine).toBe('Inställt 1 mars 2026: Lokalen var inte tillgänglig');
    expect(minutesHtml(v)).toContain('<dt>Mötet</dt><dd>Inställt 1 mars 2026: Lokalen var inte tillgänglig</dd>');
  });
});

describe('the Word agenda', async () => {
  const agenda = await agendaDocx(view());
  const text = docxText(agenda);

  it('lists the participants invited: the forum’s members with role and organisation', () => {
    expect(text).toContain(
      'Kallade\nNamn\nRoll\nOrganisation\nAnna Andersson\nKommunpolis\nPolisen\nBertil Berg\nEnhetschef\nSocialtjänsten\nCecilia Ceder\nTrygghetsvärd\nFamiljebostäder\nDavid Dahl',
    );
    expect(text).not.toContain('@');
  });

  it('says "Öppna åtgärder från tidigare möten" once, not as a prompt and again as the lead-in', () => {
    expect(count(text, 'Öppna åtgärder från tidigare möten')).toBe(1);
    expect(count(agendaHtml(view()), 'Öppna åtgärder från tidigare möten')).toBe(1);
  });

  it('has the same header and page numbers as the minutes, and no de-identification note', () => {
    const names = zipEntryNames(agenda);
    expect(docxText(agenda, names.find((n) => /^word\/header\d*\.xml$/.test(n))!)).toBe('Rinkeby-Kista · BRÅ Rinkeby-Kista\tDnr RK 2026/117');
    const footer = docxText(agenda, names.find((n) => /^word\/footer\d*\.xml$/.test(n))!);
    expect(footer).toBe('Sida  ()');
    expect(zipEntry(agenda, 'docProps/core.xml')!.toString('utf8')).toContain(`<dc:creator>${DOCUMENT_AUTHOR}</dc:creator>`);
  });
});

describe('download names', () => {
  it('file approved minutes as "protokoll-…" and drafts as "minnesanteckningar-…"', () => {
    expect(minutesDownloadName(view())).toEqual({
      ascii: 'protokoll-bra-rinkeby-kista-2026-03-03.docx',
      utf8: 'protokoll-brå-rinkeby-kista-2026-03-03.docx',
    });
    expect(minutesDownloadName(view(protocolMeeting({ approved: false })))).toEqual({
      ascii: 'minnesanteckningar-bra-rinkeby-kista-2026-03-03.docx',
      utf8: 'minnesanteckningar-brå-rinkeby-kista-2026-03-03.docx',
    });
  });
});

describe('the print view as a protocol', () => {
  const html = minutesHtml(view(protocolMeeting({ observations: 16 })));

  it('opens with district, forum and dnr, and shows attendance', () => {
    expect(html).toContain('<p class="sidhuvud"><span>Rinkeby-Kista · BRÅ Rinkeby-Kista</span><span>Dnr RK 2026/117</span></p>');
    expect(html).toContain('<dt>Ordförande</dt><dd>David Dahl (Preventionssamordnare, Rinkeby-Kista stadsdelsförvaltning)</dd>');
    expect(html).toContain('<dt>Anmält förhinder</dt><dd>Cecilia Ceder (Trygghetsvärd, Familjebostäder)</dd>');
    expect(html).toContain('<th scope="row">Eva Ek</th><td>Samordnare</td><td>Länsstyrelsen</td>');
  });

  it('ends with the signature block and the de-identification note', () => {
    const block = html.slice(html.indexOf('<section class="underskrifter"'));
    expect(block).toMatch(/Vid protokollet<\/p><div class="signatur"><div class="linje"><\/div><p>Bertil Berg<\/p><p>Enhetschef, Socialtjänsten<\/p><\/div>/);
    expect(block).toContain('<p>Anna Andersson</p><p>Kommunpolis, Polisen</p><p>Datum: 4 mars 2026</p>');
    expect(html).toMatch(/<footer class="avidentifierat"><p>Avidentifierat protokoll: [^<]+<\/p><\/footer>/);
  });

  it('shows carried outcomes and actions on ordinary items', () => {
    expect(html).toContain('<td>Klar: Kartan finns hos fältassistenterna</td>');
    expect(html).toContain('<th scope="row">Planera trygghetsvandring i Husby</th>');
  });

  it('keeps only small items whole: never the VBE item or an item with a table', () => {
    const sections = [...html.matchAll(/<section class="([^"]+)">\n<h2>([^<]+)<\/h2>/g)].map((m) => [m[2], m[1]]);
    const byTitle = Object.fromEntries(sections);
    expect(byTitle['1. Mötet öppnas']).toBe('punkt hel');
    expect(byTitle['5. Uppföljning av åtgärder']).toBe('punkt');
    expect(byTitle['6. Våldsbejakande extremism (stående punkt)']).toBe('punkt vbe');
    expect(byTitle['7. Övriga frågor']).toBe('punkt');
  });

  it('puts each table in a named, focusable region with a column group the stylesheet sizes', () => {
    expect(html).toMatch(/<div class="tabell" role="region" aria-label="Observationer" tabindex="0">\n<table class="observationer">\n<colgroup>(<col>){7}<\/colgroup>/);
  });
});

describe('the print stylesheet', () => {
  /** The declarations of the first rule whose selector list is exactly `selector`. */
  const rule = (selector: string) => {
    const at = PRINT_CSS.search(new RegExp(`(^|\\n)\\s*${selector.replace(/[.*]/g, '\\$&')} \\{`));
    expect(at).toBeGreaterThanOrEqual(0);
    return PRINT_CSS.slice(at, PRINT_CSS.indexOf('}', at));
  };

  it('never keeps a whole item together, only small blocks', () => {
    expect(rule('.punkt')).not.toMatch(/break-inside/);
    expect(PRINT_CSS).toMatch(/\.punkt\.hel,\n\.fakta,\n\.signatur,\n\.sidhuvud \{\n\s*break-inside: avoid;/);
  });

  it('prints no screen labels and numbers the pages "Sida 1 (3)"', () => {
    const print = PRINT_CSS.slice(PRINT_CSS.indexOf('@media print'));
    expect(print).toMatch(/\.utskrift \{\n\s*display: none;/);
    expect(PRINT_CSS).toMatch(/@page \{[^}]*@bottom-right \{\n\s*content: "Sida " counter\(page\) " \(" counter\(pages\) "\)";/);
  });

  it('sizes the columns in print as the Word files do', () => {
    const print = PRINT_CSS.slice(PRINT_CSS.indexOf('@media print'));
    expect(print).toContain('table-layout: fixed;');
    OBSERVATION_TABLE.columns.forEach((c, i) => expect(print).toContain(`table.observationer col:nth-child(${i + 1}) {\n    width: ${c.percent}%;`));
  });
});
