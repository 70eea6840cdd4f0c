// Pure. checkProjectGeometry(geometry, fileName) → the project boundary as a MultiPolygon in EPSG:4490, or the
// first fatal problem: missing, wrong type (a Polygon is taken as one 地块, with a warning), malformed or
// non-finite positions, lon/lat outside China (with a hint when they look like projected metres), rings under 4
// positions or not closed. Then the quality defects of each 地块: self-intersection, hole outside its shell, and
// 地块 overlapping each other. The input is not mutated.
import type { Position, Ring } from '../model/types.ts';
import { overlappingParts } from '../validate/overlappingParts.ts';
import { polygonDefect } from '../validate/polygonDefects.ts';
import { projectFinding, type ProjectFinding } from './projectFinding.ts';
import { say } from '../i18n/index.ts';

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
  const fatal = (code: Parameters<typeof projectFinding>[1], p: string, zh: string, en: string, extra = {}): ProjectGeometryCheck => ({
    findings: [
      projectFinding(fileName, code, p, say('review.checkProjectGeometry.findings', { detail: { zh: zh, en: en } }), {
        field: 'geometry',
        ...extra,
      }),
    ],
  });
  if (geometry === null || geometry === undefined)
    return fatal('null-geometry', path, '缺失，项目必须有边界', 'missing; a project needs a boundary');
  if (!isObject(geometry)) return fatal('invalid-geometry', path, '应为 GeoJSON 几何对象', 'must be a GeoJSON geometry object');
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
      `类型应为 MultiPolygon（或 Polygon），实际为 ${JSON.stringify(found)}`,
      `type must be MultiPolygon (or Polygon), found ${JSON.stringify(found)}`,
      {
        expected: ['MultiPolygon', 'Polygon'],
        found,
      },
    );
  }
  const coordsPath = `${path}/coordinates`;
  if (!Array.isArray(polygons) || (geometry.type === 'Polygon' && !Array.isArray(geometry.coordinates))) {
    return fatal('invalid-geometry', coordsPath, '缺少坐标数组 coordinates', 'coordinates must be an array');
  }
  if (polygons.length === 0) return fatal('empty-geometry', coordsPath, '没有任何地块', 'has no parcel');
  const multi = geometry.type === 'MultiPolygon';
  const out: Ring[][] = [];
  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    const pPath = multi ? `${coordsPath}/${p}` : coordsPath;
    const parcel = say('review.checkProjectGeometry.parcel', { value: p + 1 });
    if (!Array.isArray(polygon) || polygon.length === 0)
      return fatal('invalid-geometry', pPath, `${parcel.zh}应为非空的环数组`, `${parcel.en} must be a non-empty array of rings`);
    const rings: Ring[] = [];
    for (let r = 0; r < polygon.length; r++) {
      const ring = polygon[r];
      const rPath = `${pPath}/${r}`;
      const where = {
        zh: `${parcel.zh}第 ${r + 1} 个环${r === 0 ? '（外圈）' : '（内圈）'}`,
        en: `${parcel.en}, ring ${r + 1}${r === 0 ? ' (outer)' : ' (hole)'}`,
      };
      if (!Array.isArray(ring))
        return fatal('invalid-geometry', rPath, `${where.zh}应为坐标数组`, `${where.en} must be an array of positions`);
      if (ring.length < 4) {
        return fatal(
          'ring-too-few-positions',
          rPath,
          `${where.zh}只有 ${ring.length} 个坐标，闭合环至少需要 4 个（首尾相同）`,
          `${where.en} has ${ring.length} positions; a closed ring needs at least 4`,
          { expected: 4, found: ring.length },
        );
      }
      for (let k = 0; k < ring.length; k++) {
        const pos = ring[k];
        const kPath = `${rPath}/${k}`;
        const at = say('review.checkProjectGeometry.at', { where, key: k + 1 });
        if (!Array.isArray(pos) || pos.length < 2 || pos.length > 3 || !pos.every((v) => typeof v === 'number' && Number.isFinite(v))) {
          return fatal('invalid-geometry', kPath, `${at.zh}应为 [经度, 纬度] 数值`, `${at.en} must be [lon, lat] numbers`, {
            found: JSON.stringify(pos ?? null).slice(0, 80),
          });
        }
        const [lon, lat] = pos as number[];
        if (lon! < LON_MIN || lon! > LON_MAX || lat! < LAT_MIN || lat! > LAT_MAX) {
          const metres = Math.abs(lon!) > 1000 || Math.abs(lat!) > 1000;
          return fatal(
            'coordinate-out-of-range',
            kPath,
            `${at.zh} [${lon}, ${lat}] 不在中国境内的经纬度范围${metres ? '（看起来是投影坐标米数；项目文档须为 EPSG:4490 经纬度，请先按界址点文件导入）' : ''}`,
            `${at.en} [${lon}, ${lat}] is not a lon/lat in China${metres ? ' (it looks like projected metres; a project document is EPSG:4490 lon/lat: import the 界址点 file instead)' : ''}`,
            { found: [lon!, lat!] },
          );
        }
      }
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        return fatal(
          'ring-not-closed',
          rPath,
          `${where.zh}未闭合（首尾坐标不同）`,
          `${where.en} is not closed (first and last positions differ)`,
        );
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
