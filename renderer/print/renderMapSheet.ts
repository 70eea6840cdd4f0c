// The 专题图 pipeline in the page: plan the sheet (layout and ground, synchronous, for the dialog); the print worker
// draws its map at 300 dpi in Gauss-Krüger on an OffscreenCanvas (cancellable, with progress); then either the whole
// sheet as a 300-dpi PNG (the sheet SVG's furniture rasterised here tile by tile, composited over the map and encoded
// in the worker) or the sheet SVG with the worker's map frame as an image (the desktop's printable HTML, built in the
// worker with a data: URL; for printing in this page, a blob: URL). No step of the
// page handles the sheet's pixels all at once, so the page stays responsive throughout.
import {
  buildSheetSvg,
  mmToPx,
  PRINT_DPI,
  sheetGround,
  sheetLayout,
  sheetTiles,
  type DrawnContent,
  type Orientation,
  type PaperSize,
  type SheetGround,
  type SheetInput,
  type SheetLayout,
} from '../../engine/mapSheet/index.ts';
import * as Comlink from 'comlink';
import type { FurnitureTile } from '../workers/printWorker.ts';
import type { DrawOptions, SheetMapLayer } from './drawSheetMap.ts';
import { startSheetWorker, type SheetWorker } from './startSheetWorker.ts';

export interface SheetRequest {
  paper: PaperSize;
  orientation: Orientation;
  /** A scale denominator, or 'fit' to the map's current view. */
  scale: number | 'fit';
  title: string;
  unit: string;
  /** YYYY-MM-DD. */
  date: string;
  language: 'zh' | 'en';
  /** The map view: its centre (a fixed scale centres on it) and its lon/lat box ('fit' shows all of it). */
  centreLonLat: readonly [number, number];
  viewBoxLonLat: readonly [number, number, number, number];
}

export interface SheetPlan {
  layout: SheetLayout;
  ground: SheetGround;
  /** The map frame at 300 dpi. */
  mapPx: [number, number];
  /** The whole sheet at 300 dpi. */
  sheetPx: [number, number];
}

export type SheetOutput = 'png' | 'pdf';

export interface SheetOptions extends DrawOptions {
  /** The map is drawn; the sheet is being finished (furniture, encoding). */
  onWriting?: () => void;
}

export function planSheet(request: SheetRequest): SheetPlan {
  const layout = sheetLayout(request.paper, request.orientation);
  const ground = sheetGround([layout.map.width, layout.map.height], request.scale, request.centreLonLat, request.viewBoxLonLat);
  return {
    layout,
    ground,
    mapPx: [mmToPx(layout.map.width, PRINT_DPI), mmToPx(layout.map.height, PRINT_DPI)],
    sheetPx: [mmToPx(layout.widthMm, PRINT_DPI), mmToPx(layout.heightMm, PRINT_DPI)],
  };
}

interface DrawnSheet {
  plan: SheetPlan;
  drawn: DrawnContent;
  worker: SheetWorker;
}

/**
 * Has a print worker draw the map at 300 dpi: for a PNG into a canvas of the whole sheet (one canvas: a second for
 * the map alone would double the memory), for a PDF into the map frame alone. The caller stops the worker.
 */
async function drawSheet(
  layers: readonly SheetMapLayer[],
  request: SheetRequest,
  output: SheetOutput,
  options: SheetOptions,
): Promise<DrawnSheet> {
  const plan = planSheet(request);
  const worker = await startSheetWorker(layers, options.signal);
  try {
    const framePx: [number, number, number, number] =
      output === 'png'
        ? [mmToPx(plan.layout.map.x, PRINT_DPI), mmToPx(plan.layout.map.y, PRINT_DPI), plan.mapPx[0], plan.mapPx[1]]
        : [0, 0, plan.mapPx[0], plan.mapPx[1]];
    const progress = options.onProgress && Comlink.proxy(options.onProgress);
    const drawn = await worker.call(
      worker.api.draw({ sizePx: output === 'png' ? plan.sheetPx : plan.mapPx, framePx, ground: plan.ground }, progress),
    );
    options.onWriting?.();
    return { plan, drawn, worker };
  } catch (error) {
    worker.stop();
    throw error;
  }
}

function sheetInput(plan: SheetPlan, drawn: DrawnContent, request: SheetRequest): SheetInput {
  return {
    layout: plan.layout,
    ground: plan.ground,
    title: request.title,
    unit: request.unit,
    date: request.date,
    language: request.language,
    drawn,
  };
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Furniture tiles are this many pixels square: 400 CSS px, ~1.6 Mpx, a short step each to rasterise. */
const FURNITURE_TILE_PX = 1250;

/**
 * The furniture (title, legend, scale bar, north arrow, notes, and white paper with a hole where the map is) is the
 * same SVG the PDF prints, rasterised at 300 dpi tile by tile and sent to the worker to draw over the map.
 */
async function compositeFurniture(sheet: DrawnSheet, request: SheetRequest): Promise<void> {
  const input = { ...sheetInput(sheet.plan, sheet.drawn, request), pixelSize: sheet.plan.sheetPx };
  for (const tile of sheetTiles(sheet.plan.sheetPx, FURNITURE_TILE_PX)) {
    const image = await sheet.worker.call(loadSvgImage(buildSheetSvg({ ...input, pixelTile: tile })));
    const bitmap = await sheet.worker.call(createImageBitmap(image));
    const part: FurnitureTile = { bitmap, x: tile[0], y: tile[1] };
    await sheet.worker.call(sheet.worker.api.composite(Comlink.transfer([part], [bitmap])));
  }
}

/** The whole sheet as a 300-dpi PNG (with its pHYs resolution). */
export async function sheetPngBytes(
  layers: readonly SheetMapLayer[],
  request: SheetRequest,
  options: SheetOptions = {},
): Promise<Uint8Array> {
  const sheet = await drawSheet(layers, request, 'png', options);
  try {
    await compositeFurniture(sheet, request);
    return await sheet.worker.call(sheet.worker.api.png());
  } finally {
    sheet.worker.stop();
  }
}

export interface SheetSvg {
  svg: string;
  layout: SheetLayout;
}

export interface PageSheet extends SheetSvg {
  /** The blob: URL of the map frame's PNG that the SVG shows; the caller revokes it. */
  mapUrl: string;
}

/**
 * The sheet SVG for printing in this page: the map as a blob: URL of its PNG (img-src allows blob:), so the page never
 * holds, escapes or parses megabytes of data: URL.
 */
export async function sheetForPage(
  layers: readonly SheetMapLayer[],
  request: SheetRequest,
  options: SheetOptions = {},
): Promise<PageSheet> {
  const sheet = await drawSheet(layers, request, 'pdf', options);
  try {
    const png = await sheet.worker.call(sheet.worker.api.mapPng());
    const mapUrl = URL.createObjectURL(png);
    const svg = buildSheetSvg({ ...sheetInput(sheet.plan, sheet.drawn, request), mapImageHref: mapUrl });
    return { svg, layout: sheet.plan.layout, mapUrl };
  } finally {
    sheet.worker.stop();
  }
}

/** The printable page (one page of the chosen paper) for printToPDF, built in the worker. */
export async function sheetHtml(layers: readonly SheetMapLayer[], request: SheetRequest, options: SheetOptions = {}): Promise<string> {
  const sheet = await drawSheet(layers, request, 'pdf', options);
  try {
    return await sheet.worker.call(sheet.worker.api.sheetHtml(sheetInput(sheet.plan, sheet.drawn, request)));
  } finally {
    sheet.worker.stop();
  }
}
