// Pure. readWkb(bytes, offset) → a GeoJSON geometry (x, y only; Z/M dropped) from ISO or EWKB
// well-known binary, or null for an empty geometry; throws RangeError on truncated input and MalformedWkb
// (a RangeError saying what is wrong, in zh and en) on an unknown type or a multi-geometry of the wrong members.
import type { Geometry, Position } from '../../model/types.ts';

const NAMES = ['', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'] as const;
const NAMES_ZH = ['', '点', '线', '面', '多点', '多线', '多面'] as const;

export class MalformedWkb extends RangeError {
  constructor(readonly detail: { zh: string; en: string }) {
    super(detail.en);
    this.name = 'MalformedWkb';
  }
}

const nameOf = (type: number): string => NAMES[type] ?? `type ${type}`;
const nameZhOf = (type: number): string => (NAMES[type] ? `${NAMES[type]}（${NAMES_ZH[type]}）` : `类型 ${type}`);

export interface WkbResult {
  geometry: Geometry | null;
  hadZOrM: boolean;
}

export function readWkb(bytes: Uint8Array, start = 0): WkbResult {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = start;
  let hadZOrM = false;

  function readOne(): { type: number; value: unknown } {
    const le = v.getUint8(p) === 1;
    p += 1;
    let raw = v.getUint32(p, le);
    p += 4;
    let hasZ = false;
    let hasM = false;
    if (raw & 0x20000000) p += 4; // EWKB SRID
    if (raw & 0x80000000) hasZ = true;
    if (raw & 0x40000000) hasM = true;
    raw &= 0x0fffffff;
    const iso = Math.floor(raw / 1000);
    if (iso === 1 || iso === 3) hasZ = true;
    if (iso === 2 || iso === 3) hasM = true;
    const type = raw % 1000;
    const dims = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
    if (dims > 2) hadZOrM = true;
    const point = (): Position => {
      const x = v.getFloat64(p, le);
      const y = v.getFloat64(p + 8, le);
      p += dims * 8;
      return [x, y];
    };
    const points = (): Position[] => {
      const n = v.getUint32(p, le);
      p += 4;
      const out: Position[] = [];
      for (let i = 0; i < n; i++) out.push(point());
      return out;
    };
    const rings = (): Position[][] => {
      const n = v.getUint32(p, le);
      p += 4;
      const out: Position[][] = [];
      for (let i = 0; i < n; i++) out.push(points());
      return out;
    };
    /** The members of a Multi* (type 4–6) must all be its single kind (1–3): anything else has the wrong nesting. */
    const many = (): unknown[] => {
      const n = v.getUint32(p, le);
      p += 4;
      const out: unknown[] = [];
      for (let i = 0; i < n; i++) {
        const member = readOne();
        if (member.type !== type - 3) {
          throw new MalformedWkb({
            zh: `${nameZhOf(type)}的第 ${i + 1} 个成员是 ${nameZhOf(member.type)}，应为 ${nameZhOf(type - 3)}`,
            en: `member ${i + 1} of the ${nameOf(type)} is a ${nameOf(member.type)}, not a ${nameOf(type - 3)}`,
          });
        }
        out.push(member.value);
      }
      return out;
    };
    switch (type) {
      case 1:
        return { type, value: point() };
      case 2:
        return { type, value: points() };
      case 3:
        return { type, value: rings() };
      case 4:
      case 5:
      case 6:
        return { type, value: many() };
      default:
        throw new MalformedWkb({ zh: `不支持的 WKB 几何类型 ${raw}`, en: `unsupported WKB geometry type ${raw}` });
    }
  }

  const { type, value } = readOne();
  const isEmpty =
    type === 1 ? (value as number[]).some((n) => Number.isNaN(n)) : (value as unknown[]).length === 0;
  if (isEmpty) return { geometry: null, hadZOrM };
  return { geometry: { type: NAMES[type], coordinates: value } as Geometry, hadZOrM };
}
