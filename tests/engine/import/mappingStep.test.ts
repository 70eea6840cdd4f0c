// What the import dialog's mapping step is given: 5 decoded sample values per source column, the distinct
// values of coded columns for value mapping, a value mapping applied before the code table is checked, the
// plan title from the source's metadata (never its file name), and fixes worded for the editor (no CLI flags).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareImport, type ImportOptions } from '../../../engine/import/prepareImport.ts';
import { JIYUAN_TERRITORY } from '../../../engine/import/crs/territory.ts';
import { parseImportMapping } from '../../../engine/import/index.ts';

const options: ImportOptions = {
  kind: 'industry',
  layer: 'GYXM',
  plan: {
    id: 'industry-fgw',
    title: '未命名',
    department: '济源市发展和改革委员会（工业和信息化局）',
    version: 'v1',
    period: { start: 2021, end: 2035 },
  },
  territory: JIYUAN_TERRITORY,
};
const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 35],
      [x + 0.001, 35],
      [x + 0.001, 35.001],
      [x, 35],
    ],
  ],
});
const WRDJ = ['1', '2', '3', '2', '1', '3', '2'];
const collection = (extra: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  ...extra,
  features: WRDJ.map((w, i) => ({
    type: 'Feature',
    properties: { BSM: `41900100002000010${i}`, XMMC: `济源项目${i}`, YDYHFLDM: '100102', WRDJ: Number(w) },
    geometry: square(112.5 + i * 0.01),
  })),
});
const utf8 = (s: string) => new TextEncoder().encode(s);
const source = (doc: unknown, file = 'gyxm.geojson') => ({ format: 'geojson' as const, file, bytes: utf8(JSON.stringify(doc)) });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-mapping-step-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the mapping step', () => {
  it('gives up to 5 distinct sample values per column and every distinct value of a coded column', () => {
    const r = prepareImport(source(collection()), { ...options, mapping: { WRDJ: 'GYLX' } });
    expect(r.samples.XMMC).toEqual(['济源项目0', '济源项目1', '济源项目2', '济源项目3', '济源项目4']);
    expect(r.samples.WRDJ).toEqual(['1', '2', '3']);
    expect(r.codedValues).toEqual({ WRDJ: ['1', '2', '3'] });
    expect(r.issues.filter((i) => i.code === 'invalid-value')).toHaveLength(7);
  });

  it('applies a value mapping before the code table is checked', () => {
    const r = prepareImport(source(collection()), {
      ...options,
      mapping: { WRDJ: 'GYLX' },
      valueMapping: { GYLX: { '1': '一类工业', '2': '二类工业', '3': '三类工业' } },
    });
    expect(r.issues.filter((i) => i.severity === 'fatal' || i.severity === 'quality')).toEqual([]);
    expect(r.document!.features.map((f) => f.properties.GYLX)).toEqual([
      '一类工业',
      '二类工业',
      '三类工业',
      '二类工业',
      '一类工业',
      '三类工业',
      '二类工业',
    ]);
  });

  it('reads class names in a code column as their codes, and says which (二类工业用地 → 100102)', () => {
    const named = collection();
    const names = ['二类工业用地', ' 一类工业用地 ', '100102', '二类工业用地', '工业用地', '二类工业用地', '不是类别'];
    named.features.forEach((f, i) => (f.properties.YDYHFLDM = names[i]!));
    const r = prepareImport(source(named), {
      ...options,
      mapping: { WRDJ: 'GYLX' },
      valueMapping: { GYLX: { '1': '一类工业', '2': '二类工业', '3': '三类工业' } },
    });
    expect(r.document!.features.map((f) => f.properties.YDYHFLDM)).toEqual([
      '100102',
      '100101',
      '100102',
      '100102',
      '1001',
      '100102',
      '不是类别',
    ]);
    const told = r.issues.filter((i) => i.code === 'code-from-name');
    expect(told).toHaveLength(1);
    expect(told[0]!.severity).toBe('info');
    expect(told[0]!.messageZh).toContain('有 5 个要素填的是类别名称，已按代码表换成代码：二类工业用地→100102');
    expect(told[0]!.messageEn).toContain('holds class names for 5 features');
    // A value that is neither a code nor a class name stays a quality finding of that feature alone.
    expect([...new Set(r.issues.filter((i) => i.severity === 'quality').map((i) => i.featureIndex))]).toEqual([6]);
  });

  it('shows GBK text of a Shapefile decoded in the samples', () => {
    writeFileSync(join(dir, 'gyxm.geojson'), JSON.stringify(collection()));
    execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-lco', 'ENCODING=GBK', '-nln', 'gyxm', 'shp', 'gyxm.geojson'], {
      cwd: dir,
      stdio: 'pipe',
    });
    const files = new Map(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
    const r = prepareImport({ format: 'shapefile', file: 'gyxm.shp', files }, options);
    expect(r.encoding?.encoding).toBe('gbk');
    expect(r.samples.XMMC![0]).toBe('济源项目0');
    expect(r.sourceTitle).toBeUndefined();
  });

  it('takes the plan title from GeoJSON metadata, never from a name that is only the file name', () => {
    expect(prepareImport(source(collection({ name: '济源市产业园区工业项目' })), options).sourceTitle).toBe('济源市产业园区工业项目');
    expect(prepareImport(source(collection({ metadata: { title: '工业项目库 2025' }, name: 'gyxm' })), options).sourceTitle).toBe(
      '工业项目库 2025',
    );
    expect(prepareImport(source(collection({ name: 'gyxm' })), options).sourceTitle).toBeUndefined();
    expect(prepareImport(source(collection({ name: '  ' })), options).sourceTitle).toBeUndefined();
  });

  it('words the fix of a missing required field for the editor without CLI flags', () => {
    const noBsm = collection();
    noBsm.features.forEach((f) => delete (f.properties as Partial<typeof f.properties>).BSM);
    const editor = prepareImport(source(noBsm), { ...options, audience: 'editor' });
    const cli = prepareImport(source(noBsm), options);
    const missing = (r: typeof cli) => r.issues.find((i) => i.code === 'mapping-missing-required')!;
    expect(missing(editor).messageZh).toContain('请在字段映射中为它选择一列');
    expect(editor.issues.map((i) => i.messageZh + i.messageEn).join('')).not.toContain('--');
    expect(missing(cli).messageZh).toContain('--mapping');
  });
});

describe('parseImportMapping', () => {
  it('reads the original column form and the form with values, and refuses a wrong shape', () => {
    expect(parseImportMapping({ 编号: 'BSM', 说明: null })).toEqual({ columns: { 编号: 'BSM', 说明: null } });
    expect(parseImportMapping({ columns: { WRDJ: 'GYLX' }, values: { GYLX: { '1': '一类工业' } } })).toEqual({
      columns: { WRDJ: 'GYLX' },
      values: { GYLX: { '1': '一类工业' } },
    });
    expect(parseImportMapping({ columns: { WRDJ: 'GYLX' }, values: { GYLX: { '1': 1 } } })).toBeNull();
    expect(parseImportMapping({ 编号: 3 })).toBeNull();
    expect(parseImportMapping([])).toBeNull();
  });
});
