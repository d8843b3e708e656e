// The stylesheet of the print views and the export error pages, served as
// /export/utskrift.css. A file rather than inline styles: the CSP allows
// only same-origin stylesheets.
//
// Page numbers: "Sida 1 (3)" comes from an @page margin box, which Chromium
// prints since version 131 (and print engines such as WeasyPrint); Firefox
// and Safari ignore margin boxes and print their own page numbers when the
// print dialog's headers and footers are on. The column widths are the ones
// the Word files use (export-model.ts).
import { ACTION_TABLE, CARRIED_TABLE, OBSERVATION_TABLE, PEOPLE_TABLE, type TableSpec } from './export-model.ts';

function columnRules(spec: TableSpec): string {
  return spec.columns.map((c, i) => `table.${spec.name} col:nth-child(${i + 1}) {\n    width: ${c.percent}%;\n  }`).join('\n\n  ');
}

const COLUMN_RULES = [OBSERVATION_TABLE, ACTION_TABLE, CARRIED_TABLE, PEOPLE_TABLE].map(columnRules).join('\n\n  ');

export const PRINT_CSS = `@page {
  size: A4;
  margin: 2cm 2cm 2.2cm;

  @bottom-right {
    content: "Sida " counter(page) " (" counter(pages) ")";
    font-family: "Segoe UI", Calibri, Arial, Helvetica, sans-serif;
    font-size: 9pt;
    color: #333;
  }
}

html {
  font-family: "Segoe UI", Calibri, Arial, Helvetica, sans-serif;
  font-size: 11pt;
  line-height: 1.45;
  color: #111;
  background: #fff;
}

body {
  max-width: 48rem;
  margin: 1.5rem auto;
  padding: 0 1rem;
}

h1 {
  font-size: 1.6rem;
  line-height: 1.2;
  margin: 0 0 0.75rem;
}

h2 {
  font-size: 1.2rem;
  margin: 1.25rem 0 0.4rem;
  break-after: avoid;
  page-break-after: avoid;
}

h3 {
  font-size: 1rem;
  margin: 0.9rem 0 0.3rem;
  break-after: avoid;
  page-break-after: avoid;
}

p,
ul {
  margin: 0.3rem 0;
}

.utskrift {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
  align-items: baseline;
  border-bottom: 1px solid #999;
  margin-bottom: 1rem;
}

.utskriftsvy {
  font-weight: 600;
  text-transform: uppercase;
  letter-spacing: 0.05em;
  font-size: 0.85rem;
}

a {
  color: #0b4f8a;
}

a:focus-visible {
  outline: 3px solid #0b4f8a;
  outline-offset: 2px;
}

.fakta {
  margin: 0.5rem 0 1rem;
}

/* Label and value side by side; on a narrow screen the value moves under its label. */
.fakta div {
  display: flex;
  flex-wrap: wrap;
  column-gap: 0.5rem;
}

.fakta dt {
  font-weight: 600;
  flex: 0 0 11rem;
  max-width: 100%;
}

.fakta dt::after {
  content: ":";
}

.fakta dd {
  margin: 0;
  flex: 1 1 14rem;
  min-width: 0;
  overflow-wrap: anywhere;
}

.punkt {
  border-top: 1px solid #ccc;
  padding-top: 0.2rem;
}

/* Only small blocks are kept whole; an item with tables may break between rows. */
.punkt.hel,
.fakta,
.signatur,
.sidhuvud {
  break-inside: avoid;
  page-break-inside: avoid;
}

.sidhuvud {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 0 1rem;
  font-size: 0.85rem;
  color: #333;
  border-bottom: 1px solid #999;
  padding-bottom: 0.2rem;
  margin: 0 0 1rem;
}

.narvaro,
.kallade {
  border-top: 1px solid #ccc;
  padding-top: 0.2rem;
}

.underskrifter {
  margin-top: 2rem;
}

.underskrifter .grupp {
  display: flex;
  flex-wrap: wrap;
  column-gap: 2rem;
}

.underskrifter .rubrik {
  flex-basis: 100%;
  font-weight: 600;
  margin-top: 1.2rem;
  break-after: avoid;
  page-break-after: avoid;
}

.signatur {
  width: 18rem;
  max-width: 100%;
  margin: 0 0 1rem;
}

.signatur .linje {
  width: 18rem;
  max-width: 100%;
  height: 2.5rem;
  border-bottom: 1px solid #111;
  margin-bottom: 0.2rem;
}

.signatur p {
  margin: 0;
}

.avidentifierat {
  margin-top: 2rem;
  border-top: 1px solid #999;
  font-size: 0.85rem;
  font-style: italic;
}

.tabell {
  overflow-x: auto;
  margin: 0.4rem 0 0.8rem;
}

.tabell:focus-visible {
  outline: 3px solid #0b4f8a;
  outline-offset: 2px;
}

.vbe {
  border-top: 2px solid #111;
}

.not {
  font-style: italic;
}

table {
  width: 100%;
  border-collapse: collapse;
  font-size: 0.9rem;
}

/* On a narrow screen a wide table scrolls inside its region rather than breaking every word. */
table.observationer {
  min-width: 40rem;
}

th,
td {
  border: 1px solid #555;
  padding: 0.25rem 0.4rem;
  text-align: left;
  vertical-align: top;
}

thead th {
  background: #eee;
}

tbody th {
  font-weight: normal;
}

thead {
  display: table-header-group;
}

tr {
  break-inside: avoid;
  page-break-inside: avoid;
}

@media print {
  body {
    max-width: none;
    margin: 0;
    padding: 0;
  }

  /* Screen labels and links are not part of the document. */
  .utskrift {
    display: none;
  }

  .tabell {
    overflow: visible;
  }

  /* Fixed widths, as in the Word files: no column squeezed until words break. */
  table {
    table-layout: fixed;
    font-size: 9pt;
    line-height: 1.25;
  }

  th,
  td {
    padding: 0.1rem 0.25rem;
  }

  table.observationer {
    min-width: 0;
  }

  ${COLUMN_RULES}

  thead th {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
}

/* ---- The lägesbild's print view (lagesbild-html.ts) ---- */
/* Plot's own rules, kept out of the SVG for the CSP; the chart shrinks to the page or screen. */
.lb-chart {
  display: block;
  max-width: 100%;
  height: auto;
  overflow: visible;
  background: #fff;
}

.diagram {
  margin: 1rem 0 1.5rem;
  break-inside: avoid;
  page-break-inside: avoid;
}

.diagram figcaption {
  font-weight: 600;
  margin-bottom: 0.4rem;
}

table.lagesbild caption {
  text-align: left;
  font-weight: 600;
  padding: 0.3rem 0;
}

table.lagesbild td {
  text-align: right;
  font-variant-numeric: tabular-nums;
}

@media print {
  .innehall {
    break-after: page;
    page-break-after: always;
  }
}
`;
