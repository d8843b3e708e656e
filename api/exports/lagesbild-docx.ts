// The lägesbild as a Word document for the committee: a title page, contents,
// the chapters of the view model (lagesbild-model.ts) with their tables, and
// the charts as PNG images with their text alternative set (WCAG 1.1.1).
import { AlignmentType, BorderStyle, Document, Header, ImageRun, Packer, PageBreak, Paragraph, TextRun, type Table } from 'docx';
import { lagesbildCharts, type Chart } from '../charts/lagesbild-charts.ts';
import { svgToPng } from '../charts/rasterise.ts';
import { draftSections } from '../domain/lagesbild-text.ts';
import { smallCount } from '../domain/small-numbers.ts';
import { PAGE, bullet, heading, note, pageFooter, paragraph, table } from './docx-parts.ts';
import { DOCUMENT_AUTHOR, type TableSpec } from './export-model.ts';
import { cellText, lagesbildModel, type LagesbildDocumentInput, type LagesbildModel, type ModelBlock, type ModelTable } from './lagesbild-model.ts';

export const LAGESBILD_PARTS = { draftSections, charts: lagesbildCharts, smallCount };

/** Charts are drawn 16 cm wide (96 px per inch in docx's transformation), rasterised at twice that for print. */
const CHART_WIDTH_PX = 605;

function pngSize(png: Buffer): { width: number; height: number } {
  // The IHDR chunk follows the 8-byte signature: width and height at 16 and 20.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

type XmlNode = { rootKey?: string; root?: unknown };

/**
 * docx 9.5 gives every picture's wp:docPr the id 1 (each picture starts its
 * own counter); Word expects the ids unique within the document and may
 * report the file as damaged otherwise. Renumbers the picture's docPr in
 * place; a structure not found is left as it is (the test catches that).
 */
export function setDrawingId(run: ImageRun, id: number): void {
  const walk = (node: unknown): boolean => {
    if (!node || typeof node !== 'object') return false;
    const xml = node as XmlNode;
    if (xml.rootKey === 'wp:docPr' && Array.isArray(xml.root)) {
      const attrs = (xml.root[0] as { root?: { id?: { value: unknown } } } | undefined)?.root;
      if (attrs?.id) attrs.id.value = id;
      return true;
    }
    return Array.isArray(xml.root) && xml.root.some(walk);
  };
  walk(run);
}

let drawingIds = 0;

function chartBlocks(chart: Chart): Paragraph[] {
  const png = svgToPng(chart.svg, CHART_WIDTH_PX * 2);
  const size = pngSize(png);
  const height = Math.round((CHART_WIDTH_PX * size.height) / size.width);
  const image = (data: Buffer, h: number, c: Chart) => {
    const run = new ImageRun({
      type: 'png',
      data,
      transformation: { width: CHART_WIDTH_PX, height: h },
      altText: { name: c.id, title: c.title, description: c.alt },
    });
    setDrawingId(run, ++drawingIds);
    return run;
  };
  return [
    heading(chart.title, 3),
    new Paragraph({
      keepNext: true,
      children: [
        image(png, height, chart),
      ],
    }),
    note(chart.alt),
  ];
}

function tableSpec(t: ModelTable): TableSpec {
  // The label column gets the room; the figures share the rest.
  const first = t.columns.length > 3 ? 28 : 46;
  const rest = (100 - first) / (t.columns.length - 1);
  return { name: 'lagesbild', columns: t.columns.map((title, i) => ({ title, percent: i === 0 ? first : rest })) };
}

function tableBlocks(t: ModelTable): (Paragraph | Table)[] {
  const caption = new Paragraph({ keepNext: true, children: [new TextRun({ text: t.caption, bold: true })] });
  return [caption, table(tableSpec(t), t.rows.map((r) => r.map(cellText))), paragraph('')];
}

function block(b: ModelBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [heading(b.text, b.level)];
    case 'paragraph':
      return [paragraph(b.text)];
    case 'note':
      return [note(b.text)];
    case 'table':
      return tableBlocks(b.table);
    case 'chart':
      return chartBlocks(b.chart);
  }
}

function titlePage(model: LagesbildModel): Paragraph[] {
  const big = (text: string, size: number, bold = false) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text, size, bold })] });
  return [
    new Paragraph({ spacing: { before: 3000 }, children: [] }),
    big(model.title, 48, true),
    big(model.districtName, 36),
    big(model.period, 28),
    big(`Jämförs med ${model.previousPeriod}`, 22),
    ...(model.adoptedLine ? [big(model.adoptedLine, 24, true)] : [big('Utkast, inte fastställd', 24)]),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function contents(model: LagesbildModel): Paragraph[] {
  // A plain list rather than a TOC field: Word asks to update fields on opening, and an un-updated field is empty.
  return [heading('Innehåll', 2), ...model.chapters.map((ch, i) => bullet(`${i + 1}. ${ch.title}`)), new Paragraph({ children: [new PageBreak()] })];
}

export function lagesbildDocxFromModel(model: LagesbildModel): Promise<Buffer> {
  // Built synchronously below, so one document's pictures are numbered 1, 2, 3, …
  drawingIds = 0;
  const children = [
    ...titlePage(model),
    ...contents(model),
    ...model.chapters.flatMap((ch, i) => [heading(`${i + 1}. ${ch.title}`, 2), ...ch.blocks.flatMap(block)]),
  ];
  const headerText = `${model.districtName} – Lägesbild ${model.period}`;
  const doc = new Document({
    title: `${model.title}, ${model.districtName}, ${model.period}`,
    subject: 'Lägesbild',
    // The service, never a person.
    creator: DOCUMENT_AUTHOR,
    lastModifiedBy: DOCUMENT_AUTHOR,
    styles: { default: { document: { run: { language: { value: 'sv-SE' }, font: 'Calibri' }, paragraph: { spacing: { after: 80 } } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: PAGE.header, footer: PAGE.footer },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 4 } },
                children: [new TextRun({ text: headerText, size: 18 })],
              }),
            ],
          }),
          // The title page carries no header or page number.
          first: new Header({ children: [] }),
        },
        footers: { default: pageFooter(model.adoptedLine) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export function lagesbildDocx(input: LagesbildDocumentInput): Promise<Buffer> {
  return lagesbildDocxFromModel(lagesbildModel(input, LAGESBILD_PARTS));
}
