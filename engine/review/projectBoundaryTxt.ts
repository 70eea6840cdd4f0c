// Pure. projectBoundaryTxt(project) → a 部标 界址点坐标 TXT of the project's boundary, for the surveyor and the
// approval system. A boundary that came with 界址点 in a Gauss-Krüger zone (TXT, DXF, Shapefile, typed) is written
// from those points, 点号 and 圈号 as they were; a drawn one (lon/lat only) is projected to the 3-degree zone it
// lies in and numbered J1… clockwise from the north-west corner.
import { crsInfo, parseEpsgReference } from '../import/crs/crsCatalog.ts';
import type { BoundaryRing } from '../import/boundary/types.ts';
import {
  writeBoundaryTxt,
  type BoundaryParcelInput,
  type BoundaryWriteResult,
  type WriteBoundaryOptions,
} from '../import/boundary/writeBoundaryTxt.ts';
import type { ProjectDocument } from './types.ts';

/** The zone of a Gauss-Krüger EPSG code, or undefined for any other CRS. */
function zoneOf(crs: string): WriteBoundaryOptions['crs'] | undefined {
  const epsg = parseEpsgReference(crs);
  const info = epsg === undefined ? undefined : crsInfo(epsg);
  const cm = info?.centralMeridianDeg;
  if (!info || cm === undefined) return undefined;
  if (info.family === 'gk3' || info.family === 'gk3-prefixed')
    return { zone: cm / 3, zoneWidthDeg: 3, prefixed: info.family === 'gk3-prefixed' };
  return { zone: (cm + 3) / 6, zoneWidthDeg: 6, prefixed: info.family === 'gk6-prefixed' };
}

/** Decimals written in the source's numbers (at least 3: millimetres, as surveyors write them). */
function decimalsOf(values: readonly number[]): number {
  let most = 3;
  for (const v of values) {
    const text = String(v);
    const dot = text.indexOf('.');
    if (dot >= 0 && !text.includes('e')) most = Math.max(most, text.length - dot - 1);
  }
  return Math.min(most, 6);
}

export function projectBoundaryTxt(project: ProjectDocument, encoding: 'gbk' | 'utf-8' = 'gbk'): BoundaryWriteResult {
  const { source } = project.project;
  const name = project.properties.XMMC;
  const fileName = `${name}.txt`;
  const zone = zoneOf(source.crs);
  if (zone && source.points.length > 0) {
    // 地块 in the order their first point appears; rings by 圈号 within each, points in their order.
    const parcels = new Map<string, Map<number, BoundaryRing>>();
    for (const p of source.points) {
      const rings = parcels.get(p.parcelId) ?? new Map<number, BoundaryRing>();
      parcels.set(p.parcelId, rings);
      const ring = rings.get(p.ringNo) ?? { ringNo: p.ringNo, points: [] };
      rings.set(p.ringNo, ring);
      ring.points.push({ pointId: p.pointId, xM: p.xM, yM: p.yM });
    }
    const inputs: BoundaryParcelInput[] = [...parcels].map(([id, rings]) => ({
      id,
      name,
      rings: [...rings.values()].sort((a, b) => a.ringNo - b.ringNo),
    }));
    const decimals = decimalsOf(source.points.flatMap((p) => [p.xM, p.yM]));
    return writeBoundaryTxt(inputs, { crs: zone, encoding, fileName, coordinateDecimals: decimals });
  }
  // Lon/lat only: the 3-degree zone of the boundary's mean longitude, with the zone prefix as surveyors write it.
  const outer = project.geometry.coordinates.flatMap((polygon) => polygon[0] ?? []);
  const meanLon = outer.reduce((sum, p) => sum + p[0]!, 0) / Math.max(outer.length, 1);
  const crs = { zone: Math.round(meanLon / 3), zoneWidthDeg: 3 as const, prefixed: true };
  return writeBoundaryTxt([{ id: '1', name, geometry: project.geometry }], { crs, encoding, fileName, coordinateDecimals: 3 });
}
