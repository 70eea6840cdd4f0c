// Pure. readShpRecords(shp, shx, file) → one GeoJSON geometry (or null for a Null shape) per record, read
// through the .shx offsets; Z and M values are dropped (reported by the caller). Polygons: clockwise rings
// are shells, counter-clockwise rings are holes of the shell that contains them; output follows RFC 7946
// winding (shells counter-clockwise). Throws ImportFailure on truncated or inconsistent files.
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
  const truncated = (whatZh: string, whatEn: string, featureIndex?: number): never =>
    fail('shp-truncated', `${file} 已损坏或不完整（${whatZh}）。`, `${file} is damaged or truncated (${whatEn}).`, featureIndex === undefined ? { file } : { file, featureIndex });
  if (shp.length < 100 || shx.length < 100) truncated('文件头不足 100 字节', 'header shorter than 100 bytes');
  const sv = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const xv = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
  if (sv.getInt32(0, false) !== 9994 || xv.getInt32(0, false) !== 9994) {
    fail('shp-invalid', `${file} 不是有效的 Shapefile（文件代码不是 9994）。`, `${file} is not a valid Shapefile (file code is not 9994).`, { file });
  }
  const shapeType = sv.getInt32(32, true);
  const baseType = shapeType % 10;
  if (![0, 1, 3, 5, 8].includes(baseType) || shapeType === 31) {
    fail('shp-unsupported-type', `${file} 的几何类型（${shapeType}）不受支持，仅支持点、线、面。`, `${file} has an unsupported shape type (${shapeType}); only points, lines and polygons are supported.`, { file });
  }
  const count = Math.floor((shx.length - 100) / 8);
  const geometries: (Geometry | null)[] = new Array(count);
  let hadZOrM = shapeType > 10;
  let previousEnd = 100;
  for (let r = 0; r < count; r++) {
    const offset = xv.getInt32(100 + r * 8, false) * 2;
    const lengthBytes = xv.getInt32(100 + r * 8 + 4, false) * 2;
    if (offset < 100 || offset + 8 + lengthBytes > shp.length || lengthBytes < 4) truncated(`第 ${r + 1} 条记录超出文件末尾`, `record ${r + 1} runs past the end of the file`, r);
    // Records follow one another in the .shp: an index entry pointing back (e.g. every entry at one record)
    // would read the same shape several times.
    if (offset < previousEnd) {
      fail('shx-inconsistent', `${file} 的索引文件（.shx）与 .shp 不一致：第 ${r + 1} 条记录指向第 ${offset} 字节，与前面的记录重叠；请重新导出该 Shapefile。`, `The index (.shx) of ${file} does not match the .shp: record ${r + 1} points at byte ${offset}, overlapping an earlier record. Export the Shapefile again.`, { file, featureIndex: r });
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
      if (bytes > lengthBytes) truncated(`第 ${r + 1} 条记录长度不足`, `record ${r + 1} is too short`, r);
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
      if (numParts < 0 || numPoints < 0) truncated(`第 ${r + 1} 条记录的部件数无效`, `record ${r + 1} has an invalid part count`, r);
      need(44 + numParts * 4 + numPoints * 16);
      const pointsAt = at + 44 + numParts * 4;
      const parts: Position[][] = [];
      for (let p = 0; p < numParts; p++) {
        const start = sv.getInt32(at + 44 + p * 4, true);
        const end = p + 1 < numParts ? sv.getInt32(at + 44 + (p + 1) * 4, true) : numPoints;
        if (start < 0 || end > numPoints || start > end) truncated(`第 ${r + 1} 条记录的部件索引无效`, `record ${r + 1} has an invalid part index`, r);
        const part: Position[] = [];
        for (let i = start; i < end; i++) part.push(point(pointsAt + i * 16));
        parts.push(part);
      }
      if (base === 3) {
        const lines = parts.filter((l) => l.length >= 2);
        geometries[r] = lines.length === 0 ? null : lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
      } else {
        // A ring needs 4 points (a triangle, closed); a shorter one is named here rather than dropped, which
        // would leave the record without geometry and be reported as an empty one.
        const short = parts.findIndex((ring) => ring.length < 4);
        if (short >= 0) {
          const n = parts[short]!.length;
          fail('shp-ring-too-few-points', `${file} 第 ${r + 1} 条记录的第 ${short + 1} 个环只有 ${n} 个点，至少需要 4 个（闭合的三角形）；请检查数据。`, `Ring ${short + 1} of record ${r + 1} in ${file} has ${n} point(s); a ring needs at least 4 (a closed triangle). Check the data.`, { file, featureIndex: r });
        }
        geometries[r] = assemblePolygon(parts);
      }
    } else {
      fail('shp-mixed-types', `${file} 第 ${r + 1} 条记录的几何类型（${SHAPE_NAMES[base] ?? type}）与文件声明的类型（${SHAPE_NAMES[baseType] ?? shapeType}）不一致。`, `Record ${r + 1} of ${file} has shape type ${type}, unlike the file's type ${shapeType}.`, { file, featureIndex: r });
    }
    if (base !== baseType && baseType !== 0) {
      fail('shp-mixed-types', `${file} 第 ${r + 1} 条记录的几何类型（${SHAPE_NAMES[base]}）与文件声明的类型（${SHAPE_NAMES[baseType]}）不一致。`, `Record ${r + 1} of ${file} has shape type ${SHAPE_NAMES[base]}, unlike the file's ${SHAPE_NAMES[baseType]}.`, { file, featureIndex: r });
    }
  }
  return { shapeType, geometries, hadZOrM };
}
