// Pure. Refuses a vertex no supported CRS can hold (not finite, or |x| or |y| ≥ 1e9: the largest, a
// zone-prefixed Gauss-Krüger easting, stays under 4.6e7), naming the feature, the vertex and its value. Runs
// before the CRS is inferred, so such a vertex is never taken for swapped axes or an unknown CRS.
import { say } from '../i18n/index.ts';
import type { Geometry, Position } from '../model/types.ts';
import { importIssue } from './importFailure.ts';
import type { ImportIssue, SourceRead } from './types.ts';

export const MAX_COORDINATE_MAGNITUDE = 1e9;

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      return [];
  }
}

const implausible = (v: number): boolean => !Number.isFinite(v) || v >= MAX_COORDINATE_MAGNITUDE || v <= -MAX_COORDINATE_MAGNITUDE;

/** One fatal issue per feature with such a vertex (the first one), in file order. */
export function checkCoordinateMagnitudes(read: SourceRead): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const f of read.features) {
    if (f.geometry === null) continue;
    const positions = Array.isArray((f.geometry as { coordinates?: unknown }).coordinates) ? positionsOf(f.geometry) : [];
    const at = positions.findIndex((p) => Array.isArray(p) && (implausible(p[0]) || implausible(p[1])));
    if (at < 0) continue;
    const [x, y] = positions[at]!;
    const bsm = f.properties['BSM'];
    const tag = typeof bsm === 'string' || typeof bsm === 'number' ? String(bsm) : undefined;
    const zhFeature = `第 ${f.index + 1} 个要素${tag ? `（BSM=${tag}）` : ''}`;
    const enFeature = `feature ${f.index + 1}${tag ? ` (BSM=${tag})` : ''}`;
    issues.push(
      importIssue(
        'coordinate-implausible',
        'fatal',
        say('import.checkCoordinateMagnitudes.coordinate-implausible', {
          file: read.file,
          vertex: at + 1,
          x,
          y,
          feature: { zh: zhFeature, en: enFeature },
        }),
        { file: read.file, featureIndex: f.index, ...(tag ? { bsm: tag } : {}) },
      ),
    );
  }
  return issues;
}
