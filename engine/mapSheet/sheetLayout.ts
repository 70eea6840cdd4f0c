// Pure. sheetLayout(paper, orientation) → where the parts of a 专题图 sheet sit, in millimetres from the top
// left of the paper: the title band, the map frame, the legend (a column right of the map on landscape paper, a
// band under it on portrait) and the footer (CRS note, scale, date, producing unit). Margins are 10 mm, enough for
// any office printer's unprintable edge.
import { paperMm, type Orientation, type PaperSize } from './paper.ts';

export interface RectMm {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SheetLayout {
  paper: PaperSize;
  orientation: Orientation;
  widthMm: number;
  heightMm: number;
  title: RectMm;
  map: RectMm;
  legend: RectMm;
  footer: RectMm;
}

export const SHEET_MARGIN_MM = 10;

export function sheetLayout(paper: PaperSize, orientation: Orientation): SheetLayout {
  const [widthMm, heightMm] = paperMm(paper, orientation);
  const m = SHEET_MARGIN_MM;
  const big = paper === 'A3';
  const titleH = big ? 20 : 16;
  const footerH = big ? 14 : 12;
  const gap = 4;
  const title: RectMm = { x: m, y: m, width: widthMm - 2 * m, height: titleH };
  const footer: RectMm = { x: m, y: heightMm - m - footerH, width: widthMm - 2 * m, height: footerH };
  const top = m + titleH;
  const bottom = footer.y - gap;
  if (orientation === 'landscape') {
    const legendW = big ? 80 : 62;
    const map: RectMm = { x: m, y: top, width: widthMm - 2 * m - legendW - gap, height: bottom - top };
    const legend: RectMm = { x: map.x + map.width + gap, y: top, width: legendW, height: map.height };
    return { paper, orientation, widthMm, heightMm, title, map, legend, footer };
  }
  const legendH = big ? 62 : 46;
  const map: RectMm = { x: m, y: top, width: widthMm - 2 * m, height: bottom - top - legendH - gap };
  const legend: RectMm = { x: m, y: map.y + map.height + gap, width: map.width, height: legendH };
  return { paper, orientation, widthMm, heightMm, title, map, legend, footer };
}
