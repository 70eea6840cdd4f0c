// Pure. projectFromBoundary({ boundary, id, facts }) → a ProjectDocument from what a boundary reader gave: the
// 地块 of a 部标 TXT (readBoundaryTxt) or the closed polylines of a DXF (readBoundaryDxf) as one MultiPolygon in
// EPSG:4490, with the source (format, file, CRS and every 界址点; DXF points numbered J1… clockwise from the
// north-west corner, as the TXT writer numbers them), or a drawn / other geometry without points.
import type { BoundaryDxfRead } from '../import/boundary/readBoundaryDxf.ts';
import type { BoundaryReadResult, BoundaryRing } from '../import/boundary/types.ts';
import { numberBoundaryRings } from '../import/boundary/numberBoundaryRings.ts';
import type { Ring } from '../model/types.ts';
import type { ProjectBoundaryFormat, ProjectBoundaryPoint, ProjectDocument, ProjectFacts, ProjectStage } from './types.ts';

export type BoundaryInput =
  | { format: 'txt'; fileName: string; read: BoundaryReadResult }
  | { format: 'dxf'; fileName: string; read: BoundaryDxfRead }
  | {
      format: Exclude<ProjectBoundaryFormat, 'txt' | 'dxf'>;
      fileName: string | null;
      crs?: string;
      geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
    };

export interface ProjectFromBoundaryRequest {
  boundary: BoundaryInput;
  /** Stable id (UUID) chosen by the caller when the project is created. */
  id: string;
  facts: ProjectFacts;
  stage?: ProjectStage;
  schemaVersion?: string;
}

export type ProjectFromBoundaryResult = { ok: true; project: ProjectDocument } | { ok: false; messageZh: string; messageEn: string };

/** The file's name without directories (sources never carry a local path). */
function baseName(name: string | null): string | null {
  if (name === null) return null;
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] || name;
}

function pointsOf(parcelId: string, rings: readonly BoundaryRing[]): ProjectBoundaryPoint[] {
  const out: ProjectBoundaryPoint[] = [];
  for (const ring of rings)
    for (const p of ring.points) out.push({ parcelId, pointId: p.pointId, ringNo: ring.ringNo, xM: p.xM, yM: p.yM });
  return out;
}

export function projectFromBoundary(request: ProjectFromBoundaryRequest): ProjectFromBoundaryResult {
  const { boundary } = request;
  const fileName = baseName(boundary.fileName);
  const file = fileName ?? '绘制的边界';
  const fileEn = fileName ?? 'the drawn boundary';
  let polygons: Ring[][];
  let points: ProjectBoundaryPoint[] = [];
  let crs: string;
  if (boundary.format === 'txt') {
    const read = boundary.read;
    if (read.parcels.length === 0 || !read.crs || read.findings.some((f) => f.level === 'fatal')) {
      return {
        ok: false,
        messageZh: `${file}：没有可用的地块（见读取报告中的致命问题），未创建项目`,
        messageEn: `${fileEn}: no usable parcel (see the fatal findings of the read report); no project was created`,
      };
    }
    polygons = read.parcels.map((p) => p.geometry.coordinates);
    for (const p of read.parcels) points.push(...pointsOf(p.id, p.rings));
    crs = `EPSG:${read.crs.epsg}`;
  } else if (boundary.format === 'dxf') {
    const read = boundary.read;
    if (!read.ok || read.parcels.length === 0) {
      return {
        ok: false,
        messageZh: `${file}：没有可用的闭合多段线（见读取报告），未创建项目`,
        messageEn: `${fileEn}: no usable closed polyline (see the read report); no project was created`,
      };
    }
    polygons = read.parcels.map((p) => p.geometry.coordinates);
    points = [];
    for (const p of read.parcels) {
      const parcelId = String(p.index + 1);
      // Plane rings are (easting, northing); a 界址点 has X northing, Y easting. Numbered as the TXT writer does.
      const rings: BoundaryRing[] = p.planeRings.map((ring, k) => ({
        ringNo: k + 1,
        points: ring.map(([e, n]) => ({ pointId: '', xM: n, yM: e })),
      }));
      points.push(...pointsOf(parcelId, numberBoundaryRings(rings)));
    }
    crs = `EPSG:${read.crs.epsg}`;
  } else {
    const g = boundary.geometry;
    polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (polygons.length === 0)
      return {
        ok: false,
        messageZh: `${file}：边界为空，未创建项目`,
        messageEn: `${fileEn}: the boundary is empty; no project was created`,
      };
    crs = boundary.crs ?? 'EPSG:4490';
  }
  return {
    ok: true,
    project: {
      type: 'Feature',
      project: {
        schemaVersion: request.schemaVersion ?? '1.0.0',
        id: request.id,
        stage: request.stage ?? '策划生成',
        source: { format: boundary.format, fileName, crs, points },
      },
      properties: { ...request.facts },
      geometry: { type: 'MultiPolygon', coordinates: polygons },
    },
  };
}
