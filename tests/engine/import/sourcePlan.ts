// Test data: a small GHYDYH source in EPSG:4490 with Chinese attributes, RFC 7946 winding (shells
// counter-clockwise, holes clockwise), a hole and a multipolygon; a fresh copy per call.
import type { Geometry, Properties } from '../../../engine/model/types.ts';

export interface SourceFeatureJson {
  type: 'Feature';
  properties: Properties;
  geometry: Geometry;
}

export function sourcePlan(): { type: 'FeatureCollection'; features: SourceFeatureJson[] } {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {
          BSM: '419001000000000001',
          YDYHFLDM: '0101',
          YDYHFLMC: '水田',
          XZQDM: '419001001',
          XZQMC: '沁园街道',
          CZCSX: null,
          MJ: null,
          BZ: '“一张图”测试·甲',
        },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.58, 35.08],
              [112.6, 35.08],
              [112.6, 35.1],
              [112.58, 35.1],
              [112.58, 35.08],
            ],
            [
              [112.585, 35.085],
              [112.585, 35.09],
              [112.59, 35.09],
              [112.59, 35.085],
              [112.585, 35.085],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {
          BSM: '419001000000000002',
          YDYHFLDM: '100102',
          YDYHFLMC: '二类工业用地',
          XZQDM: '419001102',
          XZQMC: '轵城镇',
          CZCSX: '202',
          MJ: null,
          BZ: null,
        },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [112.52, 35.03],
                [112.53, 35.03],
                [112.53, 35.04],
                [112.52, 35.04],
                [112.52, 35.03],
              ],
            ],
            [
              [
                [112.54, 35.03],
                [112.55, 35.03],
                [112.55, 35.035],
                [112.54, 35.03],
              ],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: {
          BSM: '419001000000000003',
          YDYHFLDM: '0702',
          YDYHFLMC: '农村宅基地',
          XZQDM: '419001106',
          XZQMC: '梨林镇',
          CZCSX: '203',
          MJ: null,
          BZ: null,
        },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [112.7, 35.1],
              [112.702, 35.1],
              [112.702, 35.102],
              [112.7, 35.102],
              [112.7, 35.1],
            ],
          ],
        },
      },
    ],
  };
}
