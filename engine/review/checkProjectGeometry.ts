// Pure. checkProjectGeometry(geometry, fileName) → the project boundary as a MultiPolygon in EPSG:4490, or the
// first fatal problem: missing, wrong type (a Polygon is taken as one 地块, with a warning), malformed or
// non-finite positions, lon/lat outside China (with a hint when they look like projected metres), rings under 4
// positions or not closed. Then the quality defects of each 地块: self-intersection, hole outside its shell, and
// 地块 overlapping each other. The input is not mutated.
import type { Position, Ring } from '../model/types.ts';
import { overlappingParts } from '../validate/overlappingParts.ts';
import { polygonDefect } from '../validate/polygonDefects.ts';
import { projectFinding, type ProjectFinding } from './projectFinding.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export interface ProjectGeometryCheck {
  geometry?: { type: 'MultiPolygon'; coordinates: Ring[][] };
  findings: ProjectFinding[];
}

/** China's extent in degrees, generously: anything outside is not a boundary in EPSG:4490. */
const LON_MIN = 73;
const LON_MAX = 136;
const LAT_MIN = 3;
const LAT_MAX = 54;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function checkProjectGeometry(geometry: unknown, fileName: string): ProjectGeometryCheck {
  const path = '/geometry';
  const fatal = (code: Parameters<typeof projectFinding>[1], p: string, detail: Bilingual, extra = {}): ProjectGeometryCheck => ({
    findings: [
      projectFinding(fileName, code, p, say('review.checkProjectGeometry.findings', { detail }), {
        field: 'geometry',
        ...extra,
      }),
    ],
  });
  if (geometry === null || geometry === undefined) return fatal('null-geometry', path, say('review.checkProjectGeometry.missing'));
  if (!isObject(geometry)) return fatal('invalid-geometry', path, say('review.checkProjectGeometry.not-an-object'));
  const warnings: ProjectFinding[] = [];
  let polygons: unknown;
  if (geometry.type === 'MultiPolygon') polygons = geometry.coordinates;
  else if (geometry.type === 'Polygon') {
    polygons = [geometry.coordinates];
    warnings.push(
      projectFinding(fileName, 'polygon-as-multipolygon', `${path}/type`, say('review.checkProjectGeometry.checkProjectGeometry'), {
        field: 'geometry',
        found: 'Polygon',
      }),
    );
  } else {
    const found = typeof geometry.type === 'string' ? geometry.type : null;
    return fatal(
      'geometry-type-mismatch',
      `${path}/type`,
      say('review.checkProjectGeometry.wrong-type', { found: JSON.stringify(found) }),
      {
        expected: ['MultiPolygon', 'Polygon'],
        found,
      },
    );
  }
  const coordsPath = `${path}/coordinates`;
  if (!Array.isArray(polygons) || (geometry.type === 'Polygon' && !Array.isArray(geometry.coordinates))) {
    return fatal('invalid-geometry', coordsPath, say('review.checkProjectGeometry.no-coordinates'));
  }
  if (polygons.length === 0) return fatal('empty-geometry', coordsPath, say('review.checkProjectGeometry.no-parcel'));
  const multi = geometry.type === 'MultiPolygon';
  const out: Ring[][] = [];
  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    const pPath = multi ? `${coordsPath}/${p}` : coordsPath;
    const parcel = say('review.checkProjectGeometry.parcel', { value: p + 1 });
    if (!Array.isArray(polygon) || polygon.length === 0)
      return fatal('invalid-geometry', pPath, say('review.checkProjectGeometry.parcel-not-rings', { parcel }));
    const rings: Ring[] = [];
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r];
      const rPath = `${pPath}/${r}`;
      const where = say(r === 0 ? 'review.checkProjectGeometry.outer-ring' : 'review.checkProjectGeometry.hole', { parcel, ring: r + 1 });
      if (!Array.isArray(ring)) return fatal('invalid-geometry', rPath, say('review.checkProjectGeometry.ring-not-positions', { where }));
      if (ring.length < 4) {
        return fatal('ring-too-few-positions', rPath, say('review.checkProjectGeometry.ring-too-few', { where, count: ring.length }), {
          expected: 4,
          found: ring.length,
        });
      }
      for (let k = 0; k < ring.length; k++) {
        const pos = ring[k];
        const kPath = `${rPath}/${k}`;
        const at = say('review.checkProjectGeometry.at', { where, key: k + 1 });
        if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3 || !pos.every((v) => typeof v === 'number' && Number.isFinite(v))) {
          return fatal('invalid-geometry', kPath, say('review.checkProjectGeometry.not-lon-lat', { at }), {
            found: JSON.stringify(pos ?? null).slice(0, 80),
          });
        }
        const [lon, lat] = pos as number[];
        if (lon! < LON_MIN || lon! > LON_MAX || lat! < LAT_MIN || lat! > LAT_MAX) {
          const metres = Math.abs(lon!) > 1000 || Math.abs(lat!) > 1000;
          return fatal(
            'coordinate-out-of-range',
            kPath,
            metres
              ? say('review.checkProjectGeometry.outside-china-metres', { at, lon: lon!, lat: lat!, pointsFile: '界址点' })
              : say('review.checkProjectGeometry.outside-china', { at, lon: lon!, lat: lat! }),
            { found: [lon!, lat!] },
          );
        }
      }
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        return fatal('ring-not-closed', rPath, say('review.checkProjectGeometry.ring-not-closed', { where }));
      }
      rings.push(ring as Position[]);
    }
    out.push(rings);
  }
  const quality: ProjectFinding[] = [];
  let defective = false;
  for (let p = 0; p < out.length; p++) {
    const defect = polygonDefect(out[p]!);
    if (!defect) continue;
    defective = true;
    const pPath = multi ? `${coordsPath}/${p}/${defect.ring}` : `${coordsPath}/${defect.ring}`;
    if (defect.kind === 'self-intersection') {
      const rings =
        defect.ring === defect.otherRing
          ? say('review.checkProjectGeometry.rings', { ring: defect.ring + 1 })
          : say('review.checkProjectGeometry.rings-2', { ring: defect.ring + 1, otherRing: defect.otherRing + 1 });
      const at = `[${round7(defect.at[0])}, ${round7(defect.at[1])}]`;
      quality.push(
        projectFinding(
          fileName,
          'self-intersection',
          pPath,
          say('review.checkProjectGeometry.checkProjectGeometry-2', { value: p + 1, rings, at }),
          { field: 'geometry', found: [round7(defect.at[0]), round7(defect.at[1])] },
        ),
      );
    } else {
      quality.push(
        projectFinding(
          fileName,
          'hole-outside-shell',
          pPath,
          say('review.checkProjectGeometry.checkProjectGeometry-3', { value: p + 1, ring: defect.ring + 1 }),
          { field: 'geometry' },
        ),
      );
    }
  }
  if (!defective && out.length > 1) {
    const overlap = overlappingParts(out);
    if (overlap) {
      quality.push(
        projectFinding(
          fileName,
          'parts-overlap',
          `${coordsPath}/${overlap.second}`,
          say('review.checkProjectGeometry.checkProjectGeometry-4', { first: overlap.first + 1, second: overlap.second + 1 }),
          { field: 'geometry' },
        ),
      );
    }
  }
  return { geometry: { type: 'MultiPolygon', coordinates: out }, findings: [...warnings, ...quality] };
}

function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
