// Pure. boundaryFromFeatures(features, fileName, crs, options) → the 地块 of a boundary read by the plan importer
// (GeoJSON, Shapefile, GeoPackage polygons; `crs` the source CRS as resolved, e.g. EPSG:4526 or EPSG:4490): each
// polygon a 地块, its 界址点 in the source's Gauss-Krüger zone (lon/lat sources: the 3-degree zone of the centre,
// or the one given) numbered J1… clockwise from the north-west corner as writeBoundaryTxt numbers them, then the
// TXT reader's own checks (checkBoundaryParcels): rings, closure, self-intersections, holes, territory, areas.
import { say } from '../../i18n/index.ts';
import type { Geometry, PropertyValue, Ring } from '../../model/types.ts';
import { crsInfo, parseEpsgReference } from '../crs/crsCatalog.ts';
import { JIYUAN_TERRITORY, type Territory } from '../crs/territory.ts';
import { boundaryFinding } from './boundaryMessages.ts';
import { addFinding, checkBoundaryParcels, type RawParcel } from './checkBoundaryParcels.ts';
import { numberBoundaryRings } from './numberBoundaryRings.ts';
import { projectRingsToZone, type ZoneChoice } from './projectRingsToZone.ts';
import type { BoundaryReadResult, BoundaryRing } from './types.ts';
import { defaultBoundaryAttributes } from './writeBoundaryTxt.ts';

export interface BoundarySourceFeature {
  geometry: Geometry | null;
  properties?: Record<string, PropertyValue>;
}

export interface BoundaryFromFeaturesOptions {
  territory?: Territory;
  /** 3-degree zone for the 界址点 of a lon/lat source (default: the zone whose central meridian is nearest the centre). */
  zone?: number;
}

/** Attribute names that carry a 地块编号 or a 地块名称, first match wins. */
const ID_FIELDS = ['地块编号', 'DKBH', 'DKH', '地块号'];
const NAME_FIELDS = ['地块名称', 'DKMC', 'XMMC', '项目名称', '名称', 'NAME', 'name'];
const DECIMALS = 3;

function firstText(properties: Record<string, PropertyValue> | undefined, names: readonly string[]): string | undefined {
  for (const name of names) {
    const v = properties?.[name];
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return String(v).trim();
  }
  return undefined;
}

export function boundaryFromFeatures(
  features: readonly BoundarySourceFeature[],
  fileName: string,
  crs: string,
  options: BoundaryFromFeaturesOptions = {},
): BoundaryReadResult {
  const result: BoundaryReadResult = {
    parcels: [],
    attributes: [],
    encoding: 'gbk',
    bom: false,
    lineEnding: '\r\n',
    coordinateDecimals: DECIMALS,
    findings: [],
  };
  const where = { fileName };
  const epsg = parseEpsgReference(crs);
  const info = epsg === undefined ? undefined : crsInfo(epsg);
  // WGS 84 (a GeoJSON file's default) and CGCS2000 differ by centimetres: both are read as CGCS2000 lon/lat, as the importer does.
  if (!info || (info.family === 'geographic' && info.epsg !== 4490 && info.epsg !== 4326)) {
    addFinding(result, boundaryFinding('BOUNDARY_CRS_UNSUPPORTED', where, { crs }));
    return result;
  }

  // Every polygon part with the feature it came from; anything else refuses the file.
  const parts: { feature: number; part: number; of: number; rings: Ring[] }[] = [];
  features.forEach((f, i) => {
    const g = f.geometry;
    if (g?.type === 'Polygon') parts.push({ feature: i, part: 0, of: 1, rings: g.coordinates });
    else if (g?.type === 'MultiPolygon')
      g.coordinates.forEach((rings, k) => parts.push({ feature: i, part: k, of: g.coordinates.length, rings }));
    else addFinding(result, boundaryFinding('BOUNDARY_NOT_POLYGON', where, { feature: i + 1, type: g?.type ?? 'null' }));
  });
  parts.forEach((p) => {
    if (p.rings.length === 0 || p.rings.some((ring) => ring.length === 0))
      addFinding(result, boundaryFinding('BOUNDARY_NOT_POLYGON', where, { feature: p.feature + 1, type: 'empty Polygon' }));
  });
  if (result.findings.length > 0) return result;
  if (parts.length === 0) {
    addFinding(result, boundaryFinding('BOUNDARY_NO_POLYGONS', where, { detail: say('import.boundaryFromFeatures.no-feature') }));
    return result;
  }
  let sumX = 0;
  let count = 0;
  for (const p of parts) {
    for (const ring of p.rings) {
      for (const pos of ring) {
        const [x, y] = pos;
        const bad =
          x === undefined ||
          y === undefined ||
          !Number.isFinite(x) ||
          !Number.isFinite(y) ||
          (info.family === 'geographic' && (Math.abs(x) > 180 || Math.abs(y) > 90));
        if (bad) {
          addFinding(
            result,
            boundaryFinding('BOUNDARY_COORDINATE', where, { feature: p.feature + 1, x: String(x), y: String(y), crs: `EPSG:${info.epsg}` }),
          );
          return result;
        }
        sumX += x;
        count++;
      }
    }
  }

  let zone: ZoneChoice;
  let toZone: (rings: Ring[]) => BoundaryRing[];
  if (info.family === 'geographic') {
    zone = { zone: options.zone ?? Math.round(sumX / count / 3), zoneWidthDeg: 3, prefixed: true };
    toZone = (rings) => projectRingsToZone(rings, zone, DECIMALS);
  } else {
    const width = info.family.startsWith('gk3') ? 3 : 6;
    const cm = info.centralMeridianDeg!;
    zone = { zone: info.zone ?? (width === 3 ? cm / 3 : (cm + 3) / 6), zoneWidthDeg: width, prefixed: info.zone !== undefined };
    // The source's own plane coordinates (x easting, y northing) to the millimetre, as a 部标 TXT holds them.
    const round = (v: number): number => Number(v.toFixed(DECIMALS));
    toZone = (rings) =>
      rings.map((ring, r) => ({ ringNo: r + 1, points: ring.map(([x, y]) => ({ pointId: '', xM: round(y!), yM: round(x!) })) }));
  }
  result.attributes = defaultBoundaryAttributes(zone, DECIMALS);

  const parcels: RawParcel[] = [];
  const firstIndexById = new Map<string, number>();
  parts.forEach((p, k) => {
    const props = features[p.feature]!.properties;
    const given = firstText(props, ID_FIELDS);
    const id = given === undefined ? String(k + 1) : p.of > 1 ? `${given}-${p.part + 1}` : given;
    const index = k + 1;
    const first = firstIndexById.get(id);
    if (first !== undefined)
      addFinding(result, boundaryFinding('TXT_DUPLICATE_PARCEL', { fileName, parcelIndex: index, parcelId: id }, { id, first }));
    else firstIndexById.set(id, index);
    // GIS rings are closed; the 部标 numbering drops and re-adds the closing point, so an unclosed ring is closed here too.
    const rings = numberBoundaryRings(toZone(p.rings));
    const points = rings.flatMap((ring) => ring.points.map((q) => ({ ...q, ringNo: ring.ringNo })));
    parcels.push({
      index,
      fields: [String(points.length), '', id, firstText(props, NAME_FIELDS) ?? '', '面', '', '', ''],
      statedCount: points.length,
      points,
    });
  });
  if (result.findings.length > 0) return result;
  return checkBoundaryParcels(parcels, result, fileName, options.territory ?? JIYUAN_TERRITORY);
}
