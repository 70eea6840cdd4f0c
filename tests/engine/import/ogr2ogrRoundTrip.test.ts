// Files written by an independent tool (GDAL's ogr2ogr) from a known GeoJSON with Chinese attributes:
// a GBK Shapefile in EPSG:4526 (with and without its .cpg, loose and zipped) and a GeoPackage in EPSG:4547.
// Importing them must give back the original attributes, and coordinates within 1 cm.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { prepareImport, type ImportOptions } from '../../../engine/import/prepareImport.ts';
import type { ImportSource } from '../../../engine/import/readSource.ts';
import { JIYUAN_TERRITORY } from '../../../engine/import/crs/territory.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { sourcePlan } from './sourcePlan.ts';

let dir: string;
const source = sourcePlan();
const options: ImportOptions = {
  kind: 'land',
  layer: 'GHYDYH',
  plan: {
    id: 'jiyuan-land-2035',
    title: '济源国土空间规划',
    department: '济源市自然资源和规划局',
    version: 'v1',
    period: { start: 2021, end: 2035 },
  },
  territory: JIYUAN_TERRITORY,
};

function ogr2ogr(args: string[]): void {
  execFileSync('ogr2ogr', args, { cwd: dir, stdio: 'pipe' });
}

function loose(sub: string): Map<string, Uint8Array> {
  return new Map(readdirSync(join(dir, sub)).map((n) => [n, new Uint8Array(readFileSync(join(dir, sub, n)))]));
}

function maxDeviationM(a: Geometry, b: Geometry): number {
  const flat = (g: Geometry): number[][] => {
    const out: number[][] = [];
    const visit = (c: unknown): void => {
      if (typeof (c as unknown[])[0] === 'number') out.push(c as number[]);
      else for (const child of c as unknown[]) visit(child);
    };
    visit(g.coordinates);
    return out;
  };
  const pa = flat(a);
  const pb = flat(b);
  expect(pa.length).toBe(pb.length);
  let worst = 0;
  for (let i = 0; i < pa.length; i++) {
    const [lon, lat] = pa[i]!;
    const dx = (pb[i]![0]! - lon!) * 111_320 * Math.cos((lat! * Math.PI) / 180);
    const dy = (pb[i]![1]! - lat!) * 110_574;
    worst = Math.max(worst, Math.hypot(dx, dy));
  }
  return worst;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-ogr-'));
  for (const f of source.features) f.properties.MJ = Math.round(ellipsoidalAreaM2(f.geometry) * 100) / 100;
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(source));
  ogr2ogr([
    '-f',
    'ESRI Shapefile',
    '-s_srs',
    'EPSG:4490',
    '-t_srs',
    'EPSG:4526',
    '-lco',
    'ENCODING=GBK',
    '-nln',
    'plan',
    'gbk',
    'source.geojson',
  ]);
  ogr2ogr([
    '-f',
    'ESRI Shapefile',
    '-s_srs',
    'EPSG:4490',
    '-t_srs',
    'EPSG:4526',
    '-lco',
    'ENCODING=GBK',
    '-nln',
    'plan',
    'nocpg',
    'source.geojson',
  ]);
  rmSync(join(dir, 'nocpg', 'plan.cpg'));
  ogr2ogr(['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4547', '-nln', 'GHYDYH', 'plan.gpkg', 'source.geojson']);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import of files written by ogr2ogr', () => {
  const cases: [string, () => Promise<{ source: ImportSource; extra?: Partial<ImportOptions> }>, string, string][] = [
    [
      'GBK Shapefile with .cpg (EPSG:4526)',
      async () => ({ source: { format: 'shapefile', file: 'plan.shp', files: loose('gbk') } }),
      'cpg',
      'EPSG:4526',
    ],
    [
      'GBK Shapefile without .cpg',
      async () => ({ source: { format: 'shapefile', file: 'plan.shp', files: loose('nocpg') } }),
      'detected',
      'EPSG:4526',
    ],
    [
      'zipped GBK Shapefile',
      async () => {
        const files = Object.fromEntries([...loose('gbk')].map(([n, b]) => [`plan/${n}`, b]));
        return { source: { format: 'shapefile-zip', file: 'plan.zip', bytes: zipSync(files) } };
      },
      'cpg',
      'EPSG:4526',
    ],
    [
      'GeoPackage (EPSG:4547)',
      async () => ({
        source: { format: 'geopackage', file: 'plan.gpkg', bytes: new Uint8Array(readFileSync(join(dir, 'plan.gpkg'))) },
        extra: { sqlJs: await createSqlJs() },
      }),
      '',
      'EPSG:4547',
    ],
  ];
  for (const [name, make, encodingSource, crs] of cases) {
    it(`gives back the original attributes and coordinates within 1 cm: ${name}`, async () => {
      const { source: src, extra } = await make();
      const report = prepareImport(src, { ...options, ...extra });
      expect(report.issues.filter((i) => i.severity === 'fatal' || i.severity === 'quality')).toEqual([]);
      expect(report.sourceCrs).toBe(crs);
      if (encodingSource) expect(report.encoding?.source).toBe(encodingSource);
      const doc = report.document!;
      expect(doc.plan.sourceCrs).toBe(crs);
      expect(doc.features).toHaveLength(source.features.length);
      expect(report.counts).toEqual({ read: 3, mapped: 3, valid: 3, quality: 0, fatal: 0 });
      for (let i = 0; i < source.features.length; i++) {
        const original = source.features[i]!;
        const imported = doc.features[i]!;
        expect(imported.properties).toEqual(original.properties);
        expect(imported.geometry.type).toBe(original.geometry.type);
        expect(maxDeviationM(original.geometry, imported.geometry)).toBeLessThan(0.01);
      }
    });
  }

  it('reads the GBK text as mojibake-free Chinese even when the .cpg is missing', () => {
    const report = prepareImport({ format: 'shapefile', file: 'plan.shp', files: loose('nocpg') }, options);
    expect(report.encoding).toMatchObject({ encoding: 'gb18030', source: 'detected' });
    expect(report.document!.features.map((f) => f.properties.XZQMC)).toEqual(['沁园街道', '轵城镇', '梨林镇']);
  });
});

describe('progress', () => {
  it('reports each phase in order, ending with validation', () => {
    const phases: string[] = [];
    prepareImport({ format: 'shapefile', file: 'plan.shp', files: loose('gbk') }, { ...options, onProgress: (p) => phases.push(p.phase) });
    expect([...new Set(phases)]).toEqual(['read', 'check', 'reproject', 'map', 'validate']);
  });
});
