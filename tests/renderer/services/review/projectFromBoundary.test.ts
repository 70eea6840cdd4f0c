// A project boundary file becomes a project document only through its report: TXT and DXF fixtures written
// by surveying software and ezdxf, a DWG refused asking for DXF, and the facts form's checks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectVersion } from '../../../../engine/review/projectVersion.ts';
import { checkProjectFacts, projectFromBoundary } from '../../../../renderer/services/review/projectFromBoundary.ts';
import { isFatal, readBoundaryFile, readDrawnBoundary } from '../../../../renderer/services/review/readBoundaryFile.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'import');
const bytes = (path: string) => new Uint8Array(readFileSync(join(FIXTURES, path)));

describe('readBoundaryFile', () => {
  it('reads a GBK TXT with two 地块 and a hole: parcels, areas, zone and every 界址点', () => {
    const reading = readBoundaryFile(bytes('boundary/gbk-crlf-two-parcels.txt'), 'gbk-crlf-two-parcels.txt');
    expect(isFatal(reading)).toBe(false);
    expect(reading.crs).toBe('EPSG:4526');
    expect(reading.parcels.map((p) => [p.id, p.name])).toEqual([
      ['1', '济源示范项目一期'],
      ['2', '济源示范项目二期'],
    ]);
    expect(reading.parcels[0]!.geometry.coordinates).toHaveLength(2);
    expect(Math.abs(reading.parcels[0]!.planeAreaM2 - 119_260)).toBeLessThan(5);
    expect(reading.points.filter((p) => p.parcelId === '1' && p.ringNo === 2).map((p) => p.pointId)).toEqual([
      'J5',
      'J6',
      'J7',
      'J8',
      'J5',
    ]);
  });

  it('reads a GeoJSON and a zipped Shapefile (zone 38, written by GDAL) as the same 地块 as the TXT they came from', () => {
    const txt = readBoundaryFile(bytes('boundary/gbk-crlf-two-parcels.txt'), 'gbk-crlf-two-parcels.txt');
    const collection = {
      type: 'FeatureCollection',
      features: txt.parcels.map((p) => ({ type: 'Feature', properties: { DKBH: p.id }, geometry: p.geometry })),
    };
    const geojson = readBoundaryFile(new TextEncoder().encode(JSON.stringify(collection)), 'site.geojson');
    expect(isFatal(geojson)).toBe(false);
    expect(geojson.format).toBe('geojson');
    expect(geojson.points[0]!.pointId).toBe('J1');
    const dir = mkdtempSync(join(tmpdir(), 'lantu-boundary-shp-'));
    try {
      writeFileSync(join(dir, 'site.geojson'), JSON.stringify(collection));
      execFileSync('ogr2ogr', [
        '-f',
        'ESRI Shapefile',
        '-s_srs',
        'EPSG:4490',
        '-t_srs',
        'EPSG:4526',
        join(dir, 'site.shp'),
        join(dir, 'site.geojson'),
      ]);
      const members = Object.fromEntries(
        ['shp', 'shx', 'dbf', 'prj'].map((e) => [`site.${e}`, new Uint8Array(readFileSync(join(dir, `site.${e}`)))]),
      );
      const shapefile = readBoundaryFile(zipSync(members), 'site.zip');
      expect(isFatal(shapefile)).toBe(false);
      expect(shapefile.format).toBe('shapefile');
      expect(shapefile.crs).toBe('EPSG:4526');
      for (const reading of [geojson, shapefile]) {
        expect(reading.parcels).toHaveLength(2);
        reading.parcels.forEach((p, i) => expect(Math.abs(p.grs80AreaM2 - txt.parcels[i]!.grs80AreaM2)).toBeLessThan(0.05));
      }
      // Without its .prj the Shapefile asks for a CRS and gives nothing to store, until one is chosen.
      const { 'site.prj': _prj, ...noPrj } = members;
      const unknown = readBoundaryFile(zipSync(noPrj), 'site.zip');
      expect(isFatal(unknown)).toBe(true);
      expect(unknown.findings[0]!.zh).toContain('EPSG:4526');
      expect(isFatal(readBoundaryFile(zipSync(noPrj), 'site.zip', { crs: 'EPSG:4526' }))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unsupported datum with nothing to store', () => {
    const reading = readBoundaryFile(bytes('boundary/xian80-unsupported.txt'), 'xian80-unsupported.txt');
    expect(isFatal(reading)).toBe(true);
    expect(reading.parcels).toEqual([]);
    expect(reading.findings.find((f) => f.level === 'fatal')!.zh).toContain('1980');
  });

  it('reads a DXF on its layer and numbers the vertices J1… as the TXT writer does', () => {
    const reading = readBoundaryFile(bytes('dxf/boundary_r2000_m.dxf'), 'boundary_r2000_m.dxf');
    expect(reading.format).toBe('dxf');
    expect(reading.layers!.length).toBeGreaterThan(1);
    expect(reading.parcels.length).toBeGreaterThan(0);
    expect(reading.points[0]!.pointId).toBe('J1');
    expect(reading.points.length).toBeGreaterThanOrEqual(reading.parcels.length * 4);
  });

  it('refuses a DWG and asks for DXF', () => {
    const reading = readBoundaryFile(new Uint8Array([0x41, 0x43, 0x31, 0x30]), '厂区.dwg');
    expect(isFatal(reading)).toBe(true);
    expect(reading.findings[0]!.zh).toContain('另存为 DXF');
    expect(reading.findings[0]!.en).toContain('Save it as DXF');
  });
});

describe('readDrawnBoundary', () => {
  it('numbers a boundary drawn on the map J1… in its 3-degree zone, with plane and GRS80 areas', () => {
    // Drawn counter-clockwise from the south-west corner; 界址点 run clockwise from the north-west corner.
    const square = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [112.6, 35.1],
          [112.61, 35.1],
          [112.61, 35.11],
          [112.6, 35.11],
          [112.6, 35.1],
        ],
      ] as [number, number][][],
    };
    const reading = readDrawnBoundary(square, '绘制的红线');
    expect(isFatal(reading)).toBe(false);
    expect([reading.format, reading.fileName, reading.crs]).toEqual(['drawn', null, 'EPSG:4526']);
    expect(reading.points.map((p) => p.pointId)).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    const [nw, ne] = reading.points;
    expect(nw!.xM).toBeGreaterThan(reading.points[2]!.xM);
    expect(ne!.yM).toBeGreaterThan(nw!.yM);
    expect(Math.abs(reading.parcels[0]!.grs80AreaM2 - 1_013_000) / 1_013_000).toBeLessThan(0.01);
  });
});

describe('projectFromBoundary and checkProjectFacts', () => {
  const reading = readBoundaryFile(bytes('boundary/gbk-crlf-two-parcels.txt'), 'gbk-crlf-two-parcels.txt');

  it('builds a MultiPolygon project with its source and leaves empty facts out', () => {
    const doc = projectFromBoundary(
      reading,
      { XMMC: ' 济源示范项目 ', XMLX: '工业', XMDM: '', GYLB: '二类', ZDXM: '否' },
      '用地预审与选址',
      'p-1',
    );
    expect(doc.geometry.coordinates).toHaveLength(2);
    expect(doc.properties).toEqual({ XMMC: '济源示范项目', XMLX: '工业', GYLB: '二类', ZDXM: '否' });
    expect(doc.project.source).toMatchObject({ format: 'txt', fileName: 'gbk-crlf-two-parcels.txt', crs: 'EPSG:4526' });
    expect(doc.project.source.points).toHaveLength(reading.points.length);
    expect(projectVersion(doc)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('names each wrong field: name, malformed code, code missing at 用地预审与选址, industrial class', () => {
    expect(checkProjectFacts({ XMMC: '', XMLX: '工业' }, '策划生成').map((p) => p.field)).toEqual(['XMMC', 'GYLB']);
    expect(checkProjectFacts({ XMMC: 'a', XMLX: '仓储', XMDM: '2026-1' }, '策划生成')[0]!.zh).toContain('YYYY-XXXXXX-XX-XX-XXXXXX');
    expect(checkProjectFacts({ XMMC: 'a', XMLX: '仓储' }, '用地预审与选址').map((p) => p.field)).toEqual(['XMDM']);
    expect(checkProjectFacts({ XMMC: 'a', XMLX: '仓储', XMDM: '2026-419001-30-03-000001', NYDYT: '1001' }, '用地规划许可')).toEqual([]);
  });

  it('words each form problem in the chosen language, naming stored types and stages in English in English', () => {
    const problems = checkProjectFacts({ XMMC: '', XMLX: '厂房' as never, NYDYT: 'x' }, '用地规划许可');
    expect(problems.map((p) => p.field)).toEqual(['XMMC', 'XMLX', 'XMDM', 'NYDYT']);
    expect(problems.map((p) => p.zh)).toEqual([
      '项目名称 XMMC 必填',
      '项目类型 XMLX 应为 工业、仓储、交通、能源、水利、公共服务、住宅、商业、其他 之一',
      '「用地规划许可」阶段须填写统一项目代码 XMDM',
      '拟用途 NYDYT「x」不是用地用海分类代码（如 1001）',
    ]);
    expect(problems[1]!.en).toBe(
      'project type XMLX must be one of industrial, warehousing, transport, energy, water, public service, housing, commercial, other',
    );
    expect(problems[2]!.en).toBe('the project code XMDM is required at the stage land-use planning permit');
    for (const p of problems) expect(p.en).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
  });
});
