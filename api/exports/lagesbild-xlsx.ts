// The lägesbild's tables for the coordinators who work in Excel: every table
// of the document (lagesbild-model.ts) as its own sheet, with a header row and
// this period beside the previous one; numbers stay numbers, and area counts
// below 3 are the same "färre än 3" text as in the Word file.
import ExcelJS from 'exceljs';
import { DOCUMENT_AUTHOR } from './export-model.ts';
import { LAGESBILD_PARTS } from './lagesbild-docx.ts';
import { lagesbildModel, modelTables, type LagesbildDocumentInput, type LagesbildModel } from './lagesbild-model.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Excel refuses these in sheet names, and names longer than 31 characters.
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);

export async function lagesbildXlsxFromModel(model: LagesbildModel): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = DOCUMENT_AUTHOR;
  book.lastModifiedBy = DOCUMENT_AUTHOR;
  book.title = `${model.title}, ${model.districtName}, ${model.period}`;
  const used = new Set<string>();
  for (const t of modelTables(model)) {
    let name = sheetName(t.sheet);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = sheetName(`${t.sheet.slice(0, 27)} ${n}`);
    used.add(name.toLowerCase());
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
    // Row 1 says what and where; row 3 is the header, frozen so it stays in view.
    sheet.addRow([`${t.caption}, ${model.districtName}: ${model.period} jämfört med ${model.previousPeriod}`]).font = { bold: true };
    sheet.addRow([]);
    sheet.addRow(t.columns).font = { bold: true };
    for (const row of t.rows) sheet.addRow(row);
    sheet.columns.forEach((col, i) => {
      col.width = Math.max(12, ...[t.columns[i], ...t.rows.map((r) => r[i])].map((v) => String(v ?? '').length + 2));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function lagesbildXlsx(input: LagesbildDocumentInput): Promise<Buffer> {
  return lagesbildXlsxFromModel(lagesbildModel(input, LAGESBILD_PARTS));
}
