// Pure. writeBoundaryTxt(parcels, options) → the bytes of a 部标 界址点坐标 TXT (GBK or UTF-8, CRLF by default).
// Parcels read from a TXT keep their 点号, fields and figures, so read → write gives the same file apart from
// whitespace; parcels from a lon/lat geometry (DXF, drawing) are projected to the zone and numbered J1…
// clockwise from the north-west corner (holes counter-clockwise, continuing the numbers).
import type { Ring } from '../../model/types.ts';
import { boundaryFinding } from './boundaryMessages.ts';
import { encodeText } from './encodeText.ts';
import { numberBoundaryRings, signedZoneAreaM2 } from './numberBoundaryRings.ts';
import { projectRingsToZone } from './projectRingsToZone.ts';
import type { BoundaryAttribute, BoundaryFinding, BoundaryRing } from './types.ts';

export interface BoundaryParcelInput {
  id: string;
  name?: string;
  use?: string;
  landClassCode?: string;
  shapeKind?: string;
  sheetNo?: string;
  extraFields?: string[];
  statedPointCount?: number;
  /** Written as is when given; otherwise the plane area in 公顷 with 4 decimals. */
  statedAreaText?: string;
  /** Rings in the zone (as read from a TXT). Points with an empty 点号 are numbered J…. */
  rings?: BoundaryRing[];
  /** Used when `rings` is absent: lon/lat (EPSG:4490); each part of a MultiPolygon becomes its own 地块 `id-k`. */
  geometry?: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface WriteBoundaryOptions {
  /** The zone the X/Y are in (or are projected to) and whether Y carries the zone prefix. */
  crs: { zone: number; zoneWidthDeg: 3 | 6; prefixed: boolean };
  encoding?: 'gbk' | 'utf-8';
  bom?: boolean;
  lineEnding?: '\r\n' | '\n';
  /** `[属性描述]` lines in order; default: the standard keys for CGCS2000 Gauss-Krüger in `crs`. */
  attributes?: BoundaryAttribute[];
  /** `[扩展信息]` lines; the section is written only when given. */
  extension?: string[];
  coordinateDecimals?: number;
  /** For messages. */
  fileName?: string;
}

export interface BoundaryWriteResult {
  /** null when a finding is fatal (a character GBK cannot hold). */
  bytes: Uint8Array | null;
  findings: BoundaryFinding[];
}

export function defaultBoundaryAttributes(crs: WriteBoundaryOptions['crs'], decimals: number): BoundaryAttribute[] {
  return [
    { key: '格式版本号', value: '1.01版本' },
    { key: '数据产生单位', value: '' },
    { key: '数据产生日期', value: '' },
    { key: '坐标系', value: '2000国家大地坐标系' },
    { key: '几度分带', value: String(crs.zoneWidthDeg) },
    { key: '投影类型', value: '高斯克吕格' },
    { key: '计量单位', value: '米' },
    { key: '带号', value: String(crs.zone) },
    { key: '精度', value: decimals === 0 ? '1' : `0.${'0'.repeat(decimals - 1)}1` },
    { key: '转换参数', value: ',,,,,,' },
  ];
}

export function writeBoundaryTxt(parcels: readonly BoundaryParcelInput[], options: WriteBoundaryOptions): BoundaryWriteResult {
  const decimals = options.coordinateDecimals ?? 3;
  const eol = options.lineEnding ?? '\r\n';
  const encoding = options.encoding ?? 'gbk';
  const lines: string[] = [];
  if (options.extension) lines.push('[扩展信息]', ...options.extension);
  lines.push('[属性描述]');
  for (const a of options.attributes ?? defaultBoundaryAttributes(options.crs, decimals)) lines.push(`${a.key}=${a.value}`);
  lines.push('[地块坐标]');
  for (const parcel of expandParts(parcels)) {
    const rings =
      parcel.rings ?? projectRingsToZone(parcel.geometry!.type === 'Polygon' ? parcel.geometry!.coordinates : [], options.crs, decimals);
    const numbered = numberBoundaryRings(rings);
    const total = numbered.reduce((s, r) => s + r.points.length, 0);
    const count = parcel.statedPointCount === total - numbered.length ? parcel.statedPointCount : total;
    const area = parcel.statedAreaText ?? (planeAreaM2(numbered) / 10000).toFixed(4);
    const head = [
      String(count),
      area,
      parcel.id,
      parcel.name ?? '',
      parcel.shapeKind ?? '面',
      parcel.sheetNo ?? '',
      parcel.use ?? '',
      parcel.landClassCode ?? '',
      ...(parcel.extraFields ?? []),
    ];
    lines.push(`${head.join(',')},@`);
    for (const ring of numbered)
      for (const p of ring.points) lines.push(`${p.pointId},${ring.ringNo},${p.xM.toFixed(decimals)},${p.yM.toFixed(decimals)}`);
  }
  const text = (options.bom ? '\ufeff' : '') + lines.join(eol) + eol;
  const encoded = encodeText(text, encoding);
  if (encoded.ok) return { bytes: encoded.bytes, findings: [] };
  const line = text.slice(0, encoded.index).split('\n').length;
  return {
    bytes: null,
    findings: [boundaryFinding('TXT_WRITE_GBK', { fileName: options.fileName ?? '界址点.txt', line }, { char: encoded.char })],
  };
}

function expandParts(parcels: readonly BoundaryParcelInput[]): BoundaryParcelInput[] {
  const out: BoundaryParcelInput[] = [];
  for (const p of parcels) {
    if (p.rings || !p.geometry || p.geometry.type === 'Polygon') out.push(p);
    else {
      const parts = p.geometry.coordinates;
      parts.forEach((coordinates, k) =>
        out.push({ ...p, id: parts.length > 1 ? `${p.id}-${k + 1}` : p.id, geometry: { type: 'Polygon', coordinates } }),
      );
    }
  }
  return out;
}

function planeAreaM2(rings: readonly BoundaryRing[]): number {
  return rings.reduce((s, r, i) => s + (i === 0 ? 1 : -1) * Math.abs(signedZoneAreaM2(r.points)), 0);
}
