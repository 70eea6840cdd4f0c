// Pure. The plan layers' symbols as SVG (the editor's map symbols, renderer/map/layerStyles.ts, written for SVG):
// polygon and outline layers bottom to top, and the hatch patterns two of them fill with. Shared by the review
// report's detail map and the 专题图 sheet's legend.
import type { LayerCode, Properties } from '../model/types.ts';

export interface LayerSymbol {
  fill: (f: { properties: Properties }) => string;
  stroke: string;
  widthPx: number;
  dash?: string;
}

const isCore = (f: { properties: Properties }): boolean => ['核心保护区', '核心区', '缓冲区'].includes(String(f.properties.GNFQ ?? ''));
const waterAlpha = (f: { properties: Properties }): string =>
  f.properties.BHQJB === '一级' ? '0.45' : f.properties.BHQJB === '二级' ? '0.28' : '0.15';

/** Polygon layers over the 用地用海 coverage, bottom to top; `prefix` names the hatch patterns of `hatchPatterns`. */
export function polygonSymbols(prefix: string): [LayerCode, LayerSymbol][] {
  return [
    ['ZRBHD', { fill: (f) => (isCore(f) ? 'rgba(0,90,40,0.35)' : 'rgba(120,190,90,0.25)'), stroke: '#005a28', widthPx: 1.5 }],
    ['YYSY', { fill: (f) => `rgba(30,110,200,${waterAlpha(f)})`, stroke: '#1e6ec8', widthPx: 1.5 }],
    ['STBHHX', { fill: () => `url(#${prefix}-hx)`, stroke: '#008000', widthPx: 2 }],
    ['YJJBNT', { fill: () => `url(#${prefix}-nt)`, stroke: '#d6a000', widthPx: 1.5 }],
    ['GYXM', { fill: () => 'none', stroke: '#7b4a12', widthPx: 1.2 }],
    ['CYYQ', { fill: () => 'none', stroke: '#7b4a12', widthPx: 2.5, dash: '4 3' }],
    ['JTSS', { fill: () => 'rgba(61,90,152,0.35)', stroke: '#3d5a98', widthPx: 1.5 }],
    ['CZKFBJ', { fill: () => 'none', stroke: '#c2185b', widthPx: 2.5, dash: '10 4' }],
    ['XZQ', { fill: () => 'none', stroke: '#555555', widthPx: 1.5, dash: '12 4 2 4' }],
  ];
}

/** The `<pattern>`s (no `<defs>` around them) of the hatched layers: 永久基本农田 (`-nt`) and 生态保护红线 (`-hx`). */
export function hatchPatterns(prefix: string): string {
  const hatch = (id: string, colour: string, gap: number) =>
    `<pattern id="${prefix}-${id}" width="${gap}" height="${gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${gap}" stroke="${colour}" stroke-width="1.5"/></pattern>`;
  return `${hatch('nt', 'rgba(214,160,0,0.85)', 6)}${hatch('hx', 'rgba(0,128,0,0.8)', 10)}`;
}
