// Pure. The layer catalogue: which plan kind carries which layer, its Chinese name and geometry.
import type { GeometryType, LayerCode, PlanKind } from './types.ts';

export interface LayerInfo {
  code: LayerCode;
  kind: PlanKind;
  nameZh: string;
  nameEn: string;
  geometry: 'polygon' | 'line' | 'point-or-polygon';
}

export const LAYERS: readonly LayerInfo[] = [
  { code: 'GHYDYH', kind: 'land', nameZh: '规划用地用海', nameEn: 'Planned land and sea use', geometry: 'polygon' },
  { code: 'YJJBNT', kind: 'land', nameZh: '永久基本农田', nameEn: 'Permanent basic farmland', geometry: 'polygon' },
  { code: 'CZKFBJ', kind: 'land', nameZh: '城镇开发边界', nameEn: 'Urban development boundary', geometry: 'polygon' },
  { code: 'XZQ', kind: 'land', nameZh: '行政区', nameEn: 'Administrative division', geometry: 'polygon' },
  { code: 'STBHHX', kind: 'ecology', nameZh: '生态保护红线', nameEn: 'Ecological protection red line', geometry: 'polygon' },
  { code: 'ZRBHD', kind: 'ecology', nameZh: '自然保护地', nameEn: 'Nature reserve', geometry: 'polygon' },
  { code: 'YYSY', kind: 'ecology', nameZh: '饮用水水源保护区', nameEn: 'Drinking-water source protection zone', geometry: 'polygon' },
  { code: 'CYYQ', kind: 'industry', nameZh: '产业园区', nameEn: 'Industrial park', geometry: 'polygon' },
  { code: 'GYXM', kind: 'industry', nameZh: '产业项目', nameEn: 'Industrial project', geometry: 'polygon' },
  { code: 'JTXL', kind: 'transport', nameZh: '交通线路', nameEn: 'Transport line', geometry: 'line' },
  { code: 'JTSS', kind: 'transport', nameZh: '交通设施', nameEn: 'Transport facility', geometry: 'point-or-polygon' },
];

export const PLAN_KINDS: readonly PlanKind[] = ['land', 'ecology', 'industry', 'transport'];

export const KIND_DEPARTMENT_ZH: Readonly<Record<PlanKind, string>> = {
  land: '自然资源和规划局',
  ecology: '生态环境局',
  industry: '发展改革委/工信局',
  transport: '交通运输局',
};

const byCode = new Map(LAYERS.map((l) => [l.code, l]));

export function layerInfo(code: LayerCode): LayerInfo {
  const info = byCode.get(code);
  if (!info) throw new Error(`unknown layer ${code}`);
  return info;
}

export function isLayerCode(value: unknown): value is LayerCode {
  return typeof value === 'string' && byCode.has(value as LayerCode);
}

export function layersOfKind(kind: PlanKind): LayerInfo[] {
  return LAYERS.filter((l) => l.kind === kind);
}

const allowedGeometry: Record<LayerInfo['geometry'], readonly GeometryType[]> = {
  polygon: ['Polygon', 'MultiPolygon'],
  line: ['LineString', 'MultiLineString'],
  'point-or-polygon': ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'],
};

export function geometryTypesOf(code: LayerCode): readonly GeometryType[] {
  return allowedGeometry[layerInfo(code).geometry];
}
