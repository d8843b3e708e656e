// The pieces both Word documents are made of, so the agenda and the minutes
// look alike: Swedish language, built-in heading styles (navigable and
// readable by screen readers), an A4 page with a header naming district,
// forum and reference and a footer with "Sida 1 (3)", and tables with a fixed
// layout and explicit column widths (without them Word and LibreOffice
// squeeze columns until words break mid-word and rows grow a page tall).
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TabStopType,
  TextRun,
  WidthType,
  AlignmentType,
} from 'docx';
import {
  DOCUMENT_AUTHOR,
  PEOPLE_TABLE,
  SIGN_APPROVERS,
  SIGN_DATE_BLANK,
  SIGN_NAME_BLANK,
  SIGN_SECRETARY,
  headerParts,
  personCells,
  personLine,
  type AttendanceView,
  type MeetingView,
  type PersonView,
  type SignatureView,
  type SignaturesView,
  type TableSpec,
} from './export-model.ts';

type Block = Paragraph | Table;

/** A4 in twips (1/20 pt), 2 cm side margins: the text is 9638 twips (17 cm) wide. */
export const PAGE = { width: 11906, height: 16838, side: 1134, top: 1418, bottom: 1418, header: 567, footer: 567 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;
/** Tables are set in 9 pt (half-points) with narrow cell margins (twips). */
const TABLE_FONT_SIZE = 18;
const CELL_MARGIN = { left: 57, right: 57, top: 28, bottom: 28 } as const;

export function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, keepNext: true, children: [new TextRun(text)] });
}

export function paragraph(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

export function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true })] });
}

export function bullet(text: string): Paragraph {
  return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] });
}

/** "Tid: tis 3 mars 2026 kl. 14.00" with the label in bold. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
}

/** Column widths in twips from the spec's percentages; the last column takes the rounding remainder. */
export function columnTwips(spec: TableSpec, total = TEXT_WIDTH): number[] {
  const widths = spec.columns.map((c) => Math.floor((total * c.percent) / 100));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function table(spec: TableSpec, rows: readonly string[][]): Table {
  const widths = columnTwips(spec);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E7E7' } } : {}),
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: header, size: TABLE_FONT_SIZE })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGIN,
    rows: [
      // The header row repeats on every page; a row is never split across pages.
      new TableRow({ tableHeader: true, cantSplit: true, children: spec.columns.map((c, i) => cell(c.title, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** Time and place, as both documents open. */
export function meetingFacts(view: MeetingView): Paragraph[] {
  return [
    fact('Tid', view.when),
    fact('Plats', view.location ?? 'Ej angiven'),
    ...(view.reference ? [fact('Dnr', view.reference)] : []),
    ...(view.cancelledLine ? [fact('Mötet', view.cancelledLine)] : []),
  ];
}

/** Chair, secretary, those present, guests and apologies. */
export function attendanceBlocks(attendance: AttendanceView | undefined): Block[] {
  if (!attendance) return [heading('Närvaro', 2), note('Närvaron är inte registrerad.')];
  const people = (list: PersonView[]) => table(PEOPLE_TABLE, list.map(personCells));
  return [
    heading('Närvaro', 2),
    fact('Ordförande', attendance.chair ? personLine(attendance.chair) : 'Ej angiven'),
    fact('Sekreterare', attendance.secretary ? personLine(attendance.secretary) : 'Ej angiven'),
    heading('Närvarande', 3),
    attendance.present.length ? people(attendance.present) : note('Ingen registrerad.'),
    ...(attendance.guests.length ? [heading('Gäster', 3), people(attendance.guests)] : []),
    fact('Anmält förhinder', attendance.apologies.map(personLine).join('; ') || 'Inga'),
  ];
}

const SIGN_LINE = '_'.repeat(40);

function signature(s: SignatureView, withDate: boolean): Paragraph[] {
  // One signature stays on one page (room to sign, the line, name, role and
  // date), but signatures are not chained: a chain longer than what is left of
  // the page would move the whole block to the next one.
  const texts: { text: string; italics?: boolean }[] = [s.name ? { text: s.name } : { text: SIGN_NAME_BLANK, italics: true }];
  if (s.detail) texts.push({ text: s.detail });
  if (withDate) texts.push({ text: s.date ? `${SIGN_DATE_BLANK}: ${s.date}` : `${SIGN_DATE_BLANK}:` });
  return [
    new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 600 }, children: [new TextRun(SIGN_LINE)] }),
    ...texts.map((t, i) => new Paragraph({ keepNext: i < texts.length - 1, children: [new TextRun(t)] })),
  ];
}

/** "Vid protokollet" for the secretary, "Justeras" for each justerare; each label stays with its first signature. */
export function signatureBlocks(signatures: SignaturesView): Paragraph[] {
  const label = (text: string) => new Paragraph({ keepNext: true, spacing: { before: 360 }, children: [new TextRun({ text, bold: true })] });
  const approvers = signatures.approvers.flatMap((s) => signature(s, true));
  return [label(SIGN_SECRETARY), ...signature(signatures.secretary, false), label(SIGN_APPROVERS), ...approvers];
}

function pageHeader(view: MeetingView): Header {
  const { left, right } = headerParts(view);
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
        children: [new TextRun({ text: left, size: 18 }), ...(right ? [new TextRun({ children: [new Tab(), right], size: 18 })] : [])],
      }),
    ],
  });
}

export function pageFooter(footerNote: string | undefined): Footer {
  return new Footer({
    children: [
      ...(footerNote ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: footerNote, size: 16, italics: true })] })] : []),
      // "Sida 1 (3)": fields Word and LibreOffice fill in on every page.
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ size: 18, children: ['Sida ', PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'] })],
      }),
    ],
  });
}

export interface DocumentSpec {
  view: MeetingView;
  title: string;
  subject: string;
  /** A line above the page number (the minutes' de-identification note). */
  footerNote?: string;
  children: Block[];
}

export async function packDocument(spec: DocumentSpec): Promise<Buffer> {
  const doc = new Document({
    title: spec.title,
    subject: spec.subject,
    // The service, never a person: the file names no one who did not sign it.
    creator: DOCUMENT_AUTHOR,
    lastModifiedBy: DOCUMENT_AUTHOR,
    // A little space after every paragraph, so text never touches the table above it.
    styles: { default: { document: { run: { language: { value: 'sv-SE' }, font: 'Calibri' }, paragraph: { spacing: { after: 80 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: { default: pageHeader(spec.view) },
        footers: { default: pageFooter(spec.footerNote) },
        children: spec.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
