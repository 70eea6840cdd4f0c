// Pure. checkBoundaryParcels(parcels, result, fileName, territory) → the result of a 界址点 reader once its rows
// are parsed: 界址点数, datum, zone and axis order, territory, rings, closure, validity and areas; no parcels when
// a finding is fatal. Shared by the 部标 TXT reader and the pasted-table reader, so both check and word alike.
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
import type { Position } from '../../model/types.ts';
import { polygonDefect } from '../../validate/polygonDefects.ts';
import { createReprojector } from '../crs/createReprojector.ts';
import { crsInfo, type CrsInfo } from '../crs/crsCatalog.ts';
import { inTerritory, territoryName, type Territory } from '../crs/territory.ts';
import { boundaryFinding, type BoundaryWhere } from './boundaryMessages.ts';
import { BOUNDARY_TXT_TERMS as T } from './boundaryTxtTerms.ts';
import type { BoundaryCrs, BoundaryFinding, BoundaryParcel, BoundaryPoint, BoundaryReadResult, BoundaryRing } from './types.ts';

/** More findings than this add nothing for the user and would make a 100,000-line bad file slow to show. */
export const MAX_FINDINGS = 50;

export interface RawPoint extends BoundaryPoint {
  ringNo: number;
  /** 1-based line or row it was read from; absent for points from a GIS file's features. */
  line?: number;
}

export interface RawParcel {
  index: number;
  line?: number;
  /** The 地块 header fields: 界址点数, 地块面积, 地块编号, 地块名称, 记录图形属性, 图幅号, 地块用途, 地类编码, …. */
  fields: string[];
  statedCount: number;
  points: RawPoint[];
}

/** Decimals of a plain decimal number (`-12.340` → 3), or -1 when the text is not one. */
export function decimalsOf(text: string): number {
  let i = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  const digitsFrom = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsFrom) return -1;
  if (i === text.length) return 0;
  if (text.charCodeAt(i) !== 46) return -1;
  const dot = i++;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i === text.length ? i - dot - 1 : -1;
}

/** Adds a finding unless MAX_FINDINGS are there already. */
export function addFinding(result: BoundaryReadResult, f: BoundaryFinding): void {
  if (result.findings.length < MAX_FINDINGS) result.findings.push(f);
}

export function checkBoundaryParcels(
  parcels: RawParcel[],
  result: BoundaryReadResult,
  fileName: string,
  territory: Territory,
): BoundaryReadResult {
  const add = (f: BoundaryFinding): void => addFinding(result, f);
  const fatal = (): boolean => result.findings.some((f) => f.level === 'fatal');
  if (parcels.length === 0) {
    add(boundaryFinding('TXT_NO_PARCELS', { fileName }));
    return result;
  }
  for (const p of parcels) {
    const closing = countClosingRepeats(p.points);
    if (p.points.length !== p.statedCount && p.points.length - closing !== p.statedCount) {
      add(
        boundaryFinding(
          'TXT_POINT_COUNT',
          { fileName, line: p.line, parcelIndex: p.index, parcelId: p.fields[2] },
          { stated: p.statedCount, actual: p.points.length },
        ),
      );
    }
  }
  if (fatal()) return result;

  // Pass 2: datum, zone, axis order, territory.
  const attr = (key: string): string | undefined => result.attributes.find((a) => a.key === key)?.value;
  const where0 = { fileName };
  const datum = attr(T.datumKey) ?? '';
  if (datum === '') add(boundaryFinding('TXT_DATUM_MISSING', where0));
  else if (/西安|北京|1980|1954|xian|beijing/i.test(datum) || !/2000|CGCS/i.test(datum))
    add(boundaryFinding('TXT_DATUM_UNSUPPORTED', where0, { datum }));
  const unit = attr(T.unitKey);
  if (unit && !/^(米|m|metre|meter)$/i.test(unit)) add(boundaryFinding('TXT_UNIT', where0, { value: unit }));
  const projection = attr(T.projectionKey);
  if (projection && !/高斯|gauss/i.test(projection)) add(boundaryFinding('TXT_PROJECTION', where0, { value: projection }));
  const widthText = attr(T.zoneWidthKey);
  let width: 3 | 6 = 3;
  if (widthText === undefined || widthText === '') add(boundaryFinding('TXT_ZONE_WIDTH_MISSING', where0));
  else if (/^3\s*(度)?$/.test(widthText)) width = 3;
  else if (/^6\s*(度)?$/.test(widthText)) width = 6;
  else add(boundaryFinding('TXT_ZONE_WIDTH', where0, { value: widthText }));
  const zoneText = attr(T.zoneKey) ?? '';
  const headerZone = /^\d+$/.test(zoneText) ? Number(zoneText) : undefined;
  if (zoneText !== '' && headerZone === undefined)
    add(boundaryFinding('TXT_NUMBER', where0, { field: T.zoneKey, value: zoneText, whole: 1 }));
  if (fatal()) return result;

  const all = parcels.flatMap((p) => p.points.map((pt) => ({ parcel: p, pt })));
  const at = (p: RawParcel, pt: RawPoint): BoundaryWhere => ({
    fileName,
    line: pt.line,
    parcelIndex: p.index,
    parcelId: p.fields[2],
    pointId: pt.pointId,
  });
  const first = all[0]!;
  const swapped = !(isNorthing(first.pt.xM) && isEasting(first.pt.yM)) && isNorthing(first.pt.yM) && isEasting(first.pt.xM);
  if (swapped) {
    add(boundaryFinding('TXT_XY_SWAPPED', where0));
    for (const { pt } of all) [pt.xM, pt.yM] = [pt.yM, pt.xM];
  }
  const prefixOf = (y: number): number | undefined => (y >= 1e7 ? Math.floor(y / 1e6) : undefined);
  const prefix = prefixOf(first.pt.yM);
  for (const { parcel, pt } of all) {
    if (!(isNorthing(pt.xM) && isEasting(pt.yM))) {
      add(boundaryFinding('TXT_COORDINATE_RANGE', at(parcel, pt), { x: pt.xM, y: pt.yM }));
      return result;
    }
    if (prefixOf(pt.yM) !== prefix) {
      add(boundaryFinding('TXT_ZONE_MIXED', at(parcel, pt), { zone: prefixOf(pt.yM) ?? '—', first: prefix ?? '—' }));
      return result;
    }
  }
  // Easting without the prefix, false easting 500 km included.
  const eastingOf = (y: number): number => (prefix === undefined ? y : y - prefix * 1e6);
  const crsFor = (zone: number): CrsInfo | undefined => {
    const code = width === 3 ? (zone >= 25 && zone <= 45 ? 4534 + zone - 25 : 0) : zone >= 13 && zone <= 23 ? 4502 + zone - 13 : 0;
    return crsInfo(code);
  };
  const fits = (zone: number): boolean => {
    const crs = crsFor(zone);
    if (!crs) return false;
    const [lon, lat] = createReprojector(crs)(eastingOf(first.pt.yM), first.pt.xM);
    return inTerritory(territory, lon, lat);
  };
  let zone: number;
  if (prefix === undefined && headerZone === undefined) {
    add(boundaryFinding('TXT_ZONE_MISSING', where0));
    return result;
  } else if (prefix === undefined || headerZone === undefined || prefix === headerZone) {
    zone = (prefix ?? headerZone)!;
  } else {
    zone = fits(headerZone) && !fits(prefix) ? headerZone : prefix;
    add(
      boundaryFinding('TXT_ZONE_HEADER_MISMATCH', where0, { header: headerZone, prefix, used: zone, territory: territoryName(territory) }),
    );
  }
  const crsInfoUsed = crsFor(zone);
  if (!crsInfoUsed) {
    add(boundaryFinding('TXT_ZONE_INVALID', where0, { zone, width }));
    return result;
  }
  const cm = crsInfoUsed.centralMeridianDeg!;
  const project = createReprojector(crsInfoUsed);
  const prefixedEpsg = crsInfoUsed.epsg - (width === 3 ? 21 : 11);
  const crs: BoundaryCrs = {
    epsg: prefix === undefined ? crsInfoUsed.epsg : prefixedEpsg,
    zone,
    zoneWidthDeg: width,
    prefixed: prefix !== undefined,
    centralMeridianDeg: cm,
  };
  result.crs = crs;
  const lonLat = new Map<RawPoint, Position>();
  for (const { parcel, pt } of all) {
    const ll = project(eastingOf(pt.yM), pt.xM);
    if (!inTerritory(territory, ll[0], ll[1])) {
      add(
        boundaryFinding('TXT_OUTSIDE_TERRITORY', at(parcel, pt), {
          zone,
          width,
          lon: ll[0].toFixed(4),
          lat: ll[1].toFixed(4),
          territory: territoryName(territory),
        }),
      );
      return result;
    }
    lonLat.set(pt, ll);
  }

  // Pass 3: rings, closure, validity and areas per 地块.
  const out: BoundaryParcel[] = [];
  for (const p of parcels) {
    const pw: BoundaryWhere = { fileName, line: p.line, parcelIndex: p.index, parcelId: p.fields[2] };
    const rings: BoundaryRing[] = [];
    const ringPoints: RawPoint[][] = [];
    for (const pt of p.points) {
      const last = rings[rings.length - 1];
      if (last && last.ringNo === pt.ringNo) {
        ringPoints[ringPoints.length - 1]!.push(pt);
        continue;
      }
      if (rings.some((r) => r.ringNo === pt.ringNo) || (last && pt.ringNo < last.ringNo)) {
        add(boundaryFinding('TXT_RING_ORDER', at(p, pt), { ring: pt.ringNo, previous: last?.ringNo ?? '—' }));
        break;
      }
      if (!last && pt.ringNo !== 1) {
        add(boundaryFinding('TXT_RING_MISSING_OUTER', at(p, pt)));
        break;
      }
      rings.push({ ringNo: pt.ringNo, points: [] });
      ringPoints.push([pt]);
    }
    if (fatal()) return result;
    const lonLatRings: Position[][] = [];
    const planeRings: Position[][] = [];
    let planeM2 = 0;
    for (let r = 0; r < rings.length; r++) {
      const pts = ringPoints[r]!;
      const ring = rings[r]!;
      ring.points = pts.map((q) => ({ pointId: q.pointId, xM: q.xM, yM: q.yM }));
      const ll = pts.map((q) => lonLat.get(q)!);
      const head = ring.points[0]!;
      const tail = ring.points[ring.points.length - 1]!;
      if (head.xM !== tail.xM || head.yM !== tail.yM) {
        add(boundaryFinding('TXT_RING_UNCLOSED', { ...pw, line: pts[pts.length - 1]!.line }, { ring: ring.ringNo, first: head.pointId }));
        ring.points.push({ ...head });
        ll.push(ll[0]!);
      }
      const distinct = new Set(ring.points.map((q) => `${q.xM},${q.yM}`)).size;
      if (distinct < 3) {
        add(boundaryFinding('TXT_RING_TOO_SHORT', { ...pw, line: pts[0]!.line }, { ring: ring.ringNo, count: distinct }));
        continue;
      }
      planeRings.push(ring.points.map((q) => [q.yM, q.xM]));
      const signed = signedPlaneAreaM2(ring.points);
      planeM2 += r === 0 ? Math.abs(signed) : -Math.abs(signed);
      // GeoJSON's right-hand rule: outer counter-clockwise, holes clockwise. Northing/easting are the map's
      // y/x, so a positive shoelace over (Y, X) is counter-clockwise on the map.
      const wantCcw = r === 0;
      lonLatRings.push(signed > 0 === wantCcw ? ll : ll.slice().reverse());
    }
    if (fatal()) return result;
    // On the zone's plane, where the surveyor's figures are exact: projected to lon/lat, a ring folding back along
    // a straight line (points swapped on an edge) is no longer exactly collinear and slipped through.
    const defect = polygonDefect(planeRings);
    if (defect?.kind === 'self-intersection') {
      add(
        boundaryFinding('TXT_SELF_INTERSECTION', pw, {
          ring: rings[defect.ring]!.ringNo,
          other: rings[defect.otherRing]!.ringNo,
          x: defect.at[1].toFixed(3),
          y: defect.at[0].toFixed(3),
        }),
      );
      return result;
    }
    if (defect?.kind === 'hole-outside-shell') {
      add(boundaryFinding('TXT_HOLE_OUTSIDE', pw, { ring: rings[defect.ring]!.ringNo }));
      return result;
    }
    const geometry = { type: 'Polygon' as const, coordinates: lonLatRings };
    const grs80AreaM2 = ellipsoidalAreaM2(geometry);
    const f = p.fields;
    const statedAreaText = f[1] ?? '';
    const parcel: BoundaryParcel = {
      id: f[2] ?? '',
      name: f[3] ?? '',
      shapeKind: f[4] ?? '',
      sheetNo: f[5] ?? '',
      use: f[6] ?? '',
      landClassCode: f[7] ?? '',
      extraFields: f.slice(8),
      statedPointCount: p.statedCount,
      statedAreaText,
      planeAreaM2: planeM2,
      grs80AreaM2,
      rings,
      geometry,
    };
    if (statedAreaText !== '') {
      parcel.statedAreaHa = Number(statedAreaText);
      // The stated figure is rounded to its decimals: half a unit in the last place, plus a float margin.
      const decimals = decimalsOf(statedAreaText);
      let unit = 1;
      for (let d = 0; d < decimals; d++) unit /= 10;
      if (Math.abs(planeM2 / 10000 - parcel.statedAreaHa) > unit / 2 + 1e-9) {
        add(
          boundaryFinding('TXT_AREA_MISMATCH', pw, {
            stated: statedAreaText,
            plane: (planeM2 / 10000).toFixed(decimals + 2),
            grs80: (grs80AreaM2 / 10000).toFixed(decimals + 2),
            zone,
          }),
        );
      }
    }
    out.push(parcel);
  }
  if (!fatal()) result.parcels = out;
  return result;
}

/** Points whose line repeats the first point of their ring (J1 … J1), for the two ways 界址点数 is counted. */
function countClosingRepeats(points: readonly RawPoint[]): number {
  let n = 0;
  let start = 0;
  for (let i = 1; i <= points.length; i++) {
    if (i === points.length || points[i]!.ringNo !== points[start]!.ringNo) {
      const a = points[start]!;
      const b = points[i - 1]!;
      if (i - 1 > start && a.xM === b.xM && a.yM === b.yM) n++;
      start = i;
    }
  }
  return n;
}

/** A northing in China: 7 digits before the point. */
function isNorthing(v: number): boolean {
  return v >= 1e6 && v < 1e7;
}

/** An easting: 6 digits without the zone prefix, 8 with it. */
function isEasting(v: number): boolean {
  return (v > 0 && v < 1e6) || (v >= 1e7 && v < 1e8);
}

/** Shoelace over (easting, northing): positive when counter-clockwise on the map. */
function signedPlaneAreaM2(points: readonly BoundaryPoint[]): number {
  let s = 0;
  const x0 = points[0]!.yM;
  const y0 = points[0]!.xM;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    s += (a.yM - x0) * (b.xM - y0) - (b.yM - x0) * (a.xM - y0);
  }
  return s / 2;
}
