// A boundary from the plan importer's features: a Shapefile and a GeoPackage written by GDAL's ogr2ogr from the
// 界址点 of a surveyor's TXT (EPSG:4526) give the same 地块, holes and plane areas as the TXT; lon/lat polygons are
// projected to a zone within a millimetre; 界址点 are numbered J1… clockwise from the north-west corner; broken
// input (lines, other CRSs, bow-ties, repeated 地块编号) is refused with a Chinese message and no 地块.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryFromFeatures } from '../../../../engine/import/boundary/boundaryFromFeatures.ts';
import { readBoundaryTxt } from '../../../../engine/import/boundary/readBoundaryTxt.ts';
import { writeBoundaryTxt } from '../../../../engine/import/boundary/writeBoundaryTxt.ts';
import type { SqlJsPort } from '../../../../engine/import/geopackage/sqlJsPort.ts';
import { readSource } from '../../../../engine/import/readSource.ts';
import type { Geometry } from '../../../../engine/model/types.ts';
import { createSqlJs } from '../../../../main/node/createSqlJs.ts';
import { boundaryFixtureBytes } from '../../../fixtures/import/boundary/boundaryFixtures.ts';

const txt = readBoundaryTxt(boundaryFixtureBytes('gbk-crlf-two-parcels.txt'), 'two.txt');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-boundary-features-'));
  // The TXT's own zone coordinates as GeoJSON x = easting (Y), y = northing (X).
  const features = txt.parcels.map((p) => ({
    type: 'Feature',
    properties: { DKBH: p.id, DKMC: p.name },
    geometry: { type: 'Polygon', coordinates: p.rings.map((r) => r.points.map((q) => [q.yM, q.xM])) },
  }));
  writeFileSync(
    join(dir, 'in.geojson'),
    JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4526' } }, features }),
  );
  execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=UTF-8', join(dir, 'shp'), join(dir, 'in.geojson')], { stdio: 'pipe' });
  execFileSync('ogr2ogr', ['-f', 'GPKG', join(dir, 'in.gpkg'), join(dir, 'in.geojson'), '-nln', 'boundary'], { stdio: 'pipe' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sameAsTxt(r: ReturnType<typeof boundaryFromFeatures>): void {
  expect(r.findings).toEqual([]);
  expect(r.crs).toMatchObject({ zone: 38, zoneWidthDeg: 3, prefixed: true, epsg: 4526 });
  expect(r.parcels.map((p) => p.id)).toEqual(txt.parcels.map((p) => p.id));
  r.parcels.forEach((p, i) => {
    const t = txt.parcels[i]!;
    expect(p.rings.map((ring) => ring.ringNo)).toEqual(t.rings.map((ring) => ring.ringNo));
    expect(Math.abs(p.planeAreaM2 - t.planeAreaM2)).toBeLessThan(1e-3);
    expect(Math.abs(p.grs80AreaM2 - t.grs80AreaM2)).toBeLessThan(1e-3);
    // The same points (to the millimetre), whatever order the writer kept.
    const key = (q: { xM: number; yM: number }) => `${q.xM.toFixed(3)},${q.yM.toFixed(3)}`;
    expect(new Set(p.rings.flatMap((ring) => ring.points.map(key)))).toEqual(new Set(t.rings.flatMap((ring) => ring.points.map(key))));
  });
}

describe('boundaryFromFeatures', () => {
  it('takes the 地块 of a Shapefile written by ogr2ogr in EPSG:4526 as the TXT gave them', () => {
    const files = new Map(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
    const read = readSource({ format: 'shapefile', file: 'in.shp', files });
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    expect(read.read.declaredCrs?.epsg).toBe(4526);
    sameAsTxt(boundaryFromFeatures(read.read.features, 'in.shp', `EPSG:${read.read.declaredCrs!.epsg}`));
  });

  it('takes the 地块 of a GeoPackage written by ogr2ogr', async () => {
    const sqlJs = (await createSqlJs()) as unknown as SqlJsPort;
    const read = readSource(
      { format: 'geopackage', file: 'in.gpkg', bytes: new Uint8Array(readFileSync(join(dir, 'in.gpkg'))) },
      { sqlJs },
    );
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    sameAsTxt(boundaryFromFeatures(read.read.features, 'in.gpkg', `EPSG:${read.read.declaredCrs!.epsg}`));
  });

  it('projects lon/lat polygons to the zone within a millimetre and writes them back as a 部标 TXT', () => {
    const features = txt.parcels.map((p) => ({ geometry: p.geometry as Geometry, properties: { DKBH: p.id } }));
    const r = boundaryFromFeatures(features, 'drawn.geojson', 'EPSG:4490', { zone: 38 });
    expect(r.findings).toEqual([]);
    r.parcels.forEach((p, i) => {
      expect(Math.abs(p.planeAreaM2 - txt.parcels[i]!.planeAreaM2)).toBeLessThan(0.05);
      const ref = txt.parcels[i]!.rings.flatMap((ring) => ring.points);
      for (const q of p.rings.flatMap((ring) => ring.points)) {
        const nearest = Math.min(...ref.map((t) => Math.hypot(t.xM - q.xM, t.yM - q.yM)));
        expect(nearest).toBeLessThanOrEqual(0.0015);
      }
    });
    const written = writeBoundaryTxt(r.parcels, { crs: r.crs!, attributes: r.attributes });
    const back = readBoundaryTxt(written.bytes!, 'back.txt');
    expect(back.findings).toEqual([]);
    expect(back.parcels.map((p) => p.geometry)).toEqual(r.parcels.map((p) => p.geometry));
  });

  it('numbers 界址点 J1… clockwise from the north-west corner, holes counter-clockwise, numbers continuing', () => {
    const [lon, lat] = txt.parcels[0]!.geometry.coordinates[0]![0]!;
    const d = 0.001;
    // Outer ring counter-clockwise from the south-east corner; a hole in the middle.
    const outer = [
      [lon! + d, lat!],
      [lon! + d, lat! + d],
      [lon!, lat! + d],
      [lon!, lat!],
      [lon! + d, lat!],
    ];
    const hole = [
      [lon! + 0.3 * d, lat! + 0.3 * d],
      [lon! + 0.3 * d, lat! + 0.7 * d],
      [lon! + 0.7 * d, lat! + 0.7 * d],
      [lon! + 0.7 * d, lat! + 0.3 * d],
      [lon! + 0.3 * d, lat! + 0.3 * d],
    ];
    const r = boundaryFromFeatures([{ geometry: { type: 'Polygon', coordinates: [outer, hole] } as Geometry }], 'sq.geojson', 'EPSG:4490');
    expect(r.findings).toEqual([]);
    const [shell, inner] = r.parcels[0]!.rings;
    expect(shell!.points.map((q) => q.pointId)).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    const p = shell!.points;
    // J1 north-west; then east along the north edge (clockwise); J3 south-east; J4 south-west.
    // (Meridian convergence tilts the lon/lat square by a few metres on the zone's grid.)
    expect(p[0]!.xM).toBeGreaterThan(p[3]!.xM + 100);
    expect(p[1]!.yM).toBeGreaterThan(p[0]!.yM + 80);
    expect(Math.abs(p[1]!.xM - p[0]!.xM)).toBeLessThan(5);
    expect(p[2]!.xM).toBeLessThan(p[1]!.xM - 100);
    expect(inner!.points.map((q) => q.pointId)).toEqual(['J5', 'J6', 'J7', 'J8', 'J5']);
    // The hole runs counter-clockwise: from its north-west corner south first.
    expect(inner!.points[1]!.xM).toBeLessThan(inner!.points[0]!.xM);
    expect(r.crs?.zone).toBe(38);
  });

  const [lon, lat] = txt.parcels[0]!.geometry.coordinates[0]![0]!;
  const square = (dx: number, id?: string) => ({
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon! + dx, lat!],
          [lon! + dx + 0.001, lat!],
          [lon! + dx + 0.001, lat! + 0.001],
          [lon! + dx, lat! + 0.001],
          [lon! + dx, lat!],
        ],
      ],
    } as Geometry,
    properties: (id ? { 地块编号: id } : {}) as Record<string, string>,
  });
  const refused: [string, Parameters<typeof boundaryFromFeatures>[0], string, string, RegExp][] = [
    [
      'a line among the polygons',
      [
        square(0),
        {
          geometry: {
            type: 'LineString',
            coordinates: [
              [lon!, lat!],
              [lon! + 0.001, lat!],
            ],
          },
        },
      ],
      'EPSG:4490',
      'BOUNDARY_NOT_POLYGON',
      /要素 2 是 LineString，边界只能是面/,
    ],
    ['a feature without geometry', [{ geometry: null }], 'EPSG:4490', 'BOUNDARY_NOT_POLYGON', /要素 1 是 null/],
    ['a file without features', [], 'EPSG:4490', 'BOUNDARY_NO_POLYGONS', /没有可作为边界的面要素/],
    ['web Mercator', [square(0)], 'EPSG:3857', 'BOUNDARY_CRS_UNSUPPORTED', /坐标系 EPSG:3857 不受支持/],
    [
      'an infinite coordinate',
      [
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [lon!, lat!],
                [Infinity, lat!],
                [lon!, lat! + 0.001],
                [lon!, lat!],
              ],
            ],
          },
        },
      ],
      'EPSG:4490',
      'BOUNDARY_COORDINATE',
      /要素 1 的坐标/,
    ],
    ['a repeated 地块编号', [square(0, 'A'), square(0.002, 'A')], 'EPSG:4490', 'TXT_DUPLICATE_PARCEL', /地块编号“A”重复/],
    [
      'a bow-tie',
      [
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [lon!, lat!],
                [lon! + 0.001, lat! + 0.001],
                [lon! + 0.001, lat!],
                [lon!, lat! + 0.001],
                [lon!, lat!],
              ],
            ],
          },
        },
      ],
      'EPSG:4490',
      'TXT_SELF_INTERSECTION',
      /边界自相交/,
    ],
    [
      'a ring of two points',
      [
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [lon!, lat!],
                [lon! + 0.001, lat!],
                [lon!, lat!],
              ],
            ],
          },
        },
      ],
      'EPSG:4490',
      'TXT_RING_TOO_SHORT',
      /只有 2 个不同的点/,
    ],
    [
      'a polygon far from 济源',
      [
        {
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [116, 40],
                [116.001, 40],
                [116.001, 40.001],
                [116, 40],
              ],
            ],
          },
        },
      ],
      'EPSG:4490',
      'TXT_OUTSIDE_TERRITORY',
      /不在济源市范围内/,
    ],
  ];
  for (const [what, features, crs, code, zh] of refused) {
    it(`refuses ${what} with a Chinese message and no 地块`, () => {
      const r = boundaryFromFeatures(features, 'b.geojson', crs);
      expect(r.parcels).toEqual([]);
      const f = r.findings.find((x) => x.code === code);
      expect(f, JSON.stringify(r.findings)).toBeDefined();
      expect(f!.level).toBe('fatal');
      expect(f!.messageZh).toMatch(zh);
      expect(f!.messageZh.startsWith('b.geojson')).toBe(true);
      expect(f!.messageEn.startsWith('b.geojson')).toBe(true);
    });
  }
});
