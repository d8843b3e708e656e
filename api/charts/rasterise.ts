// SVG to PNG for Word, with the font the project ships and no system fonts,
// so every machine (and CI on a bare Debian) draws the same picture.
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const CHART_FONT_FILE = fileURLToPath(new URL('../../assets/fonts/DejaVuSans.ttf', import.meta.url));
const FAMILY = 'DejaVu Sans';

/** Draws `svg` `width` pixels wide (height by its aspect ratio) on white. */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width) },
    background: '#ffffff',
    font: {
      fontFiles: [CHART_FONT_FILE],
      loadSystemFonts: false,
      defaultFontFamily: FAMILY,
      sansSerifFamily: FAMILY,
    },
  });
  return resvg.render().asPng();
}
