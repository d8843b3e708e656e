// The documents built from one approved meeting: the view model, both Word
// documents, both print views, the calendar file and the observations CSV.
import { describe, expect, it } from 'vitest';
import { composeAgenda, defaultTemplate, VBE_TITLE } from '../../../../api/domain/agenda.ts';
import type { Forum, Meeting } from '../../../../api/domain/types.ts';
import { agendaDocx } from '../../../../api/exports/agenda-docx.ts';
import { meetingView, NO_VBE_RECORD, VBE_STANDING_NOTE } from '../../../../api/exports/export-model.ts';
import { meetingIcs } from '../../../../api/exports/ics.ts';
import { minutesDocx } from '../../../../api/exports/minutes-docx.ts';
import { OBSERVATIONS_CSV_HEADER, observationsCsv } from '../../../../api/exports/observations-csv.ts';
import { agendaHtml, minutesHtml } from '../../../../api/exports/print-html.ts';
import { docxText, zipEntry } from '../../../fixtures/docx-text.ts';

const NOW = '2026-03-05T10:00:00.000Z';

const forum: Forum = {
  id: 'forum-1',
  name: 'BRÅ Rinkeby-Kista',
  type: 'bra',
  districtId: 'rinkeby-kista',
  memberOrganisations: ['Polisen', 'Socialtjänsten', 'Familjebostäder'],
  cadence: { every: 1, unit: 'month' },
  template: defaultTemplate('bra'),
  createdAt: NOW,
  updatedAt: NOW,
};

function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  let n = 0;
  const agenda = composeAgenda(forum.template, {
    forumType: 'bra',
    carriedActions: [{ meetingId: 'm-0', actionId: 'a-0', text: 'Kartlägga klotter vid torget', owner: 'Fältassistenterna', due: '2026-02-28' }],
    newId: () => `item-${++n}`,
  });
  const opening = agenda.find((i) => i.kind === 'opening')!;
  const vbe = agenda.find((i) => i.kind === 'vbe')!;
  return {
    id: 'meeting-1',
    forumId: forum.id,
    districtId: forum.districtId,
    startsAt: '2026-03-03T13:00:00.000Z',
    location: 'Rinkeby stadsdelsförvaltning, sal 3',
    status: 'approved',
    agenda,
    minutes: {
      [opening.id]: { text: 'Ordföranden öppnade mötet.\n\nNärvarande presenterade sig. <b>fet</b>' },
      [vbe.id]: {
        text: 'Polisen redogjorde för läget.',
        vbe: {
          status: 'discussed',
          observations: [
            {
              id: 'o-1',
              milieu: 'vit-makt',
              category: 'propaganda',
              source: 'polis',
              area: 'Husby centrum',
              count: 3,
              date: '2026-02-20',
              text: 'Klistermärken vid busshållplatsen; "nordisk" symbolik',
            },
          ],
          actions: [
            { id: 'a-1', text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-03-31' },
            { id: 'a-2', text: 'Informera skolorna', owner: 'Preventionssamordnaren', due: '2026-03-15', completedAt: '2026-03-04T09:00:00.000Z', completedBy: 'u' },
          ],
        },
      },
    },
    approval: { at: '2026-03-04T15:00:00.000Z', by: 'u', approvers: ['Anna Andersson', 'Bertil Berg'] },
    history: [],
    createdAt: NOW,
    createdBy: 'u',
    updatedAt: NOW,
    ...overrides,
  };
}

describe('the view model', () => {
  it('numbers the items, labels codes in Swedish and formats dates', () => {
    const view = meetingView(makeMeeting(), forum);
    expect(view.when).toBe('tis 3 mars 2026 kl. 14.00');
    expect(view.day).toBe('2026-03-03');
    expect(view.approvalLine).toBe('Justerat 4 mars 2026 av Anna Andersson, Bertil Berg');
    const vbe = view.items.find((i) => i.isVbe)!;
    expect(vbe.title).toBe(VBE_TITLE);
    expect(vbe.number).toBe(view.items.indexOf(vbe) + 1);
    expect(vbe.vbe?.status).toBe('Diskuterad');
    expect(vbe.vbe?.observations[0]).toMatchObject({ milieu: 'Vit makt-miljön', source: 'Polisen', date: '20 februari 2026', count: '3' });
    expect(vbe.vbe?.actions.map((a) => a.status)).toEqual(['Öppen', 'Klar 4 mars 2026']);
    expect(view.items.find((i) => i.kind === 'opening')?.minutesLines).toEqual(['Ordföranden öppnade mötet.', 'Närvarande presenterade sig. <b>fet</b>']);
  });

  it('says "Ej justerat" and "Ej ifylld" before approval and VBE minutes', () => {
    const view = meetingView(makeMeeting({ status: 'held', approval: undefined, minutes: {} }), forum);
    expect(view.approved).toBe(false);
    expect(view.approvalLine).toBe('Ej justerat');
    expect(view.items.find((i) => i.isVbe)?.vbe?.status).toBe(NO_VBE_RECORD);
  });
});

describe('Word documents', () => {
  it('writes the agenda as a zip whose document has the VBE heading, prompts and carried actions', async () => {
    const buffer = await agendaDocx(meetingView(makeMeeting(), forum));
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = zipEntry(buffer, 'word/document.xml')!.toString('utf8');
    const text = docxText(buffer);
    expect(text).toContain('BRÅ Rinkeby-Kista – Dagordning');
    expect(text).toContain('Tid: tis 3 mars 2026 kl. 14.00');
    expect(text).toContain('Plats: Rinkeby stadsdelsförvaltning, sal 3');
    expect(text).toContain('Medlemsorganisationer: Polisen, Socialtjänsten, Familjebostäder');
    expect(text).toMatch(new RegExp(`^\\d+\\. ${VBE_TITLE.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(text).toContain(VBE_STANDING_NOTE);
    expect(text).toContain('Polisens bild av läget');
    expect(text).toContain('Kartlägga klotter vid torget – ansvarig: Fältassistenterna, klart senast 28 februari 2026');
    // The VBE item is a real Heading 2.
    const vbeParagraph = xml.split('</w:p>').find((p) => p.includes(VBE_TITLE))!;
    expect(vbeParagraph).toContain('w:val="Heading2"');
  });

  it('writes the minutes with approvers, the VBE status and the observation and action tables', async () => {
    const buffer = await minutesDocx(meetingView(makeMeeting(), forum));
    expect(buffer.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const text = docxText(buffer);
    expect(text).toContain('BRÅ Rinkeby-Kista – Protokoll');
    expect(text).toContain('Status: Justerat 4 mars 2026 av Anna Andersson, Bertil Berg');
    expect(text).toContain(VBE_TITLE);
    expect(text).toContain('Status: Diskuterad');
    for (const column of ['Miljö', 'Kategori', 'Källa', 'Område', 'Antal', 'Datum', 'Beskrivning', 'Åtgärd', 'Ansvarig', 'Klart senast']) {
      expect(text).toContain(column);
    }
    expect(text).toContain('Husby centrum');
    expect(text).toContain('Affischer, flygblad, klistermärken, propaganda');
    expect(text).toContain('Klistermärken vid busshållplatsen; "nordisk" symbolik');
    expect(text).toContain('Sanera klotter');
    expect(text).toContain('Klar 4 mars 2026');
    // One paragraph per line of the minutes; markup in notes stays text.
    expect(text).toContain('Ordföranden öppnade mötet.\nNärvarande presenterade sig. <b>fet</b>');
    expect(zipEntry(buffer, 'word/document.xml')!.toString('utf8')).toContain('&lt;b&gt;fet&lt;/b&gt;');
  });

  it('calls unapproved minutes "Minnesanteckningar" and notes empty parts', async () => {
    const text = docxText(await minutesDocx(meetingView(makeMeeting({ status: 'held', approval: undefined, minutes: {} }), forum)));
    expect(text).toContain('BRÅ Rinkeby-Kista – Minnesanteckningar');
    expect(text).toContain('Status: Ej justerat');
    expect(text).toContain('Inga observationer.');
    expect(text).toContain('Inga anteckningar.');
  });
});

describe('print views', () => {
  const html = minutesHtml(meetingView(makeMeeting({ location: 'Sal <3> & "Stora"' }), forum));
  const agenda = agendaHtml(meetingView(makeMeeting(), forum));

  it('are Swedish documents with a title, the stylesheet, "Utskriftsvy" and a link back', () => {
    for (const page of [html, agenda]) {
      expect(page.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
      expect(page).toMatch(/<title>BRÅ Rinkeby-Kista – (Protokoll|Dagordning), tis 3 mars 2026 kl\. 14\.00<\/title>/);
      expect(page).toContain('<link rel="stylesheet" href="/export/utskrift.css">');
      expect(page).toContain('Utskriftsvy');
      expect(page).toContain('href="/arbetsyta/mote/?id=meeting-1"');
    }
  });

  it('have no inline styles or scripts', () => {
    for (const page of [html, agenda]) {
      expect(page).not.toMatch(/\sstyle\s*=/i);
      expect(page).not.toMatch(/<style/i);
      expect(page).not.toMatch(/<script/i);
      expect(page).not.toMatch(/\son[a-z]+\s*=/i);
      expect(page).not.toMatch(/<nav/i);
    }
  });

  it('escape every text', () => {
    expect(html).toContain('Sal &lt;3&gt; &amp; &quot;Stora&quot;');
    expect(html).toContain('Närvarande presenterade sig. &lt;b&gt;fet&lt;/b&gt;');
    expect(html).not.toContain('<b>fet</b>');
  });

  it('show the VBE item with headings and tables with header cells', () => {
    expect(html).toContain(`<h2>${html.match(/<h2>(\d+)\. Våldsbejakande/)![1]}. ${VBE_TITLE}</h2>`);
    expect(html).toContain('<th scope="col">Miljö</th>');
    expect(html).toContain('<th scope="col">Klart senast</th>');
    expect(html).toContain('<th scope="row">Vit makt-miljön</th>');
    expect(html).toContain('<td>Husby centrum</td>');
    expect(html).toContain('Justerat 4 mars 2026 av Anna Andersson, Bertil Berg');
    expect(agenda).toContain(VBE_STANDING_NOTE);
    expect(agenda).toContain('<li>Polisens bild av läget</li>');
  });
});

describe('calendar file', () => {
  const ics = meetingIcs(meetingView(makeMeeting({ location: 'Sal 3, plan 2; Rinkeby' }), forum), {
    now: new Date('2026-03-01T08:09:10.123Z'),
    baseUrl: 'https://vbe.example.se',
  });
  const unfolded = ics.replace(/\r\n /g, '');

  it('is one VEVENT with CRLF line endings and folded lines', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('has the UID, stamps and times in UTC, two hours long', () => {
    expect(unfolded).toContain('\r\nUID:meeting-1@vbe-stod\r\n');
    expect(unfolded).toContain('\r\nDTSTAMP:20260301T080910Z\r\n');
    expect(unfolded).toContain('\r\nDTSTART:20260303T130000Z\r\n');
    expect(unfolded).toContain('\r\nDTEND:20260303T150000Z\r\n');
  });

  it('escapes summary, location and the agenda summary, and links back', () => {
    expect(unfolded).toContain('\r\nSUMMARY:BRÅ Rinkeby-Kista: möte\r\n');
    expect(unfolded).toContain('\r\nLOCATION:Sal 3\\, plan 2\\; Rinkeby\r\n');
    const description = unfolded.match(/\r\nDESCRIPTION:(.*)\r\n/)![1];
    expect(description).toContain('Dagordning:\\n1. Mötet öppnas\\n');
    expect(description).toContain(VBE_TITLE);
    expect(description).toContain('https://vbe.example.se/arbetsyta/mote/?id=meeting-1');
    expect(unfolded).toContain('\r\nURL:https://vbe.example.se/arbetsyta/mote/?id=meeting-1\r\n');
  });
});

describe('observations CSV', () => {
  const approved = makeMeeting();
  const held = makeMeeting({ id: 'meeting-2', status: 'held', approval: undefined });
  // 23.30 UTC on 31 March is 1 April in Stockholm: outside a period ending 31 March.
  const lateNight = makeMeeting({ id: 'meeting-3', startsAt: '2026-03-31T22:30:00.000Z' });
  const otherDistrict = makeMeeting({ id: 'meeting-4', districtId: 'bromma' });
  const query = { districtId: 'rinkeby-kista', from: '2026-03-01', to: '2026-03-31' };

  it('has the header and one row per observation of approved minutes in the period', () => {
    const csv = observationsCsv([approved, held, lateNight, otherDistrict], [forum], query);
    const lines = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(OBSERVATIONS_CSV_HEADER.join(';'));
    expect(lines[0]).toBe('Mötesdatum;Forum;Forumtyp;Miljö;Kategori;Källa;Område;Antal;Observationsdatum;Beskrivning');
    expect(lines.slice(1, -1)).toEqual([
      '2026-03-03;BRÅ Rinkeby-Kista;Lokalt brottsförebyggande råd (BRÅ);Vit makt-miljön;"Affischer, flygblad, klistermärken, propaganda";Polisen;Husby centrum;3;2026-02-20;"Klistermärken vid busshållplatsen; ""nordisk"" symbolik"',
    ]);
    expect(lines.at(-1)).toBe('');
  });

  it('counts the late-night meeting on its Stockholm day', () => {
    const csv = observationsCsv([lateNight], [forum], { ...query, from: '2026-04-01', to: '2026-04-30' });
    expect(csv).toContain('\r\n2026-04-01;BRÅ Rinkeby-Kista;');
  });

  it('guards descriptions against formula injection', () => {
    const meeting = makeMeeting();
    const vbe = meeting.agenda.find((i) => i.kind === 'vbe')!;
    meeting.minutes[vbe.id].vbe!.observations[0] = { ...meeting.minutes[vbe.id].vbe!.observations[0], area: '=cmd', text: '@SUM(1)' };
    const csv = observationsCsv([meeting], [forum], query);
    expect(csv).toContain(";'=cmd;3;2026-02-20;'@SUM(1)\r\n");
  });
});

describe('control characters in stored text', () => {
  // Data stored before the inputs removed them: Word, print and calendar files must still be well-formed.
  const dirty = 'Klotter\u0000 vid\u0007 torget\u001b\u000b\u0085\ud800 igen';

  function dirtyMeeting(): Meeting {
    const m = makeMeeting({ location: `Sal\u0001 3` });
    const first = m.agenda[0]!;
    return { ...m, minutes: { ...m.minutes, [first.id]: { text: dirty } }, agenda: m.agenda.map((i) => (i === first ? { ...i, title: `Öppning\u0008` } : i)) };
  }

  it('leaves them out of the Word document, which stays valid XML', async () => {
    const xml = zipEntry(await minutesDocx(meetingView(dirtyMeeting(), forum)), 'word/document.xml')!.toString('utf8');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0085]/);
    expect(xml).not.toMatch(/[\ud800-\udfff]/);
    expect(docxText(await minutesDocx(meetingView(dirtyMeeting(), forum)))).toContain('Klotter vid torget');
  });

  it('leaves them out of the print view and the calendar file', () => {
    const view = meetingView(dirtyMeeting(), forum);
    expect(minutesHtml(view)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(meetingIcs(view, { now: new Date(NOW), baseUrl: 'https://vbe.example.se' })).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
