// The lägesbild's print view: the same view model as the Word and Excel files,
// as one HTML page styled by /export/utskrift.css. CSP-safe: no inline style or
// script; the charts are inline SVG (already without <style> and style
// attributes, lagesbild-charts.ts) naming themselves by their alt text, each
// followed by its data table (WCAG 1.1.1).
import type { Chart } from '../charts/lagesbild-charts.ts';
import { LAGESBILD_PARTS } from './lagesbild-docx.ts';
import { cellText, lagesbildModel, type LagesbildDocumentInput, type LagesbildModel, type ModelBlock, type ModelTable } from './lagesbild-model.ts';
import { escapeHtml, htmlPage } from './print-html.ts';

const para = (text: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(text)}</p>`;

function tableHtml(t: ModelTable, id: string): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  const body = t.rows
    .map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(cellText(c))}</th>` : `<td>${escapeHtml(cellText(c))}</td>`)).join('')}</tr>`)
    .join('\n');
  // A focusable region, so a wide table scrolls by keyboard on a narrow screen.
  return `<div class="tabell" role="region" aria-labelledby="${id}" tabindex="0">
<table class="lagesbild">
<caption id="${id}">${escapeHtml(t.caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

function chartHtml(chart: Chart, id: string): string {
  return `<figure class="diagram" aria-labelledby="${id}-titel">
<figcaption id="${id}-titel">${escapeHtml(chart.title)}</figcaption>
${chart.svg}
${para(chart.alt, 'not')}
${tableHtml({ sheet: chart.id, ...chart.table }, `${id}-tabell`)}
</figure>`;
}

export function lagesbildHtmlFromModel(model: LagesbildModel, backLink: string): string {
  let n = 0;
  const nextId = () => `lb-${++n}`;
  const block = (b: ModelBlock): string => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
      case 'paragraph':
        return para(b.text);
      case 'note':
        return para(b.text, 'not');
      case 'table':
        return tableHtml(b.table, nextId());
      case 'chart':
        return chartHtml(b.chart, nextId());
    }
  };
  const chapters = model.chapters.map(
    (ch, i) => `<section aria-labelledby="kapitel-${i + 1}">
<h2 id="kapitel-${i + 1}">${i + 1}. ${escapeHtml(ch.title)}</h2>
${ch.blocks.map(block).join('\n')}
</section>`,
  );
  const contents = `<nav aria-label="Innehåll" class="innehall">
<h2>Innehåll</h2>
<ol>${model.chapters.map((ch, i) => `<li><a href="#kapitel-${i + 1}">${escapeHtml(ch.title)}</a></li>`).join('')}</ol>
</nav>`;
  const body = `<header class="utskrift">
<p class="utskriftsvy">Utskriftsvy</p>
<p class="tillbaka"><a href="${escapeHtml(backLink)}">Tillbaka till lägesbilden i arbetsytan</a></p>
</header>
<main>
<p class="sidhuvud"><span>${escapeHtml(model.districtName)}</span><span>${escapeHtml(model.period)}</span></p>
<h1>${escapeHtml(model.title)}: ${escapeHtml(model.districtName)}</h1>
<dl class="fakta">
<div><dt>Period</dt><dd>${escapeHtml(model.period)}</dd></div>
<div><dt>Jämförs med</dt><dd>${escapeHtml(model.previousPeriod)}</dd></div>
<div><dt>Status</dt><dd>${escapeHtml(model.adoptedLine ?? 'Utkast, inte fastställd')}</dd></div>
</dl>
${contents}
${chapters.join('\n')}
</main>`;
  return htmlPage(`${model.title}, ${model.districtName}, ${model.period}`, body);
}

/** The print view; `backLink` leads to the lägesbild page in the workspace. */
export function lagesbildHtml(input: LagesbildDocumentInput, backLink: string): string {
  return lagesbildHtmlFromModel(lagesbildModel(input, LAGESBILD_PARTS), backLink);
}
