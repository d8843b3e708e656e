// The stylesheet of the print views and the export error pages, served as
// /export/utskrift.css. A file rather than inline styles: the CSP allows
// only same-origin stylesheets.
export const PRINT_CSS = `@page {
  size: A4;
  margin: 2cm 2cm 2.2cm;
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

.fakta div {
  display: flex;
  gap: 0.5rem;
}

.fakta dt {
  font-weight: 600;
  min-width: 11rem;
}

.fakta dt::after {
  content: ":";
}

.fakta dd {
  margin: 0;
}

.punkt {
  break-inside: avoid;
  page-break-inside: avoid;
  border-top: 1px solid #ccc;
  padding-top: 0.2rem;
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
  margin: 0.4rem 0 0.8rem;
  font-size: 0.9rem;
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

  .tillbaka {
    display: none;
  }

  thead th {
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
}
`;
