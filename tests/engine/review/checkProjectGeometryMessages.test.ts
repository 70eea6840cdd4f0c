// The project boundary's structure findings keep their wording in both languages (pinned when they moved into the
// catalogue): the parcel, ring and position are named, and projected metres get the hint to import the 界址点 file.
import { describe, expect, it } from 'vitest';
import { checkProjectGeometry } from '../../../engine/review/index.ts';

const detail = (geometry: unknown) => checkProjectGeometry(geometry, 'p.json').findings.map((f) => f.message);
const square = [
  [112.5, 35.1],
  [112.6, 35.1],
  [112.6, 35.2],
  [112.5, 35.1],
];

describe('checkProjectGeometry messages', () => {
  it('word each structure problem as before, in Chinese and English', () => {
    const cases: [unknown, string, string][] = [
      [null, '缺失，项目必须有边界', 'missing; a project needs a boundary'],
      [7, '应为 GeoJSON 几何对象', 'must be a GeoJSON geometry object'],
      [{ type: 'Point' }, '类型应为 MultiPolygon（或 Polygon），实际为 "Point"', 'type must be MultiPolygon (or Polygon), found "Point"'],
      [{ type: 'MultiPolygon' }, '缺少坐标数组 coordinates', 'coordinates must be an array'],
      [{ type: 'MultiPolygon', coordinates: [] }, '没有任何地块', 'has no parcel'],
      [{ type: 'MultiPolygon', coordinates: [[]] }, '应为非空的环数组', 'must be a non-empty array of rings'],
      [{ type: 'MultiPolygon', coordinates: [[7]] }, '第 1 个环（外圈）应为坐标数组', ', ring 1 (outer) must be an array of positions'],
      [
        { type: 'MultiPolygon', coordinates: [[square, square.slice(0, 3)]] },
        '第 2 个环（内圈）只有 3 个坐标，闭合环至少需要 4 个（首尾相同）',
        ', ring 2 (hole) has 3 positions; a closed ring needs at least 4',
      ],
      [{ type: 'MultiPolygon', coordinates: [[[...square.slice(0, 3), 'x']]] }, '应为 [经度, 纬度] 数值', 'must be [lon, lat] numbers'],
      [
        { type: 'MultiPolygon', coordinates: [[[...square.slice(0, 3), [1, 2]]]] },
        ' [1, 2] 不在中国境内的经纬度范围',
        ' [1, 2] is not a lon/lat in China',
      ],
      [
        { type: 'MultiPolygon', coordinates: [[[...square.slice(0, 3), [38500000, 3890000]]]] },
        ' [38500000, 3890000] 不在中国境内的经纬度范围（看起来是投影坐标米数；项目文档须为 EPSG:4490 经纬度，请先按界址点文件导入）',
        ' [38500000, 3890000] is not a lon/lat in China (it looks like projected metres; a project document is EPSG:4490 lon/lat: import the 界址点 file instead)',
      ],
      [
        { type: 'MultiPolygon', coordinates: [[[...square.slice(0, 3), [112.55, 35.15]]]] },
        '第 1 个环（外圈）未闭合（首尾坐标不同）',
        ', ring 1 (outer) is not closed (first and last positions differ)',
      ],
    ];
    for (const [geometry, zh, en] of cases) {
      const [message] = detail(geometry);
      expect(message!.zh).toContain(zh);
      expect(message!.en).toContain(en);
    }
    const [lastZh] = detail({ type: 'MultiPolygon', coordinates: [[[...square.slice(0, 3), [1, 2]]]] });
    expect(lastZh!.zh.endsWith('不在中国境内的经纬度范围')).toBe(true);
  });
});
