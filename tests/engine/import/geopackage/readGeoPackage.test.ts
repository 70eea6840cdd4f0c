// GeoPackages written by ogr2ogr: several feature tables (listed, chosen by name or by the target layer),
// the CRS from gpkg_spatial_ref_sys, Z values dropped.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGeoPackage } from '../../../../engine/import/geopackage/readGeoPackage.ts';
import type { SqlJsPort } from '../../../../engine/import/geopackage/sqlJsPort.ts';
import { createSqlJs } from '../../../../main/node/createSqlJs.ts';

let dir: string;
let sqlJs: SqlJsPort;
let bytes: Uint8Array;

beforeAll(async () => {
  sqlJs = await createSqlJs();
  dir = mkdtempSync(join(tmpdir(), 'lantu-gpkg-'));
  const point = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { 名称: '济源站' }, geometry: { type: 'Point', coordinates: [112.6, 35.1, 140] } }],
  };
  const zone = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { GHFQMC: '城镇集中建设区' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.5, 35],
              [112.6, 35],
              [112.6, 35.1],
              [112.5, 35],
            ],
          ],
        },
      },
    ],
  };
  writeFileSync(join(dir, 'point.geojson'), JSON.stringify(point));
  writeFileSync(join(dir, 'zone.geojson'), JSON.stringify(zone));
  execFileSync('ogr2ogr', ['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-nln', 'JTSS', 'multi.gpkg', 'point.geojson'], {
    cwd: dir,
    stdio: 'pipe',
  });
  execFileSync(
    'ogr2ogr',
    ['-f', 'GPKG', '-update', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4547', '-nln', 'CZKFBJ', 'multi.gpkg', 'zone.geojson'],
    { cwd: dir, stdio: 'pipe' },
  );
  bytes = new Uint8Array(readFileSync(join(dir, 'multi.gpkg')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readGeoPackage', () => {
  it('lists the feature tables and refuses to guess between them', () => {
    expect(() => readGeoPackage(bytes, 'multi.gpkg', sqlJs)).toThrow('multi.gpkg holds several layers (CZKFBJ, JTSS); choose one.');
  });
  it('reads the table named like the target layer, with its own CRS', () => {
    const r = readGeoPackage(bytes, 'multi.gpkg', sqlJs, { targetLayer: 'CZKFBJ' });
    expect(r.layers).toEqual(['CZKFBJ', 'JTSS']);
    expect(r.layer).toBe('CZKFBJ');
    expect(r.declaredCrs).toMatchObject({ epsg: 4547, from: 'gpkg' });
    expect(r.features[0]!.properties).toEqual({ GHFQMC: '城镇集中建设区' });
  });
  it('reads a chosen table and drops Z', () => {
    const r = readGeoPackage(bytes, 'multi.gpkg', sqlJs, { sourceLayer: 'JTSS' });
    expect(r.declaredCrs).toMatchObject({ epsg: 4526 });
    expect(r.features[0]!.geometry!.type).toBe('Point');
    expect((r.features[0]!.geometry!.coordinates as number[]).length).toBe(2);
    expect(r.issues.map((i) => i.code)).toEqual(['gpkg-z-dropped']);
  });
  it('refuses a file that is not SQLite', () => {
    expect(() => readGeoPackage(new TextEncoder().encode('not a database at all'), 'x.gpkg', sqlJs)).toThrow('x.gpkg is not a GeoPackage');
  });
});
