// Pure. The shapes of the 部标 界址点坐标 TXT reader and writer: parcels (地块) with their rings in the file's
// Gauss-Krüger zone and in EPSG:4490, the zone found, and findings with a Chinese and an English message.
import type { Ring } from '../../model/types.ts';

export type BoundaryFindingLevel = 'fatal' | 'quality' | 'warning';

export interface BoundaryFinding {
  level: BoundaryFindingLevel;
  code: string;
  messageZh: string;
  messageEn: string;
  /** 1-based line in the file, when the finding is about one line. */
  line?: number;
  /** 1-based index of the 地块 in the file and its 编号, when the finding is about one 地块. */
  parcelIndex?: number;
  parcelId?: string;
  pointId?: string;
}

export interface BoundaryPoint {
  /** 点号 as written (J1 …); empty when the source had none (DXF, drawing). */
  pointId: string;
  /** X: northing in metres. */
  xM: number;
  /** Y: easting in metres, as in the file (with the zone prefix when the file has one). */
  yM: number;
}

export interface BoundaryRing {
  /** 圈号: 1 is the outer ring, 2 and up are holes. */
  ringNo: number;
  /** Closed: the last point repeats the first. */
  points: BoundaryPoint[];
}

export interface BoundaryParcel {
  /** 地块编号, 地块名称, 地块用途, 地类编码 as written. */
  id: string;
  name: string;
  use: string;
  landClassCode: string;
  /** 记录图形属性 (面/线/点) and 图幅号. */
  shapeKind: string;
  sheetNo: string;
  /** Header fields after 地类编码 in provinces' longer variants, kept for writing back. */
  extraFields: string[];
  /** 界址点数 as written: some software counts the closing repeats (J1 … J1), some does not. */
  statedPointCount: number;
  /** 地块面积 (公顷) as written, and as a number (undefined when empty). */
  statedAreaText: string;
  statedAreaHa?: number;
  /** Area on the zone's plane (what surveyors state) and on GRS80, both in m². */
  planeAreaM2: number;
  grs80AreaM2: number;
  rings: BoundaryRing[];
  /** lon/lat (EPSG:4490), outer ring counter-clockwise, holes clockwise. */
  geometry: { type: 'Polygon'; coordinates: Ring[] };
}

export interface BoundaryCrs {
  /** The projected CRS of the file's X/Y (with the prefix when the file carries it). */
  epsg: number;
  zone: number;
  zoneWidthDeg: 3 | 6;
  prefixed: boolean;
  centralMeridianDeg: number;
}

export interface BoundaryAttribute {
  key: string;
  value: string;
}

export interface BoundaryReadResult {
  /** Empty whenever a finding is fatal: nothing half-read is handed on. */
  parcels: BoundaryParcel[];
  crs?: BoundaryCrs;
  /** `[属性描述]` key=value lines in file order, and `[扩展信息]` lines (undefined when the file has none). */
  attributes: BoundaryAttribute[];
  extension?: string[];
  encoding: 'utf-8' | 'gbk';
  bom: boolean;
  lineEnding: '\r\n' | '\n';
  /** Decimals of the X/Y numbers in the file (max over points), for writing back identically. */
  coordinateDecimals: number;
  findings: BoundaryFinding[];
}
