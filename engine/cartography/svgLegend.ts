// Pure. svgLegend(items, options) → an SVG legend (title, then swatch + label in columns) and its height, with the
// area and line swatches of the map symbols; one implementation for the review report's maps and the 专题图 sheet.
import { escapeHtml } from '../package/escapeHtml.ts';

export interface LegendItem {
  /** SVG of a 24 × 14 swatch at the origin (areaSwatch, lineSwatch or any shape). */
  swatch: string;
  label: string;
}

export interface LegendOptions {
  title: string;
  /** Top of the legend in SVG units. */
  top: number;
  widthPx: number;
  columns: number;
  /** Left edge; 0 by default. */
  left?: number;
}

export const LEGEND_ROW_PX = 18;

const attr = (name: string, value: string | undefined): string => (value === undefined ? '' : ` ${name}="${value}"`);

/** The label's left edge in its row, right of the swatch. */
const LABEL_X = 30;

/** A generous width of a label at the legend's 11 px sans-serif: CJK full width, Latin at about 0.56 em. */
export function labelWidthPx(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 11 : 6.2;
  return width;
}

/** A label longer than its column is drawn condensed to the column (an English class name such as "Public
 * administration and service land" is twice its Chinese width), never across the legend's frame. */
function fittedLabel(label: string, roomPx: number): string {
  const fit = labelWidthPx(label) > roomPx ? ` textLength="${roomPx.toFixed(1)}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${LABEL_X}" y="11"${fit}>${escapeHtml(label)}</text>`;
}

export function svgLegend(items: readonly LegendItem[], options: LegendOptions): { svg: string; heightPx: number } {
  const { top, columns, title } = options;
  const left = options.left ?? 0;
  const rows = Math.ceil(items.length / columns);
  const colW = options.widthPx / columns;
  const out: string[] = [
    `<g class="legend" font-size="11" font-family="sans-serif"><text x="${left + 4}" y="${top + 14}" font-weight="bold">${escapeHtml(title)}</text>`,
  ];
  items.forEach((item, i) => {
    const x = left + (i % columns) * colW + 4;
    const y = top + 22 + Math.floor(i / columns) * LEGEND_ROW_PX;
    out.push(`<g transform="translate(${x.toFixed(1)} ${y})">${item.swatch}${fittedLabel(item.label, colW - LABEL_X - 8)}</g>`);
  });
  out.push('</g>');
  return { svg: out.join(''), heightPx: 28 + rows * LEGEND_ROW_PX };
}

export const areaSwatch = (fill: string, stroke: string, dash?: string): string =>
  `<rect x="0" y="1" width="24" height="12" fill="${fill}" stroke="${stroke}" stroke-width="1.2"${attr('stroke-dasharray', dash)}/>`;

export const lineSwatch = (colour: string, widthPx: number, rail: boolean): string =>
  `<line x1="0" y1="7" x2="24" y2="7" stroke="${colour}" stroke-width="${widthPx}"/>` +
  (rail ? `<line x1="0" y1="7" x2="24" y2="7" stroke="#ffffff" stroke-width="1" stroke-dasharray="4 4"/>` : '');
