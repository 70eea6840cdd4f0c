// Map symbology by meaning: 用地用海 fills from the colour table, control lines as outlines and hatching,
// reserves and water zones by zone, roads and railways by grade and corridor width. Returns OpenLayers
// style functions per layer code (styles are cached per distinct value so rendering allocates nothing).
import { GRADE_SYMBOLS, UNKNOWN_GRADE_SYMBOL } from '../../engine/model/index.ts';
import { Fill, Stroke, Style, Circle as CircleStyle } from 'ol/style.js';
import type { FeatureLike } from 'ol/Feature.js';
import type { LayerCode } from '../../engine/model/index.ts';
import { landUseColour } from './landUseColour.ts';

type StyleFn = (feature: FeatureLike, resolution: number) => Style | Style[];

/** A canvas for a pattern tile: in the page an element, in a worker (the 专题图's drawing) an OffscreenCanvas. */
function tileContext(spacingPx: number): CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null {
  if (typeof document === 'undefined') return new OffscreenCanvas(spacingPx, spacingPx).getContext('2d');
  const canvas = document.createElement('canvas');
  canvas.width = spacingPx;
  canvas.height = spacingPx;
  return canvas.getContext('2d');
}

function hatch(rgba: string, background: string | null, spacingPx = 8): CanvasPattern | string {
  const ctx = tileContext(spacingPx);
  if (!ctx) return rgba;
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, spacingPx, spacingPx);
  }
  ctx.strokeStyle = rgba;
  ctx.lineWidth = 1.2;
  ctx.beginPath();
  ctx.moveTo(0, spacingPx);
  ctx.lineTo(spacingPx, 0);
  ctx.stroke();
  return ctx.createPattern(ctx.canvas, 'repeat') ?? rgba;
}

function cached(key: (f: FeatureLike) => string, make: (f: FeatureLike) => Style | Style[]): StyleFn {
  const cache = new Map<string, Style | Style[]>();
  return (feature) => {
    const k = key(feature);
    let style = cache.get(k);
    if (!style) {
      style = make(feature);
      cache.set(k, style);
    }
    return style;
  };
}

const prop = (f: FeatureLike, name: string): string => String(f.get(name) ?? '');

export { GRADE_SYMBOLS } from '../../engine/model/index.ts';

export function createLayerStyle(layer: LayerCode): StyleFn {
  switch (layer) {
    case 'GHYDYH':
      return cached(
        (f) => prop(f, 'YDYHFLDM'),
        (f) => {
          const [r, g, b] = landUseColour(f.get('YDYHFLDM'));
          return new Style({
            fill: new Fill({ color: `rgb(${r},${g},${b})` }),
            stroke: new Stroke({ color: 'rgba(90,90,90,0.6)', width: 0.6 }),
          });
        },
      );
    case 'YJJBNT': {
      const style = new Style({
        fill: new Fill({ color: hatch('rgba(214,160,0,0.85)', null) }),
        stroke: new Stroke({ color: '#d6a000', width: 1.5 }),
      });
      return () => style;
    }
    case 'CZKFBJ': {
      const style = new Style({ stroke: new Stroke({ color: '#c2185b', width: 2.5, lineDash: [10, 4] }) });
      return () => style;
    }
    case 'XZQ': {
      const style = new Style({ stroke: new Stroke({ color: '#555555', width: 1.5, lineDash: [12, 4, 2, 4] }) });
      return () => style;
    }
    case 'STBHHX': {
      const style = new Style({
        fill: new Fill({ color: hatch('rgba(0,128,0,0.8)', null, 10) }),
        stroke: new Stroke({ color: '#008000', width: 2 }),
      });
      return () => style;
    }
    case 'ZRBHD':
      return cached(
        (f) => prop(f, 'GNFQ'),
        (f) => {
          const core = ['核心保护区', '核心区', '缓冲区'].includes(prop(f, 'GNFQ'));
          return new Style({
            fill: new Fill({ color: core ? 'rgba(0,90,40,0.35)' : 'rgba(120,190,90,0.25)' }),
            stroke: new Stroke({ color: core ? '#005a28' : '#5a9a3a', width: core ? 2 : 1.5, lineDash: core ? undefined : [6, 3] }),
          });
        },
      );
    case 'YYSY':
      return cached(
        (f) => prop(f, 'BHQJB'),
        (f) => {
          const level = prop(f, 'BHQJB');
          const alpha = level === '一级' ? 0.45 : level === '二级' ? 0.28 : 0.15;
          return new Style({
            fill: new Fill({ color: `rgba(30,110,200,${alpha})` }),
            stroke: new Stroke({ color: '#1e6ec8', width: 1.5 }),
          });
        },
      );
    case 'CYYQ': {
      // Outline only: a park spans many parcels whose own colours must stay readable.
      const style = new Style({ stroke: new Stroke({ color: '#7b4a12', width: 2.5, lineDash: [4, 3] }) });
      return () => style;
    }
    case 'GYXM':
      return cached(
        (f) => prop(f, 'YDYHFLDM') + '|' + prop(f, 'GYLX'),
        (f) => {
          const [r, g, b] = landUseColour(f.get('YDYHFLDM'));
          const heavy = prop(f, 'GYLX') === '三类工业';
          return new Style({
            fill: new Fill({ color: `rgba(${r},${g},${b},0.85)` }),
            stroke: new Stroke({ color: heavy ? '#5a1e00' : '#7b4a12', width: heavy ? 2.5 : 1.8 }),
          });
        },
      );
    case 'JTXL':
      return (f, resolution) => {
        const symbol = GRADE_SYMBOLS[prop(f, 'DJ')] ?? UNKNOWN_GRADE_SYMBOL;
        const corridorPx = Number(f.get('KD') ?? 0) / Math.max(resolution, 1e-9);
        const width = Math.max(symbol.widthPx, Math.min(corridorPx, 40));
        if (symbol.rail) {
          return [
            new Style({ stroke: new Stroke({ color: symbol.colour, width }) }),
            new Style({ stroke: new Stroke({ color: '#ffffff', width: Math.max(1, width / 3), lineDash: [10, 10] }) }),
          ];
        }
        return [
          new Style({ stroke: new Stroke({ color: 'rgba(60,60,60,0.8)', width: width + 2 }) }),
          new Style({ stroke: new Stroke({ color: symbol.colour, width }) }),
        ];
      };
    case 'JTSS': {
      const style = new Style({
        image: new CircleStyle({ radius: 6, fill: new Fill({ color: '#3d5a98' }), stroke: new Stroke({ color: '#ffffff', width: 2 }) }),
        fill: new Fill({ color: 'rgba(61,90,152,0.35)' }),
        stroke: new Stroke({ color: '#3d5a98', width: 1.5 }),
      });
      return () => style;
    }
  }
}
