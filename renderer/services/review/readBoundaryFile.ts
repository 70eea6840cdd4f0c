// readBoundaryFile(bytes, fileName, options) → one report of a project boundary file, whatever its format:
// 部标 界址点 TXT (engine readBoundaryTxt), CAD DXF (engine readBoundaryDxf, layer and CRS chosen by the
// user or inferred), or a GeoJSON / zipped Shapefile through the plan importer's readers; a DWG is refused asking for DXF. Findings carry both languages; any fatal one → no
// parcels (nothing is stored). DXF vertices are numbered J1… as the TXT writer numbers them (clockwise from
// the north-west corner) by writing the parcels as a TXT and reading that back; a boundary drawn on the map
// (readDrawnBoundary) is numbered the same way in its 3-degree zone.
import { extensionOf } from '../../../engine/ipc/index.ts';
import { readBoundaryDxf, type DxfLayerSummary } from '../../../engine/import/index.ts';
import { readBoundaryTxt } from '../../../engine/import/index.ts';
import { boundaryFromFeatures } from '../../../engine/import/index.ts';
import { readSource } from '../../../engine/import/index.ts';
import { writeBoundaryTxt } from '../../../engine/import/index.ts';
import type { BoundaryParcel, BoundaryReadResult } from '../../../engine/import/index.ts';
import { crsInfo, type CrsInfo } from '../../../engine/import/index.ts';
import type { Ring } from '../../../engine/model/index.ts';
import type { ProjectBoundaryFormat, ProjectBoundaryPoint } from '../../../engine/review/index.ts';
import { messages } from '../../i18n/message.ts';

export interface BoundaryFileFinding {
  level: 'fatal' | 'quality' | 'warning';
  zh: string;
  en: string;
}

export interface BoundaryFileParcel {
  id: string;
  name: string;
  /** lon/lat (EPSG:4490). */
  geometry: { type: 'Polygon'; coordinates: Ring[] };
  planeAreaM2: number;
  grs80AreaM2: number;
  statedAreaHa: number | null;
  pointCount: number;
}

export interface BoundaryFileReading {
  format: Extract<ProjectBoundaryFormat, 'txt' | 'dxf' | 'drawn' | 'typed' | 'geojson' | 'shapefile'>;
  /** The file's name; null for a boundary drawn on the map. */
  fileName: string | null;
  /** `EPSG:4527` …, or null when the file gave none that could be used. */
  crs: string | null;
  crsNameZh: string | null;
  parcels: BoundaryFileParcel[];
  points: ProjectBoundaryPoint[];
  findings: BoundaryFileFinding[];
  /** DXF only: the layers with their entity counts, and the layer read. */
  layers?: DxfLayerSummary[];
  layer?: string;
}

export const BOUNDARY_EXTENSIONS = ['txt', 'dxf', 'dwg'] as const;

export function isBoundaryFileName(name: string): boolean {
  return (BOUNDARY_EXTENSIONS as readonly string[]).includes(extensionOf(name));
}

export const isFatal = (reading: BoundaryFileReading): boolean =>
  reading.parcels.length === 0 || reading.findings.some((f) => f.level === 'fatal');

function pointsOf(parcels: readonly BoundaryParcel[]): ProjectBoundaryPoint[] {
  return parcels.flatMap((p) =>
    p.rings.flatMap((r) => r.points.map((pt) => ({ parcelId: p.id, pointId: pt.pointId, ringNo: r.ringNo, xM: pt.xM, yM: pt.yM }))),
  );
}

const parcelOf = (p: BoundaryParcel): BoundaryFileParcel => ({
  id: p.id,
  name: p.name,
  geometry: p.geometry,
  planeAreaM2: p.planeAreaM2,
  grs80AreaM2: p.grs80AreaM2,
  statedAreaHa: p.statedAreaHa ?? null,
  pointCount: p.rings.reduce((n, r) => n + r.points.length, 0),
});

/** A TXT (or typed table) reading as the dialog's report. */
export function fromBoundaryRead(
  read: BoundaryReadResult,
  format: BoundaryFileReading['format'],
  fileName: string | null,
): BoundaryFileReading {
  const info = read.crs ? crsInfo(read.crs.epsg) : undefined;
  return {
    format,
    fileName,
    crs: read.crs ? `EPSG:${read.crs.epsg}` : null,
    crsNameZh: info?.nameZh ?? null,
    parcels: read.parcels.map(parcelOf),
    points: pointsOf(read.parcels),
    findings: read.findings.map((f) => ({ level: f.level, zh: f.messageZh, en: f.messageEn })),
  };
}

function zoneOf(crs: CrsInfo): { zone: number; zoneWidthDeg: 3 | 6; prefixed: boolean } | null {
  const cm = crs.centralMeridianDeg;
  if (cm === undefined) return null;
  if (crs.family === 'gk3-prefixed' || crs.family === 'gk3')
    return { zone: cm / 3, zoneWidthDeg: 3, prefixed: crs.family === 'gk3-prefixed' };
  return { zone: (cm + 3) / 6, zoneWidthDeg: 6, prefixed: crs.family === 'gk6-prefixed' };
}

export function readBoundaryFile(bytes: Uint8Array, fileName: string, options: { layer?: string; crs?: string } = {}): BoundaryFileReading {
  const extension = extensionOf(fileName);
  if (extension === 'dwg') {
    return {
      format: 'dxf',
      fileName,
      crs: null,
      crsNameZh: null,
      parcels: [],
      points: [],
      findings: [{ level: 'fatal', ...messages('boundaryDwgRefused', { file: fileName }) }],
    };
  }
  if (extension === 'txt') return fromBoundaryRead(readBoundaryTxt(bytes, fileName), 'txt', fileName);
  if (extension === 'geojson' || extension === 'zip')
    return readFeatureBoundary(bytes, fileName, extension === 'zip' ? 'shapefile' : 'geojson', options.crs);
  const read = readBoundaryDxf(bytes, fileName, options);
  const findings: BoundaryFileFinding[] = read.issues.map((i) => ({
    level: i.severity === 'fatal' ? 'fatal' : i.severity === 'warning' ? 'warning' : 'quality',
    zh: i.messageZh,
    en: i.messageEn,
  }));
  if (!read.ok) return { format: 'dxf', fileName, crs: null, crsNameZh: null, parcels: [], points: [], findings, layers: read.layers };
  const zone = zoneOf(read.crs);
  let points: ProjectBoundaryPoint[] = [];
  const parcels = read.parcels.map((p) => ({
    id: String(p.index + 1),
    name: '',
    geometry: p.geometry,
    planeAreaM2: p.planeAreaM2,
    grs80AreaM2: p.areaM2,
    statedAreaHa: null,
    pointCount: p.planeRings.reduce((n, r) => n + r.length, 0),
  }));
  if (zone) {
    const written = writeBoundaryTxt(
      parcels.map((p) => ({ id: p.id, geometry: p.geometry })),
      { crs: zone, encoding: 'utf-8', fileName },
    );
    if (written.bytes) points = pointsOf(readBoundaryTxt(written.bytes, fileName).parcels);
  }
  return {
    format: 'dxf',
    fileName,
    crs: `EPSG:${read.crs.epsg}`,
    crsNameZh: read.crs.nameZh,
    parcels,
    points,
    findings,
    layers: read.layers,
    layer: read.layer,
  };
}

/**
 * A GeoJSON or a zipped Shapefile chosen with 导入红线… (dropped, they are plans): read by the plan importer's
 * readers, its polygons taken as 地块 by boundaryFromFeatures. The CRS is the file's (.prj, crs member; a GeoJSON
 * without one is lon/lat) or the user's choice.
 */
function readFeatureBoundary(
  bytes: Uint8Array,
  fileName: string,
  format: 'geojson' | 'shapefile',
  crsChoice: string | undefined,
): BoundaryFileReading {
  const empty: BoundaryFileReading = { format, fileName, crs: null, crsNameZh: null, parcels: [], points: [], findings: [] };
  const outcome = readSource(
    format === 'shapefile' ? { format: 'shapefile-zip', file: fileName, bytes } : { format: 'geojson', file: fileName, bytes },
  );
  if (!outcome.ok)
    return {
      ...empty,
      findings: outcome.issues.map((i) => ({
        level: i.severity === 'fatal' ? 'fatal' : i.severity === 'quality' ? 'quality' : 'warning',
        zh: i.messageZh,
        en: i.messageEn,
      })),
    };
  const declared = outcome.read.declaredCrs;
  const crs =
    crsChoice ?? (declared?.epsg !== undefined ? `EPSG:${declared.epsg}` : format === 'geojson' && !declared ? 'EPSG:4490' : undefined);
  if (crs === undefined) {
    return {
      ...empty,
      findings: [{ level: 'fatal', ...messages('boundaryNoCrs', { file: fileName }) }],
    };
  }
  return fromBoundaryRead(boundaryFromFeatures(outcome.read.features, fileName, crs), format, fileName);
}

/** A boundary drawn on the map (EPSG:4490): one 地块, its 界址点 numbered J1… in the 3-degree zone it lies in. */
export function readDrawnBoundary(geometry: { type: 'Polygon'; coordinates: Ring[] }, label: string): BoundaryFileReading {
  const outer = geometry.coordinates[0] ?? [];
  const lon = outer.reduce((a, p) => a + p[0]!, 0) / Math.max(outer.length, 1);
  const zone = Math.round(lon / 3);
  const written = writeBoundaryTxt([{ id: '1', name: label, geometry }], {
    crs: { zone, zoneWidthDeg: 3, prefixed: true },
    encoding: 'utf-8',
  });
  const read = written.bytes ? readBoundaryTxt(written.bytes, label) : null;
  const findings: BoundaryFileFinding[] = [...written.findings, ...(read?.findings ?? [])].map((f) => ({
    level: f.level,
    zh: f.messageZh,
    en: f.messageEn,
  }));
  const info = read?.crs ? crsInfo(read.crs.epsg) : undefined;
  return {
    format: 'drawn',
    fileName: null,
    crs: read?.crs ? `EPSG:${read.crs.epsg}` : null,
    crsNameZh: info?.nameZh ?? null,
    parcels: (read?.parcels ?? []).map(parcelOf),
    points: pointsOf(read?.parcels ?? []),
    findings,
  };
}
