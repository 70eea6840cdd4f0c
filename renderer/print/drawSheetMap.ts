// drawSheetMap(context, layers, ground, options) → draws plan features onto a 300-dpi canvas in CGCS2000
// Gauss-Krüger (the sheet's zone), with the editor's own OpenLayers styles through OpenLayers' immediate canvas
// renderer (ol/render toContext), in slices of ~25 ms that report progress and can be cancelled between them. It
// runs in the print worker on an OffscreenCanvas (renderer/workers/printWorker.ts); a page canvas works too.
// Returns what was drawn, for the legend.
import type { FeatureLike } from 'ol/Feature.js';
import { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, type Geometry as OlGeometry } from 'ol/geom.js';
import { toContext } from 'ol/render.js';
import type { Style } from 'ol/style.js';
import type { DrawnContent, SheetGround } from '../../engine/mapSheet/index.ts';
import { CSS_DPI, extentMToLonLatBox, gaussKrugerZone, PRINT_DPI } from '../../engine/mapSheet/index.ts';
import type { Geometry, LayerCode, PlanFeature, Position } from '../../engine/model/index.ts';
import { geometryBounds } from '../map/featureFeed.ts';
import { createLayerStyle } from '../map/layerStyles.ts';

export interface SheetMapLayer {
  layer: LayerCode;
  /** The layer's opacity in the layer tree (0–1). */
  opacity: number;
  features: readonly PlanFeature[];
}

export interface DrawOptions {
  signal?: AbortSignal;
  /** Features looked at so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** A slice of drawing takes about this long before the page gets a turn. */
const SLICE_MS = 25;

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function abortError(): DOMException {
  return new DOMException('cancelled', 'AbortError');
}

export async function drawSheetMap(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  layers: readonly SheetMapLayer[],
  ground: SheetGround,
  options: DrawOptions = {},
): Promise<DrawnContent> {
  const zone = gaussKrugerZone(ground.zone);
  const [minE, , , maxN] = ground.extentM;
  const perPx = ground.metresPerCssPx;
  // Features are picked by a lon/lat box a little larger than the sheet's (the GK frame is not a lon/lat box).
  const box = extentMToLonLatBox(zone, ground.extentM);
  const padLon = (box[2] - box[0]) * 0.01;
  const padLat = (box[3] - box[1]) * 0.01;
  const view = [box[0] - padLon, box[1] - padLat, box[2] + padLon, box[3] + padLat];
  const box4 = new Float64Array(4);
  const toPx = (p: Position): number[] => {
    const [e, n] = zone.forward(p[0], p[1]);
    return [(e - minE) / perPx, (maxN - n) / perPx];
  };
  const ring = (r: Position[]): number[][] => r.map(toPx);
  const toOl = (g: Geometry): OlGeometry | null => {
    switch (g.type) {
      case 'Point':
        return new Point(toPx(g.coordinates));
      case 'MultiPoint':
        return new MultiPoint(g.coordinates.map(toPx));
      case 'LineString':
        return new LineString(ring(g.coordinates));
      case 'MultiLineString':
        return new MultiLineString(g.coordinates.map(ring));
      case 'Polygon':
        return new Polygon(g.coordinates.map(ring));
      case 'MultiPolygon':
        return new MultiPolygon(g.coordinates.map((poly) => poly.map(ring)));
      default:
        return null;
    }
  };

  // OpenLayers types the context as the page's; it draws on an OffscreenCanvas's alike (its own worker rendering does).
  const renderer = toContext(context as CanvasRenderingContext2D, { pixelRatio: PRINT_DPI / CSS_DPI });
  const drawn = { layers: new Set<LayerCode>(), landUseCodes: new Set<string>(), grades: new Set<string>() };
  const total = layers.reduce((n, l) => n + l.features.length, 0);
  let done = 0;
  let sliceStart = performance.now();
  options.onProgress?.(0, total);
  for (const { layer, opacity, features } of layers) {
    const style = createLayerStyle(layer);
    context.globalAlpha = opacity;
    for (const f of features) {
      done++;
      if (performance.now() - sliceStart > SLICE_MS) {
        // Chromium records canvas drawing and rasterises it later in one go; reading one pixel makes each slice
        // rasterise its own part now (the recording stays small, and progress tells the drawing's true pace).
        context.getImageData(0, 0, 1, 1);
        options.onProgress?.(done, total);
        await nextTurn();
        if (options.signal?.aborted) throw abortError();
        sliceStart = performance.now();
      }
      // An empty geometry leaves the box inverted (min > max), which the test below rejects.
      geometryBounds(f.geometry, box4);
      if (box4[2]! < view[0]! || box4[0]! > view[2]! || box4[3]! < view[1]! || box4[1]! > view[3]!) continue;
      const geometry = toOl(f.geometry);
      if (!geometry) continue;
      // The editor's style functions read properties through get(); the metres per CSS pixel make corridor widths true to scale.
      const like = { get: (name: string) => f.properties[name] } as unknown as FeatureLike;
      const styles = style(like, perPx);
      for (const s of (Array.isArray(styles) ? styles : [styles]) as Style[]) {
        renderer.setStyle(s);
        renderer.drawGeometry(geometry);
      }
      drawn.layers.add(layer);
      if (layer === 'GHYDYH' && typeof f.properties.YDYHFLDM === 'string') drawn.landUseCodes.add(f.properties.YDYHFLDM);
      if (layer === 'JTXL') drawn.grades.add(String(f.properties.DJ ?? ''));
    }
  }
  context.globalAlpha = 1;
  options.onProgress?.(total, total);
  return drawn;
}
