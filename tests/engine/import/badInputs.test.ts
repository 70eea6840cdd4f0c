// The bad-input corpus: each broken source yields its Chinese message and no plan document at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport, type ImportOptions, type ImportReport } from '../../../engine/import/prepareImport.ts';
import type { ImportSource } from '../../../engine/import/readSource.ts';
import { JIYUAN_TERRITORY } from '../../../engine/import/crs/territory.ts';
import { sourcePlan } from './sourcePlan.ts';

let dir: string;
let shapefile: Map<string, Uint8Array>;
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
const utf8 = (s: string) => new TextEncoder().encode(s);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-bad-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(sourcePlan()));
  execFileSync(
    'ogr2ogr',
    ['-f', 'ESRI Shapefile', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-lco', 'ENCODING=GBK', '-nln', 'plan', 'shp', 'source.geojson'],
    { cwd: dir, stdio: 'pipe' },
  );
  shapefile = new Map(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function without(...names: string[]): Map<string, Uint8Array> {
  return new Map([...shapefile].filter(([n]) => !names.includes(n)));
}

function geojson(doc: unknown): ImportSource {
  return { format: 'geojson', file: 'plan.geojson', bytes: utf8(JSON.stringify(doc)) };
}

function expectRefused(report: ImportReport, code: string, zh: string): void {
  expect(report.document).toBeUndefined();
  const fatal = report.issues.filter((i) => i.severity === 'fatal');
  expect(fatal.map((i) => i.code)).toContain(code);
  expect(fatal.find((i) => i.code === code)!.messageZh).toContain(zh);
}

/** Rewrites every central-directory uncompressed size of a zip (what a zip bomb declares). */
function forgeDeclaredSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  for (let p = 0; p + 46 <= out.length; p++) if (v.getUint32(p, true) === 0x02014b50) v.setUint32(p + 24, size, true);
  return out;
}

describe('bad input', () => {
  it('refuses a truncated zip', () => {
    const zip = zipSync(Object.fromEntries(shapefile));
    const report = prepareImport(
      { format: 'shapefile-zip', file: 'plan.zip', bytes: zip.subarray(0, Math.floor(zip.length / 2)) },
      options,
    );
    expectRefused(report, 'zip-corrupt', 'plan.zip 已损坏或不完整，无法解压');
  });

  it('refuses a Shapefile without its .dbf', () => {
    expectRefused(
      prepareImport({ format: 'shapefile', file: 'plan.shp', files: without('plan.dbf') }, options),
      'dbf-missing',
      'plan.shp 缺少配套的 .dbf 文件',
    );
  });

  it('refuses a Shapefile without its .shx', () => {
    expectRefused(
      prepareImport({ format: 'shapefile', file: 'plan.shp', files: without('plan.shx') }, options),
      'shx-missing',
      'plan.shp 缺少配套的 .shx 文件',
    );
  });

  it('refuses an unknown .prj', () => {
    const files = without('plan.prj');
    files.set(
      'plan.prj',
      utf8(
        'PROJCS["Xian_1980_3_Degree_GK_CM_114E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["Central_Meridian",114.0]]',
      ),
    );
    expectRefused(
      prepareImport({ format: 'shapefile', file: 'plan.shp', files }, options),
      'crs-unknown',
      '无法识别 plan.shp 声明的坐标系',
    );
  });

  it('refuses GBK text behind a .cpg that declares UTF-8', () => {
    const files = without('plan.cpg');
    files.set('plan.cpg', utf8('UTF-8'));
    expectRefused(
      prepareImport({ format: 'shapefile', file: 'plan.shp', files }, options),
      'dbf-encoding-mismatch',
      '不是有效的 UTF-8 文本',
    );
  });

  it('imports with the right encoding when the user overrides a wrong .cpg', () => {
    const files = without('plan.cpg');
    files.set('plan.cpg', utf8('UTF-8'));
    const report = prepareImport({ format: 'shapefile', file: 'plan.shp', files }, { ...options, encoding: 'gbk' });
    expect(report.encoding).toMatchObject({ encoding: 'gbk', source: 'user' });
    expect(report.document!.features[0]!.properties.XZQMC).toBe('沁园街道');
  });

  it('refuses mixed geometry types', () => {
    const doc = sourcePlan() as { features: unknown[] };
    doc.features.push({
      type: 'Feature',
      properties: { BSM: '419001000000000009', YDYHFLDM: '1201' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.5, 35],
          [112.6, 35.1],
        ],
      },
    });
    expectRefused(prepareImport(geojson(doc), options), 'mixed-geometry-types', 'plan.geojson 混合了多种几何类型（面 3 个、线 1 个）');
  });

  it('refuses a null geometry', () => {
    const doc = sourcePlan() as { features: { geometry: unknown }[] };
    doc.features[1]!.geometry = null;
    expectRefused(prepareImport(geojson(doc), options), 'null-geometry', 'plan.geojson 第 2 个要素没有几何');
  });

  it('refuses an empty geometry', () => {
    const doc = sourcePlan() as { features: { geometry: unknown }[] };
    doc.features[2]!.geometry = { type: 'Polygon', coordinates: [] };
    expectRefused(prepareImport(geojson(doc), options), 'empty-geometry', 'plan.geojson 第 3 个要素的几何为空');
  });

  it('names a feature in a validation message by its place and id in the file, never by the id the import derives', () => {
    const doc = sourcePlan() as { features: { id?: string; properties: Record<string, unknown> }[] };
    for (const f of doc.features) delete f.properties.BSM;
    doc.features[1]!.id = 'A-17';
    doc.features[1]!.properties.YDYHFLDM = '9998';
    doc.features[2]!.properties.YDYHFLDM = '9999';
    const issues = prepareImport(geojson(doc), options).issues.filter((i) => i.code === 'unknown-code');
    expect(issues.map((i) => [i.featureIndex, i.messageZh.split(' 的 ')[0], i.messageEn.split(',')[0]])).toEqual([
      [1, '第 2 个要素 (id=A-17)', 'feature 2 (id=A-17)'],
      [2, '第 3 个要素', 'feature 3'],
    ]);
  });

  it('refuses a file with zero features', () => {
    expectRefused(prepareImport(geojson({ type: 'FeatureCollection', features: [] }), options), 'no-features', 'plan.geojson 中没有要素');
  });

  it('refuses duplicate ids (BSM)', () => {
    const doc = sourcePlan();
    doc.features[2]!.properties.BSM = doc.features[0]!.properties.BSM!;
    expectRefused(prepareImport(geojson(doc), options), 'duplicate-id', '第 3 个要素与第 1 个要素的标识码（BSM=419001000000000001）重复');
  });

  it('refuses a 10 MB attribute', () => {
    const doc = sourcePlan();
    doc.features[0]!.properties.BZ = '备'.repeat((10 * 1024 * 1024) / 3);
    expectRefused(prepareImport(geojson(doc), options), 'attribute-too-large', '的字段“BZ”长 3495253 个字符，超过上限 65536');
  });

  it('refuses a zip with ../ paths', () => {
    const zip = zipSync({
      '../../plan.shp': shapefile.get('plan.shp')!,
      'plan.shx': shapefile.get('plan.shx')!,
      'plan.dbf': shapefile.get('plan.dbf')!,
    });
    expectRefused(
      prepareImport({ format: 'shapefile-zip', file: 'evil.zip', bytes: zip }, options),
      'zip-path-traversal',
      'evil.zip 含有不安全的路径“../../plan.shp”',
    );
  });

  it('refuses a zip bomb by its declared sizes before inflating anything', () => {
    const zip = forgeDeclaredSize(zipSync(Object.fromEntries(shapefile)), 0xf000_0000);
    expectRefused(
      prepareImport({ format: 'shapefile-zip', file: 'bomb.zip', bytes: zip }, options),
      'zip-too-large',
      'bomb.zip 解压后将超过解压上限 1.0 GiB',
    );
  });

  it('refuses a highly compressed zip past the size limit', () => {
    const zip = zipSync({ 'plan.dbf': new Uint8Array(32 * 1024 * 1024) }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    const report = prepareImport(
      { format: 'shapefile-zip', file: 'zeros.zip', bytes: zip },
      { ...options, zipLimits: { maxTotalBytes: 16 * 1024 * 1024, maxEntries: 100 } },
    );
    expectRefused(report, 'zip-too-large', '疑似 zip 炸弹');
  });

  it('refuses a GeoJSON file that is not JSON', () => {
    expectRefused(
      prepareImport({ format: 'geojson', file: 'plan.geojson', bytes: utf8('{"type":"FeatureCollection","features":[') }, options),
      'geojson-syntax',
      'plan.geojson 不是有效的 JSON',
    );
  });

  it('refuses a truncated .shp', () => {
    const files = without('plan.shp');
    files.set('plan.shp', shapefile.get('plan.shp')!.subarray(0, 180));
    expectRefused(prepareImport({ format: 'shapefile', file: 'plan.shp', files }, options), 'shp-truncated', 'plan.shp 已损坏或不完整');
  });
});

describe('several Shapefiles in one zip', () => {
  it('refuses to guess and lists them, then reads the one named like the target layer', () => {
    const entries: Record<string, Uint8Array> = {};
    for (const [n, b] of shapefile) {
      entries[n.replace('plan', 'GHYDYH')] = b;
      entries[n.replace('plan', 'other')] = b;
    }
    const zip = zipSync(entries);
    const source: ImportSource = { format: 'shapefile-zip', file: 'two.zip', bytes: zip };
    expectRefused(
      prepareImport(source, { ...options, layer: 'YJJBNT' }),
      'shp-layer-ambiguous',
      'two.zip 含有多个图层（ghydyh、other），请选择要导入的一个',
    );
    const report = prepareImport(source, options);
    expect(report.sourceLayer).toBe('ghydyh');
    expect(report.document!.features).toHaveLength(3);
  });
});

describe('a file whose layer cannot be told', () => {
  const noLayer = { ...options, layer: undefined };
  const gyxm = (): ImportSource => ({ format: 'geojson', file: 'GYXM.geojson', bytes: utf8(JSON.stringify(sourcePlan())) });

  it('asks for the layer without a command-line flag, naming the plan kind as the dialog does', () => {
    const report = prepareImport({ ...gyxm(), file: 'plan.geojson' }, noLayer);
    expectRefused(
      report,
      'layer-required',
      '无法判断 plan.geojson 属于国土空间类规划的哪个图层：请指定图层（可选：GHYDYH 规划用地用海、YJJBNT 永久基本农田、CZKFBJ 城镇开发边界、XZQ 行政区）。',
    );
    const issue = report.issues.find((i) => i.code === 'layer-required')!;
    expect(issue.messageEn).toBe(
      'Cannot tell which layer of a land plan plan.geojson belongs to: name the layer (one of GHYDYH (Planned land and sea use), ' +
        'YJJBNT (Permanent basic farmland), CZKFBJ (Urban development boundary), XZQ (Administrative division)).',
    );
    expect(`${issue.messageZh} ${issue.messageEn}`).not.toContain('--layer');
  });

  it('says which plan kind a layer named after another kind belongs to', () => {
    expectRefused(prepareImport(gyxm(), noLayer), 'layer-required', '图层 GYXM 属于产业类规划，请改选该规划类型，或指定图层');
    expectRefused(prepareImport(gyxm(), { ...options, layer: 'GYXM' }), 'layer-not-in-kind', '图层 GYXM 不属于国土空间类规划');
  });
});
