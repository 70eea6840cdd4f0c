// Pure. buildSheetSvg(input) → the 专题图 sheet as one SVG in CSS pixels (96 per inch, so its size is the paper's):
// title, the map frame (the map raster when given, else left transparent for a caller that paints the map under
// it), scale bar and north arrow in the frame, the legend of what the map shows, and the footer with the CRS
// note, the producing unit and the date. Scale bar, north arrow and legend are the review report's (engine/cartography).
import { hatchPatterns, legendHeightPx, svgLegend, svgNorthArrow, svgScaleBar, type LegendItem } from '../cartography/index.ts';
import { say } from '../i18n/index.ts';
import { escapeHtml } from '../package/escapeHtml.ts';
import { mmToCssPx } from './paper.ts';
import type { SheetGround } from './sheetGeometry.ts';
import type { RectMm, SheetLayout } from './sheetLayout.ts';
import { sheetLegendItems, type DrawnContent } from './sheetLegendItems.ts';
import { crsNote, type SheetLanguage } from './sheetText.ts';

export interface SheetInput {
  layout: SheetLayout;
  ground: SheetGround;
  title: string;
  /** 制图单位; omitted from the footer when empty. */
  unit: string;
  /** 制图日期, YYYY-MM-DD. */
  date: string;
  language: SheetLanguage;
  drawn: DrawnContent;
  /** The map raster (a data: URL) for the map frame; omitted when the caller paints the map under the SVG. */
  mapImageHref?: string;
  /** The SVG's width and height attributes, when it is to be rasterised at that size (the PNG); else the paper's CSS pixels. */
  pixelSize?: readonly [number, number];
  /**
   * With `pixelSize`: only this part of the raster, [x, y, width, height] in its pixels (the SVG's size is the tile's,
   * its viewBox the tile's part of the sheet), so a large sheet can be rasterised tile by tile.
   */
  pixelTile?: readonly [number, number, number, number];
}

/** A base64 data: URL holds no character that HTML escapes: megabytes of map image are then written as they are. */
const BASE64_DATA_URL = /^data:image\/[a-z+]+;base64,[A-Za-z0-9+/]*={0,2}$/;

function imageHref(href: string): string {
  return BASE64_DATA_URL.test(href) ? href : escapeHtml(href);
}

/** The width, height and viewBox attributes of the sheet's <svg>. */
function svgFrame(input: SheetInput, W: number, H: number): string {
  const { pixelSize, pixelTile } = input;
  if (!pixelSize) return `width="${f1(W)}" height="${f1(H)}" viewBox="0 0 ${f1(W)} ${f1(H)}"`;
  if (!pixelTile) return `width="${pixelSize[0]}" height="${pixelSize[1]}" viewBox="0 0 ${f1(W)} ${f1(H)}"`;
  // Unrounded: a tile's edge must fall on the same sheet position as its neighbour's, or the tiles would not join.
  const kx = W / pixelSize[0];
  const ky = H / pixelSize[1];
  const [x, y, w, h] = pixelTile;
  return `width="${w}" height="${h}" viewBox="${x * kx} ${y * ky} ${w * kx} ${h * ky}" preserveAspectRatio="none"`;
}

const PREFIX = 'sheet';
const f1 = (v: number): string => v.toFixed(1);

interface RectPx {
  x: number;
  y: number;
  w: number;
  h: number;
}
const px = (r: RectMm): RectPx => ({ x: mmToCssPx(r.x), y: mmToCssPx(r.y), w: mmToCssPx(r.width), h: mmToCssPx(r.height) });

/** Whether the legend of these items fits its frame (an English label that wraps makes its row taller). */
function legendFits(items: readonly LegendItem[], rect: RectPx, columns: number): boolean {
  return legendHeightPx(items, rect.w - 4, columns) <= rect.h - 8;
}

/** The entries that fit; when some do not, the last place says how many are left out. */
function fitLegend(items: readonly LegendItem[], rect: RectPx, columns: number, language: SheetLanguage): LegendItem[] {
  if (legendFits(items, rect, columns)) return [...items];
  const more = (kept: number): LegendItem => ({
    swatch: '',
    label: say('mapSheet.buildSheetSvg.more', { count: items.length - kept })[language],
  });
  let kept = items.length - 1;
  while (kept > 0 && !legendFits([...items.slice(0, kept), more(kept)], rect, columns)) kept--;
  return [...items.slice(0, kept), more(kept)];
}

/**
 * The legend entries; when they do not fit, 用地用海 sub-classes are shown as their second-level class (060201 →
 * 0602), and if that is still too many (a whole city on A4), as their first-level class (0602 → 06 农业设施建设用地).
 * If even that overflows, the road and rail grades share one 交通线路 entry: a class left out of the legend would leave
 * its colour unexplained on the map, while the grades stay told apart by their drawn width.
 */
function legendItemsFor(drawn: DrawnContent, language: SheetLanguage, rect: RectPx, columns: number): LegendItem[] {
  let folded = drawn;
  let items = sheetLegendItems(folded, language, PREFIX);
  for (const digits of [4, 2]) {
    if (legendFits(items, rect, columns)) return items;
    folded = { ...folded, landUseCodes: new Set([...drawn.landUseCodes].map((code) => code.slice(0, digits))) };
    items = sheetLegendItems(folded, language, PREFIX);
  }
  if (legendFits(items, rect, columns) || folded.grades.size <= 1) return items;
  return sheetLegendItems(folded, language, PREFIX, true);
}

export function buildSheetSvg(input: SheetInput): string {
  const { layout, ground, language } = input;
  const W = mmToCssPx(layout.widthMm);
  const H = mmToCssPx(layout.heightMm);
  const map = px(layout.map);
  const title = px(layout.title);
  const legendBox = px(layout.legend);
  const footer = px(layout.footer);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" ${svgFrame(input, W, H)} font-family="sans-serif" role="img" aria-label="${escapeHtml(input.title)}">`,
    `<defs>${hatchPatterns(PREFIX)}</defs>`,
    // White paper with a hole where the map goes: a PNG caller paints the map first and this over it.
    `<path fill="#ffffff" fill-rule="evenodd" d="M0 0H${f1(W)}V${f1(H)}H0Z M${f1(map.x)} ${f1(map.y)}H${f1(map.x + map.w)}V${f1(map.y + map.h)}H${f1(map.x)}Z"/>`,
  ];
  if (input.mapImageHref) {
    out.push(
      `<image class="sheet-map" href="${imageHref(input.mapImageHref)}" x="${f1(map.x)}" y="${f1(map.y)}" width="${f1(map.w)}" height="${f1(map.h)}" preserveAspectRatio="none"/>`,
    );
  }
  // The furniture is drawn for a report map (~680 units wide); on paper it is scaled up `k` times, so it is drawn
  // into a frame `k` times narrower whose units stand for `k` times the ground.
  const big = layout.paper === 'A3';
  const k = big ? 1.6 : 1.25;
  out.push(
    `<g transform="translate(${f1(map.x)} ${f1(map.y)}) scale(${k})">`,
    svgScaleBar({ widthPx: map.w / k, metresPerPx: ground.metresPerCssPx * k }, map.h / k - 14),
    svgNorthArrow({ widthPx: map.w / k }, say('cartography.svgNorthArrow.label')[language]),
    '</g>',
    `<rect x="${f1(map.x)}" y="${f1(map.y)}" width="${f1(map.w)}" height="${f1(map.h)}" fill="none" stroke="#000000" stroke-width="1.2"/>`,
    `<text class="sheet-title" x="${f1(title.x + title.w / 2)}" y="${f1(title.y + title.h * 0.62)}" text-anchor="middle" font-size="${big ? 28 : 21}" font-weight="bold">${escapeHtml(input.title)}</text>`,
  );
  // The legend likewise, 1.3 times on A3, laid out in its scaled units.
  const columns = layout.orientation === 'landscape' ? 1 : 4;
  const kl = big ? 1.3 : 1;
  const legendUnits: RectPx = { x: legendBox.x / kl, y: legendBox.y / kl, w: legendBox.w / kl, h: legendBox.h / kl };
  const items = fitLegend(legendItemsFor(input.drawn, language, legendUnits, columns), legendUnits, columns, language);
  out.push(
    `<rect x="${f1(legendBox.x)}" y="${f1(legendBox.y)}" width="${f1(legendBox.w)}" height="${f1(legendBox.h)}" fill="none" stroke="#000000" stroke-width="0.8"/>`,
    `<g transform="scale(${kl})">`,
    svgLegend(items, {
      top: legendUnits.y + 4,
      left: legendUnits.x + 2,
      widthPx: legendUnits.w - 4,
      columns,
      title: say('cartography.svgLegend.title')[language],
    }).svg,
    '</g>',
  );
  const note = crsNote(ground.zone, ground.centralMeridianDeg, ground.scaleDenominator, language);
  const second = [say('mapSheet.buildSheetSvg.date', { date: input.date })[language]];
  if (input.unit.trim() !== '') second.unshift(say('mapSheet.buildSheetSvg.unit', { unit: input.unit.trim() })[language]);
  const fs = big ? 12 : 10;
  out.push(
    `<g class="sheet-footer" font-size="${fs}">`,
    `<text x="${f1(footer.x)}" y="${f1(footer.y + fs + 2)}">${escapeHtml(note)}</text>`,
    `<text x="${f1(footer.x)}" y="${f1(footer.y + 2 * fs + 8)}" xml:space="preserve">${escapeHtml(second.join('    '))}</text>`,
    '</g>',
    '</svg>',
  );
  return out.join('\n');
}
