// Draws every feature of a large layer once into an image (Web Mercator, a few thousand pixels wide) in
// small slices that yield to the event loop between them, so no main-thread task is long. The map shows
// this image at overview scales instead of hundreds of thousands of vector features (generalised by
// rasterising), and switches to extent-fed vector features at editing scales.
import type { Geometry, LayerCode, PlanFeature, Position } from '../../engine/model/index.ts';
import { landUseColour } from './landUseColour.ts';

const R = 6378137;
const SLICE = 4000;

export interface OverviewImage {
  url: string;
  /** EPSG:3857 extent of the image. */
  extent: [number, number, number, number];
}

function mercator(p: Position): [number, number] {
  return [(R * p[0] * Math.PI) / 180, R * Math.log(Math.tan(Math.PI / 4 + (p[1] * Math.PI) / 360))];
}

/** Fill and outline of a feature in the overview (a simplification of layerStyles.ts). */
function paintOf(layer: LayerCode, f: PlanFeature): { fill: string | null; stroke: string | null } {
  if (layer === 'GHYDYH' || layer === 'GYXM') {
    const [r, g, b] = landUseColour(f.properties.YDYHFLDM);
    return { fill: `rgb(${r},${g},${b})`, stroke: null };
  }
  const outline: Partial<Record<LayerCode, string>> = {
    YJJBNT: '#d6a000', CZKFBJ: '#c2185b', XZQ: '#555555', STBHHX: '#008000', ZRBHD: '#005a28',
    YYSY: '#1e6ec8', CYYQ: '#7b4a12', JTXL: '#e8591a', JTSS: '#3d5a98',
  };
  return { fill: null, stroke: outline[layer] ?? '#666666' };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function renderOverview(
  layer: LayerCode,
  features: readonly PlanFeature[],
  lonLatBounds: readonly [number, number, number, number],
  signal: { aborted: boolean },
  widthPx = 3000,
): Promise<OverviewImage | null> {
  const [x0, y0] = mercator([lonLatBounds[0], lonLatBounds[1]]);
  const [x1, y1] = mercator([lonLatBounds[2], lonLatBounds[3]]);
  const scale = widthPx / Math.max(x1 - x0, 1e-9);
  const heightPx = Math.max(1, Math.round((y1 - y0) * scale));
  const canvas = document.createElement('canvas');
  canvas.width = widthPx;
  canvas.height = heightPx;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.lineWidth = 1;
  const moveRing = (ring: Position[]) => {
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = mercator(ring[i]!);
      const px = (x - x0) * scale;
      const py = (y1 - y) * scale;
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    }
  };
  const trace = (g: Geometry) => {
    switch (g.type) {
      case 'Polygon':
      case 'MultiLineString':
        g.coordinates.forEach(moveRing);
        break;
      case 'MultiPolygon':
        for (const p of g.coordinates) p.forEach(moveRing);
        break;
      case 'LineString':
        moveRing(g.coordinates);
        break;
      default:
        break;
    }
  };
  for (let start = 0; start < features.length; start += SLICE) {
    if (signal.aborted) return null;
    const end = Math.min(features.length, start + SLICE);
    for (let i = start; i < end; i++) {
      const f = features[i]!;
      const paint = paintOf(layer, f);
      ctx.beginPath();
      trace(f.geometry);
      if (paint.fill) {
        ctx.fillStyle = paint.fill;
        ctx.fill('evenodd');
      }
      if (paint.stroke) {
        ctx.strokeStyle = paint.stroke;
        ctx.stroke();
      }
    }
    await nextTask();
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || signal.aborted) return null;
  return { url: URL.createObjectURL(blob), extent: [x0, y0, x1, y1] };
}
