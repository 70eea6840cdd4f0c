// The GeoPackage's file allocated once at its estimated size: a database cut exactly at the size its header
// states, intact, with every row, both when the estimate holds and when long attributes outgrow it.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGeoPackage } from '../../../engine/package/buildGeoPackage.ts';
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
});
