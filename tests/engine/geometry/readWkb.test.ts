// readWkb on hand-made WKB: multi-geometries must hold members of their own kind (a MultiPolygon of Points
// used to come out with position arrays where rings belong and crash the import later).
import { describe, expect, it } from 'vitest';
import { MalformedWkb, readWkb } from '../../../engine/geometry/wkb.ts';

const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
const f64 = (x: number) => [...new Uint8Array(new Float64Array([x]).buffer)];
const head = (type: number) => [1, ...u32(type)];
const point = (x: number, y: number) => [...head(1), ...f64(x), ...f64(y)];
const ring = (...xy: number[][]) => [...u32(xy.length), ...xy.flatMap(([x, y]) => [...f64(x!), ...f64(y!)])];
const square = ring([112, 35], [112.1, 35], [112.1, 35.1], [112, 35]);
const polygon = [...head(3), ...u32(1), ...square];
const line = [...head(2), ...ring([112, 35], [112.1, 35])];
const multi = (type: number, ...members: number[][]) => Uint8Array.from([...head(type), ...u32(members.length), ...members.flat()]);

function refusal(bytes: Uint8Array): MalformedWkb {
  try {
    readWkb(bytes);
  } catch (e) {
    if (e instanceof MalformedWkb) return e;
    throw e;
  }
  throw new Error('readWkb accepted malformed WKB');
}

describe('readWkb', () => {
  it('reads multi-geometries of their own members', () => {
    expect(readWkb(multi(6, polygon, polygon)).geometry).toEqual({ type: 'MultiPolygon', coordinates: [[[[112, 35], [112.1, 35], [112.1, 35.1], [112, 35]]], [[[112, 35], [112.1, 35], [112.1, 35.1], [112, 35]]]] });
    expect(readWkb(multi(5, line)).geometry).toEqual({ type: 'MultiLineString', coordinates: [[[112, 35], [112.1, 35]]] });
    expect(readWkb(multi(4, point(112, 35))).geometry).toEqual({ type: 'MultiPoint', coordinates: [[112, 35]] });
  });

  it('refuses a MultiPolygon whose members are Points, naming the member and both kinds in zh and en', () => {
    const e = refusal(multi(6, point(112.6, 35.1), point(112.61, 35.11)));
    expect(e).toBeInstanceOf(RangeError);
    expect(e.detail).toEqual({ zh: 'MultiPolygon（多面）的第 1 个成员是 Point（点），应为 Polygon（面）', en: 'member 1 of the MultiPolygon is a Point, not a Polygon' });
  });

  it('refuses a wrong member after good ones, and in MultiLineString and MultiPoint too', () => {
    expect(refusal(multi(6, polygon, line)).detail.en).toBe('member 2 of the MultiPolygon is a LineString, not a Polygon');
    expect(refusal(multi(5, line, polygon)).detail.en).toBe('member 2 of the MultiLineString is a Polygon, not a LineString');
    expect(refusal(multi(4, [...multi(4, point(1, 2))])).detail.en).toBe('member 1 of the MultiPoint is a MultiPoint, not a Point');
  });

  it('refuses an unknown geometry type with a message in both languages', () => {
    expect(refusal(Uint8Array.from([...head(7), ...u32(0)])).detail).toEqual({ zh: '不支持的 WKB 几何类型 7', en: 'unsupported WKB geometry type 7' });
  });
});
