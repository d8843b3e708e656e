// What every chart is made of: a Plot figure drawn against a server-side DOM,
// made CSP-safe, with its text alternative and data table (WCAG 1.1.1).
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface ChartTable {
  caption: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface Chart {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, with the key numbers. */
  alt: string;
  table: ChartTable;
  /** CSP-safe: no <style> element, no style attributes. */
  svg: string;
}

/**
 * Okabe–Ito colours chosen so their luminances lie far apart: the series stay
 * apart in grey and for colour-blind readers. Bars also carry direct labels.
 */
export const SERIES_COLOURS = {
  current: '#0072B2',
  previous: '#E69F00',
} as const;

/** Outline darker than the orange fill, so the previous period's bars keep 3:1 against white (WCAG 1.4.11). */
export const PREVIOUS_STROKE = '#6B4700';

export const CURRENT_LABEL = 'Perioden';
export const PREVIOUS_LABEL = 'Föregående period';

const number = new Intl.NumberFormat('sv-SE');

/** Swedish number format: a non-breaking space between thousands. */
export function sv(n: number): string {
  return number.format(n);
}

/** A share 0–1 as "58 %". */
export function percent(share: number): string {
  return `${sv(Math.round(share * 100))}\u00a0%`;
}

/** Relative luminance (WCAG 2.1) of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

// One document per process is enough: Plot only creates elements in it.
let shared: Document | undefined;
function serverDocument(): Document {
  shared ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return shared;
}

/**
 * Draws `options` and returns SVG our CSP accepts: Plot's <style> element and
 * any style attribute are removed (its rules live in workspace.css under
 * `.lb-chart`), and the SVG names itself by `alt`.
 */
export function renderPlot(options: Plot.PlotOptions, alt: string): string {
  const figure = Plot.plot({ ...options, document: serverDocument() }) as unknown as Element;
  const svg = figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg');
  if (!svg) throw new Error('Plot did not draw an SVG');
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  // The SVG is one image named by its alt text; Plot's labels on its groups ("bar", "rule") mean nothing to a reader.
  for (const el of svg.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    for (const name of ['aria-label', 'aria-description', 'aria-hidden']) el.removeAttribute(name);
  }
  svg.setAttribute('class', 'lb-chart');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', alt);
  // Plot draws text in currentColor; a fixed colour keeps the rasterised image black on white too.
  svg.setAttribute('fill', '#1a1a1a');
  svg.setAttribute('font-family', 'DejaVu Sans, system-ui, sans-serif');
  // Plot's 10 px is too small once the chart is scaled to a column; margins below allow for 12.
  svg.setAttribute('font-size', '12');
  return svg.outerHTML;
}
