// Pure. readShpRecords(shp, shx, file) → one GeoJSON geometry (or null for a Null shape) per record, read
// through the .shx offsets; Z and M values are dropped (reported by the caller). Polygons: clockwise rings
// are shells, counter-clockwise rings are holes of the shell that contains them; output follows RFC 7946
// winding (shells counter-clockwise). Throws ImportFailure on truncated or inconsistent files.
import { say, type Bilingual } from '../../i18n/index.ts';
import { ringCrossingParity, signedRingArea } from '../../geometry/planarRing.ts';
import type { Geometry, Position } from '../../model/types.ts';
import { fail } from '../importFailure.ts';

export interface ShpRecords {
  shapeType: number;
  geometries: (Geometry | null)[];
  hadZOrM: boolean;
}

const SHAPE_NAMES: Record<number, string> = { 0: 'Null', 1: 'Point', 3: 'PolyLine', 5: 'Polygon', 8: 'MultiPoint' };

function assemblePolygon(rings: Position[][]): Geometry | null {
  const shells: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (signedRingArea(ring) < 0) shells.push([ring.slice().reverse()]);
    else holes.push(ring.slice().reverse());
  }
  for (const hole of holes) {
    const [hx, hy] = hole[0]!;
    const owner = shells.find((s) => ringCrossingParity(hx, hy, s[0]!) === 1);
    // A counter-clockwise ring inside no shell is a shell written with the wrong winding.
    if (owner) owner.push(hole);
    else shells.push([hole.slice().reverse()]);
  }
  if (shells.length === 0) return null;
  if (shells.length === 1) return { type: 'Polygon', coordinates: shells[0]! };
  return { type: 'MultiPolygon', coordinates: shells };
}

export function readShpRecords(shp: Uint8Array, shx: Uint8Array, file: string): ShpRecords {
  const truncated = (what: Bilingual, featureIndex?: number): never =>
    fail(
      'shp-truncated',
      say('import.readShpRecords.shp-truncated', { file, what }),
      featureIndex === undefined ? { file } : { file, featureIndex },
    );
  if (shp.length < 100 || shx.length < 100) truncated(say('import.readShpRecords.short-header'));
  const sv = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const xv = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
  if (sv.getInt32(0, false) !== 9994 || xv.getInt32(0, false) !== 9994) {
    fail('shp-invalid', say('import.readShpRecords.shp-invalid', { file }), { file });
  }
  const shapeType = sv.getInt32(32, true);
  const baseType = shapeType % 10;
  if (![0, 1, 3, 5, 8].includes(baseType) || shapeType === 31) {
    fail('shp-unsupported-type', say('import.readShpRecords.shp-unsupported-type', { file, shapeType }), { file });
  }
  const count = Math.floor((shx.length - 100) / 8);
  const geometries: (Geometry | null)[] = new Array(count);
  let hadZOrM = shapeType > 10;
  let previousEnd = 100;
  for (let r = 0; r < count; r++) {
    const offset = xv.getInt32(100 + r * 8, false) * 2;
    const lengthBytes = xv.getInt32(100 + r * 8 + 4, false) * 2;
    if (offset < 100 || offset + 8 + lengthBytes > shp.length || lengthBytes < 4)
      truncated(say('import.readShpRecords.record-past-end', { record: r + 1 }), r);
    // Records follow one another in the .shp: an index entry pointing back (e.g. every entry at one record)
    // would read the same shape several times.
    if (offset < previousEnd) {
      fail('shx-inconsistent', say('import.readShpRecords.shx-inconsistent', { file, record: r + 1, offset }), { file, featureIndex: r });
    }
    previousEnd = offset + 8 + lengthBytes;
    const at = offset + 8;
    const type = sv.getInt32(at, true);
    if (type === 0) {
      geometries[r] = null;
      continue;
    }
    if (type > 10) hadZOrM = true;
    const base = type % 10;
    const need = (bytes: number) => {
      if (bytes > lengthBytes) truncated(say('import.readShpRecords.record-too-short', { record: r + 1 }), r);
    };
    const point = (p: number): Position => [sv.getFloat64(p, true), sv.getFloat64(p + 8, true)];
    if (base === 1) {
      need(20);
      geometries[r] = { type: 'Point', coordinates: point(at + 4) };
    } else if (base === 8) {
      need(40);
      const n = sv.getInt32(at + 36, true);
      need(40 + n * 16);
      const pts: Position[] = [];
      for (let i = 0; i < n; i++) pts.push(point(at + 40 + i * 16));
      geometries[r] = { type: 'MultiPoint', coordinates: pts };
    } else if (base === 3 || base === 5) {
      need(44);
      const numParts = sv.getInt32(at + 36, true);
      const numPoints = sv.getInt32(at + 40, true);
      if (numParts < 0 || numPoints < 0) truncated(say('import.readShpRecords.bad-part-count', { record: r + 1 }), r);
      need(44 + numParts * 4 + numPoints * 16);
      const pointsAt = at + 44 + numParts * 4;
      const parts: Position[][] = [];
      for (let p = 0; p < numParts; p++) {
        const start = sv.getInt32(at + 44 + p * 4, true);
        const end = p + 1 < numParts ? sv.getInt32(at + 44 + (p + 1) * 4, true) : numPoints;
        if (start < 0 || end > numPoints || start > end) truncated(say('import.readShpRecords.bad-part-index', { record: r + 1 }), r);
        const part: Position[] = [];
        for (let i = start; i < end; i++) part.push(point(pointsAt + i * 16));
        parts.push(part);
      }
      if (base === 3) {
        const lines = parts.filter((l) => l.length >= 2);
        geometries[r] =
          lines.length === 0
            ? null
            : lines.length === 1
              ? { type: 'LineString', coordinates: lines[0]! }
              : { type: 'MultiLineString', coordinates: lines };
      } else {
        // A ring needs 4 points (a triangle, closed); a shorter one is named here rather than dropped, which
        // would leave the record without geometry and be reported as an empty one.
        const short = parts.findIndex((ring) => ring.length < 4);
        if (short >= 0) {
          const n = parts[short]!.length;
          fail(
            'shp-ring-too-few-points',
            say('import.readShpRecords.shp-ring-too-few-points', { file, record: r + 1, ring: short + 1, points: n }),
            { file, featureIndex: r },
          );
        }
        geometries[r] = assemblePolygon(parts);
      }
    } else {
      fail(
        'shp-mixed-types',
        say('import.readShpRecords.shp-mixed-types', {
          file,
          record: r + 1,
          type: { zh: SHAPE_NAMES[base] ?? String(type), en: String(type) },
          declared: { zh: SHAPE_NAMES[baseType] ?? String(shapeType), en: String(shapeType) },
        }),
        { file, featureIndex: r },
      );
    }
    if (base !== baseType && baseType !== 0) {
      fail(
        'shp-mixed-types',
        say('import.readShpRecords.shp-mixed-types-named', {
          file,
          record: r + 1,
          type: String(SHAPE_NAMES[base]),
          declared: String(SHAPE_NAMES[baseType]),
        }),
        { file, featureIndex: r },
      );
    }
  }
  return { shapeType, geometries, hadZOrM };
}
