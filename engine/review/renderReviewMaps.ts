// Pure. The two inline SVG maps of the 合规性审查报告, drawn from the blueprint: the overview (the project's place
// in the city: town outlines and the project marked) and the detail (the site over the integrated 用地用海
// coverage in the national colours and the control-line layers in the editor's symbols, with legend, scale bar
// and north arrow). Only features whose box meets the map are drawn; output is deterministic for the same input.
// `idPrefix` keeps the ids of patterns and clip paths unique when one page holds several maps.
import { GRADE_SYMBOLS, gradeLabel, UNKNOWN_GRADE_SYMBOL } from '../model/gradeSymbols.ts';
import { bbox, bboxesDisjoint, bboxOfGeometries, type BBox } from '../geometry/bbox.ts';
import { codeName } from '../model/codes.ts';
import type { Blueprint } from '../model/blueprint.ts';
import { layerInfo } from '../model/layers.ts';
import type { Geometry, LayerCode } from '../model/types.ts';
import { cos } from '../numeric/portableMath.ts';
import { say } from '../i18n/index.ts';
import { escapeHtml } from '../package/escapeHtml.ts';
import {
  areaSwatch,
  hatchPatterns,
  lineSwatch,
  polygonSymbols,
  svgLegend,
  svgNorthArrow,
  svgScaleBar,
  type LegendItem,
} from '../cartography/index.ts';
import { landUseColourHex } from './landUseColourHex.ts';
import { svgMapFrame, type SvgMapFrame } from './svgMapFrame.ts';

export type MapLanguage = 'zh' | 'en';
export type ReviewMapBlueprint = Pick<Blueprint, 'layers' | 'coverage'>;

export const MAP_WIDTH_PX = 680;
const LEGEND_COLUMNS = 3;
const PROJECT_STROKE = '#e00000';

function patterns(prefix: string): string {
  return `<defs>${hatchPatterns(prefix)}<clipPath id="${prefix}-clip"><rect x="0" y="0" width="${MAP_WIDTH_PX}" height="__H__"/></clipPath></defs>`;
}

const attr = (name: string, value: string | undefined): string => (value === undefined ? '' : ` ${name}="${value}"`);

/** Boxes by geometry object: one report call draws many projects over the same blueprint (a memo, not state). */
const boxes = new WeakMap<Geometry, BBox | null>();
function boxOf(g: Geometry): BBox | null {
  let b = boxes.get(g);
  if (b === undefined) boxes.set(g, (b = bbox(g)));
  return b;
}

/** True when the geometry's box meets the view; for lines, when one of its segments' boxes does (a long road's box may cover a view it never crosses). */
function inView(view: BBox, g: Geometry): boolean {
  const b = boxOf(g);
  if (b === null || bboxesDisjoint(b, view)) return false;
  if (g.type !== 'LineString' && g.type !== 'MultiLineString') return true;
  const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  for (const line of lines) {
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const c = line[i]!;
      if (!bboxesDisjoint([Math.min(a[0], c[0]), Math.min(a[1], c[1]), Math.max(a[0], c[0]), Math.max(a[1], c[1])], view)) return true;
    }
  }
  return false;
}

/** Expands a box by `marginShare` of its size on each side, to at least `minSpanDeg` of latitude, to the width:height `aspect`. */
function viewAround(box: BBox, marginShare: number, minSpanDeg: number, aspect: number, kx: number): BBox {
  const cx = (box[0] + box[2]) / 2;
  const cy = (box[1] + box[3]) / 2;
  let halfW = Math.max(((box[2] - box[0]) / 2) * (1 + 2 * marginShare), minSpanDeg / kx / 2);
  let halfH = Math.max(((box[3] - box[1]) / 2) * (1 + 2 * marginShare), minSpanDeg / 2);
  if ((halfW * kx) / halfH < aspect) halfW = (halfH * aspect) / kx;
  else halfH = (halfW * kx) / aspect;
  return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

const legend = (items: readonly LegendItem[], top: number, language: MapLanguage) =>
  svgLegend(items, { top, title: say('cartography.svgLegend.title')[language], widthPx: MAP_WIDTH_PX, columns: LEGEND_COLUMNS });

const noBoundary = (language: MapLanguage): string => `<p>${say('review.renderReviewMaps.no-boundary')[language]}</p>`;
const northArrow = (frame: SvgMapFrame, language: MapLanguage): string =>
  svgNorthArrow(frame, say('cartography.svgNorthArrow.label')[language]);

function layerName(layer: LayerCode, language: MapLanguage): string {
  const info = layerInfo(layer);
  return language === 'zh' ? info.nameZh : info.nameEn;
}

function wrap(frame: SvgMapFrame, label: string, body: string[], legendSvg: { svg: string; heightPx: number }, prefix: string): string {
  const totalH = frame.heightPx + legendSvg.heightPx;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH_PX} ${totalH}" width="100%" role="img" aria-label="${escapeHtml(label)}">`,
    patterns(prefix).replace('__H__', String(frame.heightPx)),
    `<rect x="0" y="0" width="${MAP_WIDTH_PX}" height="${frame.heightPx}" fill="#ffffff" stroke="#999999"/>`,
    `<g clip-path="url(#${prefix}-clip)">`,
    ...body,
    '</g>',
    legendSvg.svg,
    '</svg>',
  ].join('\n');
}

/** The site over the blueprint: coverage colours, control lines, transport lines, the project in red. */
export function renderDetailMap(project: Geometry, blueprint: ReviewMapBlueprint, language: MapLanguage, idPrefix = 'rd'): string {
  const projectBox = bbox(project);
  if (!projectBox) return noBoundary(language);
  const kx = cos((((projectBox[1] + projectBox[3]) / 2) * Math.PI) / 180);
  // At least 300 m across (1° of latitude ≈ 111 km), the site with 35 % margins, 4:3.
  const view = viewAround(projectBox, 0.35, 300 / 111_000, 4 / 3, kx);
  const frame = svgMapFrame(view, MAP_WIDTH_PX);
  const prefix = idPrefix;
  const body: string[] = [];
  const legendItems: LegendItem[] = [
    { swatch: areaSwatch('rgba(224,0,0,0.08)', PROJECT_STROKE), label: say('review.renderReviewMaps.project-site')[language] },
  ];

  // Coverage: one path per colour, colours sorted; codes listed in the legend by code.
  const byColour = new Map<string, string[]>();
  const codes = new Set<string>();
  for (const c of blueprint.coverage) {
    if (!inView(view, c.geometry)) continue;
    const colour = landUseColourHex(c.classCode);
    const list = byColour.get(colour) ?? [];
    list.push(frame.path(c.geometry));
    byColour.set(colour, list);
    codes.add(c.classCode);
  }
  for (const [colour, paths] of [...byColour].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    body.push(
      `<path fill="${colour}" stroke="#5a5a5a" stroke-opacity="0.6" stroke-width="0.6" fill-rule="evenodd" d="${paths.join('')}"/>`,
    );
  }
  const layerByCode = new Map(blueprint.layers.map((l) => [l.layer, l.features]));
  for (const [layer, symbol] of polygonSymbols(prefix)) {
    const features = (layerByCode.get(layer) ?? []).filter((f) => inView(view, f.geometry));
    if (features.length === 0) continue;
    for (const f of features) {
      if (f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint') {
        const points = f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const p of points) {
          const [x, y] = frame.point(p);
          body.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="#3d5a98" stroke="#ffffff" stroke-width="2"/>`);
        }
        continue;
      }
      body.push(
        `<path fill="${symbol.fill(f)}" stroke="${symbol.stroke}" stroke-width="${symbol.widthPx}"${attr('stroke-dasharray', symbol.dash)} fill-rule="evenodd" d="${frame.path(f.geometry)}"/>`,
      );
    }
    const sample = features[0]!;
    legendItems.push({ swatch: areaSwatch(symbol.fill(sample), symbol.stroke, symbol.dash), label: layerName(layer, language) });
  }
  const lines = (layerByCode.get('JTXL') ?? []).filter((f) => inView(view, f.geometry));
  const grades = new Set<string>();
  for (const f of lines) {
    const grade = String(f.properties.DJ ?? '');
    const symbol = GRADE_SYMBOLS[grade] ?? UNKNOWN_GRADE_SYMBOL;
    const corridorPx = Number(f.properties.KD ?? 0) / frame.metresPerPx;
    const width = Math.max(symbol.widthPx, Math.min(Number.isFinite(corridorPx) ? corridorPx : 0, 40)).toFixed(1);
    const d = frame.path(f.geometry);
    body.push(`<path fill="none" stroke="${symbol.colour}" stroke-width="${width}" stroke-opacity="0.85" d="${d}"/>`);
    if (symbol.rail) body.push(`<path fill="none" stroke="#ffffff" stroke-width="1.5" stroke-dasharray="10 10" d="${d}"/>`);
    grades.add(grade);
  }
  for (const grade of [...grades].sort()) {
    const symbol = GRADE_SYMBOLS[grade] ?? UNKNOWN_GRADE_SYMBOL;
    legendItems.push({
      swatch: lineSwatch(symbol.colour, symbol.widthPx, symbol.rail),
      label: gradeLabel(grade, layerName('JTXL', language), language),
    });
  }
  body.push(`<path fill="rgba(224,0,0,0.08)" stroke="${PROJECT_STROKE}" stroke-width="3" fill-rule="evenodd" d="${frame.path(project)}"/>`);
  body.push(svgScaleBar(frame, frame.heightPx - 14), northArrow(frame, language));
  for (const code of [...codes].sort()) {
    const name = codeName('ydyh2023', code, language);
    legendItems.push({ swatch: areaSwatch(landUseColourHex(code), '#5a5a5a'), label: name ? `${code} ${name}` : code });
  }
  const label = say('review.renderReviewMaps.detail-label')[language];
  return wrap(frame, label, body, legend(legendItems, frame.heightPx, language), prefix);
}

/** The project's place in the city: town outlines with names and the site marked in red (nothing else, so the map stays light in a report of many projects over a large city). */
export function renderOverviewMap(project: Geometry, blueprint: ReviewMapBlueprint, language: MapLanguage, idPrefix = 'ro'): string {
  const towns = blueprint.layers.find((l) => l.layer === 'XZQ')?.features ?? [];
  const projectBox = bbox(project);
  const cityBox = bboxOfGeometries([...towns.map((t) => t.geometry), project]);
  if (!projectBox || !cityBox) return noBoundary(language);
  const span = Math.max(cityBox[2] - cityBox[0], cityBox[3] - cityBox[1]);
  const view: BBox = [cityBox[0] - span * 0.03, cityBox[1] - span * 0.03, cityBox[2] + span * 0.03, cityBox[3] + span * 0.03];
  const frame = svgMapFrame(view, MAP_WIDTH_PX);
  const prefix = idPrefix;
  const body: string[] = [];
  body.push(
    `<path fill="none" stroke="#555555" stroke-width="1.2" stroke-dasharray="12 4 2 4" d="${towns.map((t) => frame.path(t.geometry)).join('')}"/>`,
  );
  for (const t of towns) {
    const b = bbox(t.geometry);
    const name = t.properties.XZQMC ?? null;
    if (!b || name === null) continue;
    const [x, y] = frame.point([(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]);
    body.push(
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="12" font-family="sans-serif" text-anchor="middle" fill="#333333">${escapeHtml(String(name))}</text>`,
    );
  }
  const [cx, cy] = frame.point([(projectBox[0] + projectBox[2]) / 2, (projectBox[1] + projectBox[3]) / 2]);
  body.push(`<path fill="${PROJECT_STROKE}" stroke="${PROJECT_STROKE}" stroke-width="1" d="${frame.path(project)}"/>`);
  body.push(`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="9" fill="none" stroke="${PROJECT_STROKE}" stroke-width="2.5"/>`);
  body.push(svgScaleBar(frame, frame.heightPx - 14), northArrow(frame, language));
  const items: LegendItem[] = [
    {
      swatch: `<circle cx="12" cy="7" r="6" fill="none" stroke="${PROJECT_STROKE}" stroke-width="2.5"/>`,
      label: say('review.renderReviewMaps.project-location')[language],
    },
    { swatch: areaSwatch('none', '#555555', '12 4 2 4'), label: layerName('XZQ', language) },
  ];
  const label = say('review.renderReviewMaps.overview-label')[language];
  return wrap(frame, label, body, legend(items, frame.heightPx, language), prefix);
}
