// Pure. svgLegend(items, options) → an SVG legend (title, then swatch + label in columns; English labels wrap) and its height, with the
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

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The baseline of a wrapped label's next line below the one before, in SVG units (the legend's 11 px text). */
const LINE_PX = 13;

/** A generous width of a label at the legend's 11 px sans-serif: CJK full width, Latin at about 0.56 em. */
export function labelWidthPx(text: string): number {
  let width = 0;
  for (const ch of text) width += CJK.test(ch) ? 11 : 6.2;
  return width;
}

/**
 * A label's lines in a column `roomPx` wide. Latin text (an English class name such as "Public administration and
 * service land" is twice its Chinese width) wraps at spaces and after hyphens and is drawn at its natural width:
 * fitting it to a width from the generous estimate stretched short names and squeezed long ones. A Chinese label
 * stays on one line, condensed to the column when longer (its estimate is its width: 11 px a character).
 */
export function legendLabelLines(label: string, roomPx: number): string[] {
  if (CJK.test(label) || labelWidthPx(label) <= roomPx) return [label];
  const lines: string[] = [];
  let line = '';
  for (const piece of label.split(/(?<=[ -])/)) {
    if (line !== '' && labelWidthPx((line + piece).trimEnd()) > roomPx) {
      lines.push(line.trimEnd());
      line = piece;
    } else line += piece;
  }
  lines.push(line.trimEnd());
  return lines;
}

function labelSvg(lines: readonly string[], roomPx: number): string {
  const [only] = lines;
  if (lines.length === 1 && only !== undefined) {
    const fit = labelWidthPx(only) > roomPx ? ` textLength="${roomPx.toFixed(1)}" lengthAdjust="spacingAndGlyphs"` : '';
    return `<text x="${LABEL_X}" y="11"${fit}>${escapeHtml(only)}</text>`;
  }
  return lines.map((line, i) => `<text x="${LABEL_X}" y="${11 + i * LINE_PX}">${escapeHtml(line)}</text>`).join('');
}

interface LegendRows {
  /** Each item's label lines. */
  lines: string[][];
  /** Each row's top below the first row's. */
  tops: number[];
  heightPx: number;
}

function legendRows(items: readonly LegendItem[], widthPx: number, columns: number): LegendRows {
  const roomPx = widthPx / columns - LABEL_X - 8;
  const lines = items.map((item) => legendLabelLines(item.label, roomPx));
  const tops: number[] = [];
  let y = 0;
  for (let row = 0; row * columns < items.length; row++) {
    tops.push(y);
    const most = Math.max(...lines.slice(row * columns, (row + 1) * columns).map((l) => l.length));
    y += LEGEND_ROW_PX + (most - 1) * LINE_PX;
  }
  return { lines, tops, heightPx: 28 + y };
}

/** The legend's height for these items: the title and every row, a row as tall as its most wrapped label. */
export function legendHeightPx(items: readonly LegendItem[], widthPx: number, columns: number): number {
  return legendRows(items, widthPx, columns).heightPx;
}

export function svgLegend(items: readonly LegendItem[], options: LegendOptions): { svg: string; heightPx: number } {
  const { top, columns, title } = options;
  const left = options.left ?? 0;
  const colW = options.widthPx / columns;
  const roomPx = colW - LABEL_X - 8;
  const rows = legendRows(items, options.widthPx, columns);
  const out: string[] = [
    `<g class="legend" font-size="11" font-family="sans-serif"><text x="${left + 4}" y="${top + 14}" font-weight="bold">${escapeHtml(title)}</text>`,
  ];
  items.forEach((item, i) => {
    const x = left + (i % columns) * colW + 4;
    const y = top + 22 + rows.tops[Math.floor(i / columns)]!;
    out.push(`<g transform="translate(${x.toFixed(1)} ${y})">${item.swatch}${labelSvg(rows.lines[i]!, roomPx)}</g>`);
  });
  out.push('</g>');
  return { svg: out.join(''), heightPx: rows.heightPx };
}

export const areaSwatch = (fill: string, stroke: string, dash?: string): string =>
  `<rect x="0" y="1" width="24" height="12" fill="${fill}" stroke="${stroke}" stroke-width="1.2"${attr('stroke-dasharray', dash)}/>`;

export const lineSwatch = (colour: string, widthPx: number, rail: boolean): string =>
  `<line x1="0" y1="7" x2="24" y2="7" stroke="${colour}" stroke-width="${widthPx}"/>` +
  (rail ? `<line x1="0" y1="7" x2="24" y2="7" stroke="#ffffff" stroke-width="1" stroke-dasharray="4 4"/>` : '');
