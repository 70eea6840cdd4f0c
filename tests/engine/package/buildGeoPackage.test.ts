// The GeoPackage's file allocated once at its estimated size: a database cut exactly at the size its header
// states, intact, with every row, both when the estimate holds and when long attributes outgrow it. Coordinates
// are rounded to the package's precision as they are written: blobs and extent as if the geometry had been rounded.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geometry } from '../../../engine/model/types.ts';
import { buildGeoPackage } from '../../../engine/package/buildGeoPackage.ts';
import { encodeGpkgGeometry } from '../../../engine/package/encodeGpkgGeometry.ts';
import { geometryAtPrecision } from '../../../engine/package/precision.ts';
import type { PackageLayer, SqlJsWriterPort } from '../../../engine/package/index.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';

let sqlJs: SqlJsWriterPort;
beforeAll(async () => {
  sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
});

function parcels(count: number, noteChars: number): PackageLayer {
  return {
    name: 'GHYDYH',
    titleZh: '规划用地用海',
    layer: 'GHYDYH',
    features: Array.from({ length: count }, (_, i) => {
      const x = 112 + (i % 100) * 0.001;
      const y = 35 + Math.floor(i / 100) * 0.001;
      return {
        id: `f${i}`,
        geometry: {
          type: 'Polygon' as const,
          coordinates: [
            [
              [x, y],
              [x + 0.001, y],
              [x + 0.001, y + 0.001],
              [x, y + 0.001],
              [x, y],
            ],
          ],
        },
        properties: { BSM: `419001${String(i).padStart(12, '0')}`, YDYHFLDM: '0701', BZ: '说明'.repeat(noteChars / 2) },
      };
    }),
  };
}

function check(bytes: Uint8Array, rows: number): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint16(16) * view.getUint32(28)).toBe(bytes.length);
  const db = new sqlJs.Database(bytes);
  try {
    expect(db.exec('PRAGMA integrity_check')[0]!.values).toEqual([['ok']]);
    expect(db.exec('PRAGMA application_id')[0]!.values).toEqual([[0x47504b47]]);
    expect(db.exec('SELECT COUNT(*), MAX(length(BZ)) FROM "GHYDYH"')[0]!.values[0]![0]).toBe(rows);
    expect(db.exec('SELECT table_name, min_x, max_y FROM gpkg_contents')[0]!.values).toEqual([
      ['GHYDYH', 112, 35 + Math.floor((rows - 1) / 100) * 0.001 + 0.001],
    ]);
  } finally {
    db.close();
  }
}

describe('buildGeoPackage', () => {
  it('cuts the file at the size its header states when the estimate holds', () => {
    check(buildGeoPackage(sqlJs, [parcels(3000, 10)], '2026-11-27T00:00:00Z'), 3000);
  });

  it('still writes every row when long attributes outgrow the estimate', () => {
    const bytes = buildGeoPackage(sqlJs, [parcels(3000, 2000)], '2026-11-27T00:00:00Z');
    expect(bytes.length).toBeGreaterThan(3000 * 4000);
    check(bytes, 3000);
  });

  it('gives the same bytes twice', () => {
    const a = buildGeoPackage(sqlJs, [parcels(500, 40)], '2026-11-27T00:00:00Z');
    const b = buildGeoPackage(sqlJs, [parcels(500, 40)], '2026-11-27T00:00:00Z');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writes each coordinate at 1e-9° and the extent of the rounded coordinates, promoting a mixed layer', () => {
    // Digits past the ninth decimal, on both sides of a half, and a -0 that must come out as 0.
    const polygon: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [112.1234567894999, 35.0000000005001],
          [112.1244567895001, 35.0000000004999],
          [112.1244567895001, 35.001],
          [112.1234567894999, 35.0000000005001],
        ],
      ],
    };
    const multi: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-0, 34.9999999999999],
            [1e-12, 34.9999999999999],
            [1e-12, 35.0000000011111],
            [-0, 34.9999999999999],
          ],
        ],
      ],
    };
    const layer: PackageLayer = {
      name: 'GHYDYH',
      titleZh: '规划用地用海',
      layer: 'GHYDYH',
      features: [polygon, multi].map((geometry, i) => ({ id: `f${i}`, geometry, properties: { BSM: String(i) } })),
    };
    const bytes = buildGeoPackage(sqlJs, [layer], '2026-11-27T00:00:00Z');
    const db = new sqlJs.Database(bytes);
    try {
      const blobs = db.exec('SELECT geom FROM "GHYDYH" ORDER BY fid')[0]!.values.map((r) => r[0] as Uint8Array);
      const rounded = [polygon, multi].map(geometryAtPrecision);
      // The blobs of the rounded geometries (header and envelope included), and they differ from the unrounded ones.
      const promoted: Geometry = {
        type: 'MultiPolygon',
        coordinates: [(rounded[0] as Extract<Geometry, { type: 'Polygon' }>).coordinates],
      };
      expect([...blobs[0]!]).toEqual([...encodeGpkgGeometry(promoted, 4490)]);
      expect([...blobs[1]!]).toEqual([...encodeGpkgGeometry(rounded[1]!, 4490)]);
      expect([...blobs[1]!]).not.toEqual([...encodeGpkgGeometry(multi, 4490)]);
      expect(Object.is(new DataView(blobs[1]!.buffer, blobs[1]!.byteOffset).getFloat64(8, true), 0)).toBe(true);
      expect(db.exec('SELECT geometry_type_name FROM gpkg_geometry_columns')[0]!.values).toEqual([['MULTIPOLYGON']]);
      expect(db.exec('SELECT min_x, min_y, max_x, max_y FROM gpkg_contents')[0]!.values).toEqual([[0, 35, 112.12445679, 35.001]]);
    } finally {
      db.close();
    }
  });
});
