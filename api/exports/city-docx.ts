// The city's picture as a Word file: the basis for the report to the city
// executive board. Every district's figures side by side, a summary table,
// a section per district, page numbers. Built from the same pieces as the
// other Word files (docx-parts.ts) so they look alike.
import { BorderStyle, Document, Header, ImageRun, Packer, Paragraph, TextRun, type Table } from 'docx';
import type { Chart } from '../charts/chart.ts';
import { CITY_CHART_MEASURE, cityCharts } from '../charts/city-charts.ts';
import { svgToPng } from '../charts/rasterise.ts';
import { MILIEUS, MILIEU_LABELS } from '../domain/codes.ts';
import type { CityFigures, CityPicture } from '../domain/city-picture.ts';
import { formatDay } from '../domain/swedish-format.ts';
import { PAGE, bullet, fact, heading, pageFooter, paragraph, table } from './docx-parts.ts';
import { DOCUMENT_AUTHOR, type TableSpec } from './export-model.ts';
import { setDrawingId } from './lagesbild-docx.ts';

const integer = new Intl.NumberFormat('sv-SE');
const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const count = (n: number) => integer.format(n);
const share = (n: number | null) => (n === null ? 'uppgift saknas' : percent.format(n));

const STATUS_TEXT = { none: 'ingen', draft: 'utkast', adopted: 'fastställd' } as const;

export const CITY_DOCX_TITLE = 'Stadens lägesbild';

const SUMMARY_TABLE: TableSpec = {
  name: 'staden-sammanstallning',
  columns: [
    { title: 'Stadsdel', percent: 22 },
    { title: 'Forum', percent: 8 },
    { title: 'Möten', percent: 8 },
    { title: 'VBE-punkten', percent: 11 },
    { title: 'Observationer', percent: 13 },
    { title: 'Rapporter', percent: 11 },
    { title: 'Enkäten', percent: 9 },
    { title: 'Webbkurs', percent: 9 },
    { title: 'Lägesbild', percent: 9 },
  ],
};

const MILIEU_TABLE: TableSpec = {
  name: 'staden-miljoer',
  columns: [
    { title: 'Stadsdel', percent: 24 },
    ...MILIEUS.map((m) => ({ title: MILIEU_LABELS[m], percent: 13 })),
    { title: 'Totalt', percent: 12 },
    { title: 'Året före', percent: 12 },
  ],
};

function summaryCells(f: CityFigures): string[] {
  return [
    count(f.forums),
    count(f.meetings),
    share(f.vbeShare),
    count(f.observations),
    `${count(f.reportsReceived)} / ${count(f.reportsAccepted)}`,
    share(f.responseRate),
    share(f.courseShare),
  ];
}

function districtFacts(f: CityFigures): Paragraph[] {
  return [
    bullet(`Forum: ${count(f.forums)}. Möten med justerat protokoll: ${count(f.meetings)}.`),
    bullet(
      f.meetings === 0
        ? 'VBE-punkten: inga möten under perioden.'
        : `VBE-punkten togs upp på ${count(f.vbeRaised)} av ${count(f.meetings)} möten (${share(f.vbeShare)}).`,
    ),
    bullet(`Observationer: ${count(f.observations)} (${MILIEUS.map((m) => `${MILIEU_LABELS[m].toLowerCase()} ${count(f.byMilieu[m])}`).join(', ')}).`),
    bullet(`Rapporter: ${count(f.reportsReceived)} mottagna, ${count(f.reportsAccepted)} godtagna.`),
    bullet(
      f.responseRate === null
        ? 'Enkäten: ingen enkät för perioden.'
        : `Enkäten: ${count(f.surveyResponded)} av ${count(f.surveyUnits)} enheter svarade (${share(f.responseRate)}).`,
    ),
    bullet(
      f.courseShare === null
        ? 'Webbkursen: uppgift saknas.'
        : `Webbkursen: ${count(f.courseCompleted)} av ${count(f.staff)} anställda har genomfört den (${share(f.courseShare)}).`,
    ),
  ];
}

/** Two small charts a row: 300 px each (docx counts 96 px an inch) fills the 17 cm text width; drawn at twice that for print. */
const SMALL_WIDTH_PX = 300;

function smallMultipleParagraphs(charts: readonly Chart[]): Paragraph[] {
  let drawingId = 0;
  const image = (chart: Chart) => {
    const png = svgToPng(chart.svg, SMALL_WIDTH_PX * 2);
    // The IHDR chunk follows the 8-byte signature: width and height at 16 and 20.
    const height = Math.round((SMALL_WIDTH_PX * png.readUInt32BE(20)) / png.readUInt32BE(16));
    const run = new ImageRun({
      type: 'png',
      data: png,
      transformation: { width: SMALL_WIDTH_PX, height },
      altText: { name: chart.id, title: chart.title, description: chart.alt },
    });
    setDrawingId(run, ++drawingId);
    return run;
  };
  const rows: Paragraph[] = [];
  for (let i = 0; i < charts.length; i += 2) {
    const pair = charts.slice(i, i + 2);
    rows.push(new Paragraph({ keepLines: true, children: pair.flatMap((c, j) => (j === 0 ? [image(c)] : [new TextRun(' '), image(c)])) }));
  }
  return rows;
}

/** The Word file of `picture`; `madeOn` is the day it was made (YYYY-MM-DD). */
export async function cityDocx(picture: CityPicture, madeOn: string): Promise<Buffer> {
  const period = `${formatDay(picture.from)} – ${formatDay(picture.to)}`;
  const { districts, total } = picture;
  const withoutData = districts.filter((d) => !d.hasData);
  const adopted = districts.filter((d) => d.lagesbild.status === 'adopted').length;
  const children: (Paragraph | Table)[] = [
    heading(CITY_DOCX_TITLE, 1),
    paragraph('Underlag till kommunstyrelsen: stadsdelarnas arbete mot våldsbejakande extremism sida vid sida.'),
    fact('Period', period),
    fact('Framtaget', formatDay(madeOn)),
    heading('Källor och metod', 2),
    paragraph(
      'Siffrorna är sammanställda ur stadsdelarnas forum (VBE-punkten i justerade protokoll), godtagna rapporter, samverkanspartners underlag, importerade siffror och enkäten till enheterna. Varje stadsdel visas, även de som saknar uppgifter för perioden. Jämförelsen gäller samma dagar ett år tidigare.',
    ),
    heading('Sammanfattning', 2),
    paragraph(
      `${count(districts.length)} stadsdelar. Stadens forum höll ${count(total.meetings)} möten med justerat protokoll, och VBE-punkten togs upp på ${share(total.vbeShare)} av dem. ` +
        `${count(total.observations)} observationer registrerades. ${count(total.reportsReceived)} rapporter togs emot och ${count(total.reportsAccepted)} godtogs. ` +
        `${count(adopted)} av ${count(districts.length)} stadsdelar har en fastställd lägesbild för perioden.`,
    ),
    ...(withoutData.length ? [paragraph(`Inga uppgifter för perioden: ${withoutData.map((d) => d.districtName).join(', ')}.`)] : []),
    heading('Stadsdelarna sida vid sida', 2),
    paragraph('Rapporter: mottagna / godtagna. Enkäten: andel enheter som svarade. Webbkurs: andel anställda som genomfört den.'),
    table(SUMMARY_TABLE, [
      ...districts.map((d) => [d.districtName, ...summaryCells(d), STATUS_TEXT[d.lagesbild.status]]),
      ['Hela staden', ...summaryCells(total), `${count(adopted)} fastställda`],
    ]),
    heading('Observationer per miljö', 2),
    table(MILIEU_TABLE, [
      ...districts.map((d) => [d.districtName, ...MILIEUS.map((m) => count(d.byMilieu[m])), count(d.observations), count(d.previousObservations)]),
      ['Hela staden', ...MILIEUS.map((m) => count(total.byMilieu[m])), count(total.observations), count(districts.reduce((s, d) => s + d.previousObservations, 0))],
    ]),
    heading(`${CITY_CHART_MEASURE}, stadsdel för stadsdel`, 2),
    paragraph('Alla diagram har samma skala, så att stadsdelarna kan jämföras. Siffrorna finns i tabellen ovan.'),
    ...smallMultipleParagraphs(cityCharts(picture)),
    heading('Stadsdelarna', 2),
    ...districts.flatMap((d) => [
      heading(d.districtName, 3),
      ...(d.hasData ? [] : [paragraph('Inga uppgifter för perioden.')]),
      ...districtFacts(d),
      paragraph(`Lägesbild för perioden: ${STATUS_TEXT[d.lagesbild.status]}${d.lagesbild.from ? ` (${formatDay(d.lagesbild.from)} – ${formatDay(d.lagesbild.to!)})` : ''}.`),
    ]),
  ];
  const doc = new Document({
    title: `${CITY_DOCX_TITLE} ${period}`,
    subject: 'Underlag till kommunstyrelsen',
    creator: DOCUMENT_AUTHOR,
    lastModifiedBy: DOCUMENT_AUTHOR,
    styles: { default: { document: { run: { language: { value: 'sv-SE' }, font: 'Calibri' }, paragraph: { spacing: { after: 80 } } } } },
    sections: [
      {
        properties: {
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
                children: [new TextRun({ text: `${CITY_DOCX_TITLE}, ${period}`, size: 18 })],
              }),
            ],
          }),
        },
        footers: { default: pageFooter(undefined) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
