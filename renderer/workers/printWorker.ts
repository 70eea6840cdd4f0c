// Web Worker: draws a 专题图's map at 300 dpi on an OffscreenCanvas and encodes it, so the page never allocates,
// fills, rasterises or encodes the 17-Mpx sheet itself. The page sends the layers in chunks (each structured clone is
// a short step), starts the drawing (progress through a proxied callback), and then either composites the
// furniture tiles it rasterised from the sheet SVG (a worker cannot decode SVG) and takes the PNG bytes, or takes
// the map frame as a PNG (the page's print sheet) or the desktop's printable HTML with the map as a data: URL. One sheet per worker; cancelling terminates it.
import * as Comlink from 'comlink';
import {
  buildSheetHtml,
  buildSheetSvg,
  pngWithDpi,
  PRINT_DPI,
  type DrawnContent,
  type SheetGround,
  type SheetInput,
} from '../../engine/mapSheet/index.ts';
import type { LayerCode, PlanFeature } from '../../engine/model/index.ts';
import { drawSheetMap, type SheetMapLayer } from '../print/drawSheetMap.ts';

export interface SheetCanvasSpec {
  /** The canvas: the whole sheet for a PNG, the map frame alone for a PDF. */
  sizePx: readonly [number, number];
  /** Where the map frame sits in the canvas, [x, y, width, height] px (the whole canvas for a PDF). */
  framePx: readonly [number, number, number, number];
  ground: SheetGround;
}

/** A rasterised part of the sheet's furniture and where it goes, in sheet pixels. */
export interface FurnitureTile {
  bitmap: ImageBitmap;
  x: number;
  y: number;
}

/** Above this many characters the map goes into the HTML as JPEG (main accepts report HTML up to 16 M characters). */
const MAX_PNG_DATA_URL_CHARS = 12_000_000;

const layers: SheetMapLayer[] = [];
let canvas: OffscreenCanvas | null = null;

function context2d(target: OffscreenCanvas): OffscreenCanvasRenderingContext2D {
  const context = target.getContext('2d');
  if (!context) throw new Error(`no 2D canvas of ${target.width}×${target.height} px (out of memory?)`);
  return context;
}

function drawnCanvas(): OffscreenCanvas {
  if (!canvas) throw new Error('the print worker has drawn no sheet yet');
  return canvas;
}

function readDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the map image could not be read back'));
    reader.readAsDataURL(blob);
  });
}

const api = {
  /** Adds features to layer `index` (created with its code and opacity on its first chunk), in drawing order. */
  addFeatures(index: number, layer: LayerCode, opacity: number, features: PlanFeature[]): void {
    const entry = layers[index] ?? (layers[index] = { layer, opacity, features: [] });
    (entry.features as PlanFeature[]).push(...features);
  },

  /** Draws the layers into a new white canvas, clipped to the map frame; returns what was drawn, for the legend. */
  async draw(spec: SheetCanvasSpec, onProgress?: (done: number, total: number) => void): Promise<DrawnContent> {
    canvas = new OffscreenCanvas(spec.sizePx[0], spec.sizePx[1]);
    const context = context2d(canvas);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    const [x, y, w, h] = spec.framePx;
    context.save();
    context.beginPath();
    context.rect(x, y, w, h);
    context.clip();
    context.translate(x, y);
    try {
      // A layer whose chunks never came (no features) leaves a hole.
      return await drawSheetMap(context, layers.filter(Boolean), spec.ground, { onProgress });
    } finally {
      context.restore();
      layers.length = 0;
    }
  },

  /** Draws the furniture tiles over the sheet (white paper with a hole where the map is, text, legend, frame). */
  composite(tiles: FurnitureTile[]): void {
    const context = context2d(drawnCanvas());
    for (const tile of tiles) {
      context.drawImage(tile.bitmap, tile.x, tile.y);
      tile.bitmap.close();
    }
  },

  /** The canvas as a 300-dpi PNG (with its pHYs resolution), transferred. */
  async png(): Promise<Uint8Array> {
    const target = drawnCanvas();
    const blob = await target.convertToBlob({ type: 'image/png' });
    const bytes = pngWithDpi(new Uint8Array(await blob.arrayBuffer()), PRINT_DPI);
    return Comlink.transfer(bytes, [bytes.buffer]);
  },

  /** The canvas as a PNG (a Blob crosses to the page without copying its bytes into the page's heap). */
  mapPng(): Promise<Blob> {
    return drawnCanvas().convertToBlob({ type: 'image/png' });
  },

  /**
   * The printable page (one page of the chosen paper) for the desktop's printToPDF: the sheet SVG with the map frame as
   * a data: URL, built here, so the page never copies or scans its megabytes.
   */
  async sheetHtml(sheet: SheetInput): Promise<string> {
    const svg = buildSheetSvg({ ...sheet, mapImageHref: await mapDataUrl() });
    return buildSheetHtml(svg, sheet.layout, sheet.title, sheet.language);
  },
};

/** The canvas as a data: URL: PNG, or JPEG when a busy A3 map would make the PNG too large for the HTML. */
async function mapDataUrl(): Promise<string> {
  const target = drawnCanvas();
  let blob = await target.convertToBlob({ type: 'image/png' });
  // base64 makes 4 characters of 3 bytes.
  if ((blob.size * 4) / 3 > MAX_PNG_DATA_URL_CHARS) blob = await target.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  return readDataUrl(blob);
}

export type PrintWorkerApi = typeof api;

Comlink.expose(api);
