// Shapefile geometry records as the import meets them: a ring too short to be a polygon and an index
// (.shx) that points entries back at an earlier record are named, never read as "no geometry" or as copies.
import { describe, expect, it } from 'vitest';
import { prepareImport, type ImportOptions } from '../../../../engine/import/prepareImport.ts';
import { JIYUAN_TERRITORY } from '../../../../engine/import/crs/territory.ts';
import { polygonShapefile, type Ring } from './polygonShapefile.ts';

const options: ImportOptions = {
  kind: 'land',
  layer: 'GHYDYH',
  crs: 'EPSG:4490',
  plan: {
    id: 'jiyuan-land-2035',
    title: '济源国土空间规划',
    department: '济源市自然资源和规划局',
    version: 'v1',
    period: { start: 2021, end: 2035 },
  },
  territory: JIYUAN_TERRITORY,
};

/** A clockwise square (a Shapefile shell) near Jiyuan. */
const square = (x: number): Ring => [
  [x, 35.1],
  [x, 35.101],
  [x + 0.001, 35.101],
  [x + 0.001, 35.1],
  [x, 35.1],
];

describe('readShpRecords through prepareImport', () => {
  it('reads a well-formed set (the builder itself is sound)', () => {
    const report = prepareImport(
      { format: 'shapefile', file: 'plan.shp', files: polygonShapefile([[square(112.6)], [square(112.61)]]) },
      options,
    );
    expect(report.issues.filter((i) => i.severity === 'fatal')).toEqual([]);
    expect(report.counts.read).toBe(2);
  });

  it('names a 3-point ring with its record instead of calling the feature empty', () => {
    const sliver: Ring = [
      [112.6, 35.1],
      [112.6, 35.101],
      [112.6, 35.1],
    ];
    const report = prepareImport({ format: 'shapefile', file: 'plan.shp', files: polygonShapefile([[square(112.6)], [sliver]]) }, options);
    expect(report.document).toBeUndefined();
    const fatal = report.issues.filter((i) => i.severity === 'fatal');
    expect(fatal.map((i) => i.code)).toEqual(['shp-ring-too-few-points']);
    expect(fatal[0]!.messageZh).toBe('plan.shp 第 2 条记录的第 1 个环只有 3 个点，至少需要 4 个（闭合的三角形）；请检查数据。');
    expect(fatal[0]!.messageEn).toBe(
      'Ring 1 of record 2 in plan.shp has 3 point(s); a ring needs at least 4 (a closed triangle). Check the data.',
    );
    expect(fatal[0]!.featureIndex).toBe(1);
    expect(report.issues.map((i) => i.messageZh).join('')).not.toContain('空几何');
  });

  it('refuses an index whose entries all point at the first record instead of reading it ten times', () => {
    const files = polygonShapefile(Array.from({ length: 10 }, (_, i) => [square(112.6 + i * 0.01)]));
    const shx = files.get('plan.shx')!;
    const v = new DataView(shx.buffer);
    for (let r = 1; r < 10; r++) {
      v.setInt32(100 + r * 8, v.getInt32(100, false), false);
      v.setInt32(100 + r * 8 + 4, v.getInt32(104, false), false);
    }
    const report = prepareImport({ format: 'shapefile', file: 'plan.shp', files }, options);
    expect(report.document).toBeUndefined();
    const fatal = report.issues.filter((i) => i.severity === 'fatal');
    expect(fatal.map((i) => i.code)).toEqual(['shx-inconsistent']);
    expect(fatal[0]!.messageZh).toContain('plan.shp 的索引文件（.shx）与 .shp 不一致：第 2 条记录指向第 100 字节');
    expect(fatal[0]!.messageEn).toContain('record 2 points at byte 100');
  });
});
