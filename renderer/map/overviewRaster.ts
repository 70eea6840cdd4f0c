// Draws every feature of a large layer once into an image (Web Mercator, a few thousand pixels wide) in
// small slices that yield to the event loop between them, so no main-thread task is long. The map shows
// this image at overview scales instead of hundreds of thousands of vector features (generalised by
// rasterising), and switches to extent-fed vector features at editing scales.
import type { LayerCode, PlanFeature, Position } from '../../engine/model/index.ts';
import { landUseColour } from './landUseColour.ts';
import { createFingerprint } from './fingerprint.ts';
import { nextTask } from './nextTask.ts';
import { createOrientedTracer } from './orientedPath.ts';

const R = 6378137;
/** Features per slice: at 300k parcels a slice takes about 3 ms to trace and 7 ms to rasterise (FinalizeFrame). */
const SLICE = 4000;

/** Part of every fingerprint: raise it when the drawing below changes, so images stored by an older editor are
 *  drawn again. */
const DRAWING_VERSION = 1;
/** Features fingerprinted between two turns of the event loop. */
const FINGERPRINT_SLICE = 20_000;

export interface OverviewImage {
  /** The canvas drawn here (shown as it is: no PNG encoded and decoded again, 0.3 s of this thread at 300k
   *  parcels), or one decoded from a stored image. */
  image: HTMLCanvasElement | ImageBitmap;
  /** EPSG:3857 extent of the image. */
  extent: [number, number, number, number];
}

function mercator(p: Position): [number, number] {
  return [(R * p[0] * Math.PI) / 180, R * Math.log(Math.tan(Math.PI / 4 + (p[1] * Math.PI) / 360))];
}

const OUTLINES: Partial<Record<LayerCode, string>> = {
  YJJBNT: '#d6a000',
  CZKFBJ: '#c2185b',
  XZQ: '#555555',
  STBHHX: '#008000',
  ZRBHD: '#005a28',
  YYSY: '#1e6ec8',
  CYYQ: '#7b4a12',
  JTXL: '#e8591a',
  JTSS: '#3d5a98',
};

/** One fill string per 用地用海 code: the colour table is read once per code, and the fingerprint's palette looks up
 *  the same string object each time (its hash kept) instead of a new one per parcel. */
const fillByCode = new Map<unknown, string>();

function landUseFill(code: unknown): string {
  let fill = fillByCode.get(code);
  if (fill === undefined) {
    const [r, g, b] = landUseColour(code);
    fill = `rgb(${r},${g},${b})`;
    fillByCode.set(code, fill);
  }
  return fill;
}

/** Fill and outline of a feature in the overview (a simplification of layerStyles.ts). */
function paintOf(layer: LayerCode, f: PlanFeature): { fill: string | null; stroke: string | null } {
  if (layer === 'GHYDYH' || layer === 'GYXM') return { fill: landUseFill(f.properties.YDYHFLDM), stroke: null };
  return { fill: null, stroke: OUTLINES[layer] ?? '#666666' };
}

/** The width of the image in pixels and its EPSG:3857 extent, for a layer's lon/lat bounds. */
function frameOf(lonLatBounds: readonly [number, number, number, number], widthPx: number) {
  const [x0, y0] = mercator([lonLatBounds[0], lonLatBounds[1]]);
  const [x1, y1] = mercator([lonLatBounds[2], lonLatBounds[3]]);
  const scale = widthPx / Math.max(x1 - x0, 1e-9);
  return { x0, y0, x1, y1, scale, heightPx: Math.max(1, Math.round((y1 - y0) * scale)) };
}

/** Everything the image of `renderOverview` is drawn from (the features in order, their paint and geometry, the
 *  bounds, the width, the drawing's version), as 16 hex digits; null when aborted. Sliced like the drawing: about
 *  60 ms for 300k parcels in Chromium. */
export async function overviewFingerprint(
  layer: LayerCode,
  features: readonly PlanFeature[],
  lonLatBounds: readonly [number, number, number, number],
  signal: { aborted: boolean },
  widthPx = 3000,
): Promise<string | null> {
  const print = createFingerprint();
  print.number(DRAWING_VERSION);
  print.string(layer);
  for (const v of lonLatBounds) print.number(v);
  print.number(widthPx);
  print.number(features.length);
  // Each feature's paints as their index in a palette, fingerprinted after the features (a string per feature
  // would be most of the work).
  const palette = new Map<string, number>();
  const paintIndex = (paint: string | null) => {
    if (paint === null) return -1;
    let index = palette.get(paint);
    if (index === undefined) palette.set(paint, (index = palette.size));
    return index;
  };
  for (let start = 0; start < features.length; start += FINGERPRINT_SLICE) {
    if (signal.aborted) return null;
    const end = Math.min(features.length, start + FINGERPRINT_SLICE);
    for (let i = start; i < end; i++) {
      const f = features[i]!;
      const paint = paintOf(layer, f);
      print.number(paintIndex(paint.fill));
      print.number(paintIndex(paint.stroke));
      print.geometry(f.geometry);
    }
    if (end < features.length) await nextTask();
  }
  for (const paint of palette.keys()) print.string(paint);
  return signal.aborted ? null : print.digest();
}

/** The stored PNG of an image with this fingerprint, decoded (off this thread) at the extent it was drawn at. */
export async function storedOverview(
  png: Uint8Array,
  lonLatBounds: readonly [number, number, number, number],
  widthPx = 3000,
): Promise<OverviewImage | null> {
  const { x0, y0, x1, y1, heightPx } = frameOf(lonLatBounds, widthPx);
  const image = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  if (image.width !== widthPx || image.height !== heightPx) {
    image.close();
    return null;
  }
  return { image, extent: [x0, y0, x1, y1] };
}

export async function renderOverview(
  layer: LayerCode,
  features: readonly PlanFeature[],
  lonLatBounds: readonly [number, number, number, number],
  signal: { aborted: boolean },
  widthPx = 3000,
): Promise<OverviewImage | null> {
  const { x0, y0, x1, y1, scale, heightPx } = frameOf(lonLatBounds, widthPx);
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.lineWidth = 1;
  const tracer = createOrientedTracer((p, out, at) => {
    const [x, y] = mercator(p);
    out[at] = (x - x0) * scale;
    out[at + 1] = (y1 - y) * scale;
  });
  for (let start = 0; start < features.length; start += SLICE) {
    if (signal.aborted) return null;
    // One path per colour in each slice: a few dozen fills instead of one per feature (0.99 → 0.38 s for 300k
    // parcels). Within a slice the colours are painted in the order they first appear, so where parcels of two
    // colours overlap the one on top is not always the later; the slices keep the document's order.
    const fills = new Map<string, Path2D>();
    const strokes = new Map<string, Path2D>();
    const end = Math.min(features.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const f = features[i]!;
      const paint = paintOf(layer, f);
      if (paint.fill) tracer.trace(f.geometry, pathOf(fills, paint.fill));
      if (paint.stroke) tracer.trace(f.geometry, pathOf(strokes, paint.stroke));
    }
    for (const [colour, path] of fills) {
      ctx.fillStyle = colour;
      ctx.fill(path, 'nonzero');
    }
    for (const [colour, path] of strokes) {
      ctx.strokeStyle = colour;
      ctx.stroke(path);
    }
    await nextTask();
  }
  if (signal.aborted) return null;
  return { image: canvas, extent: [x0, y0, x1, y1] };
}

function pathOf(paths: Map<string, Path2D>, colour: string): Path2D {
  let path = paths.get(colour);
  if (!path) {
    path = new Path2D();
    paths.set(colour, path);
  }
  return path;
}
