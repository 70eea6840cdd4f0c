// Pure. The plan-document model every layer shares: kinds, layers, features, metadata.
// A plan document is a GeoJSON FeatureCollection (EPSG:4490, lon/lat) with a `plan` foreign member,
// so QGIS opens it as it is. Each feature names its layer in the `layer` foreign member.

export type PlanKind = 'land' | 'ecology' | 'industry' | 'transport';

/** Database-standard layer codes (product.md §3). */
export type LayerCode =
  | 'GHYDYH' // 规划用地用海 (full coverage)
  | 'YJJBNT' // 永久基本农田
  | 'CZKFBJ' // 城镇开发边界
  | 'XZQ' // 行政区
  | 'STBHHX' // 生态保护红线
  | 'ZRBHD' // 自然保护地
  | 'YYSY' // 饮用水水源保护区
  | 'CYYQ' // 产业园区
  | 'GYXM' // 产业项目
  | 'JTXL' // 交通线路
  | 'JTSS'; // 交通设施

export type Classification = 'ydyh2023' | 'sandiao';

export type Position = [number, number] | [number, number, number];
export type Ring = Position[];

export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Ring[] }
  | { type: 'MultiPolygon'; coordinates: Ring[][] };

export type GeometryType = Geometry['type'];

/** Attribute values as stored: JSON scalars only (national field names as keys: BSM, YDYHFLDM, MJ …). */
export type PropertyValue = string | number | boolean | null;
export type Properties = Record<string, PropertyValue>;

declare const featureIdBrand: unique symbol;
declare const planIdBrand: unique symbol;
/** UUIDv5 of (plan id, BSM or source id): stable across runs and re-imports. */
export type FeatureId = string & { readonly [featureIdBrand]: true };
export type PlanId = string & { readonly [planIdBrand]: true };

export interface PlanFeature {
  type: 'Feature';
  id: FeatureId;
  layer: LayerCode;
  geometry: Geometry;
  properties: Properties;
}

export interface ApprovalDocument {
  /** 批准文号, e.g. 豫政文〔2023〕112号 */
  number: string;
  /** 批准机关 */
  authority: string;
  /** ISO date */
  date?: string;
}

export interface PlanMeta {
  /** Version of the plan-document schema this file follows. */
  schemaVersion: string;
  kind: PlanKind;
  id: PlanId;
  title: string;
  department: string;
  /** The plan's own version (v1, v2 … of a department's submission). */
  version: string;
  period: { start: number; end: number };
  classification: Classification;
  approval?: ApprovalDocument;
  /** CRS the data arrived in (provenance); storage is always EPSG:4490. */
  sourceCrs: string;
}

export interface PlanDocument {
  type: 'FeatureCollection';
  plan: PlanMeta;
  features: PlanFeature[];
}
