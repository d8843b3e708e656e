// The pieces both Word documents are made of, so the agenda and the minutes
// look alike: Swedish language, built-in heading styles (navigable and
// readable by screen readers), bordered tables with a repeating header row.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { MeetingView } from './export-model.ts';

type Block = Paragraph | Table;

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

export function table(columns: readonly string[], rows: readonly string[][]): Table {
  const cell = (text: string, bold: boolean) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}

/** Time and place, as both documents open. */
export function meetingFacts(view: MeetingView): Paragraph[] {
  return [fact('Tid', view.when), fact('Plats', view.location ?? 'Ej angiven')];
}

export async function packDocument(title: string, children: Block[]): Promise<Buffer> {
  const doc = new Document({
    title,
    creator: 'VBE-stöd',
    styles: { default: { document: { run: { language: { value: 'sv-SE' }, font: 'Calibri' } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
