import { describe, expect, it } from 'vitest';
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import type { ProjectDocument } from '../../../engine/review/types.ts';

const square: ProjectDocument = {
  type: 'Feature',
  project: {
    schemaVersion: '1.0.0',
    id: '7d2c1f1e-0000-4000-8000-000000000001',
    stage: '策划生成',
    source: { format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] },
  },
  properties: { XMMC: '示例项目', XMLX: '工业', GYLB: '二类' },
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [112.5, 35.1],
          [112.51, 35.1],
          [112.51, 35.11],
          [112.5, 35.1],
        ],
      ],
    ],
  },
};

describe('projectVersion', () => {
  it('is the same for the same facts and boundary, whatever the stage or key order', () => {
    const reordered: ProjectDocument = {
      ...square,
      project: { ...square.project, stage: '用地预审与选址' },
      properties: { GYLB: '二类', XMLX: '工业', XMMC: '示例项目' },
    };
    expect(projectVersion(reordered)).toBe(projectVersion(square));
    expect(projectVersion(square)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when the boundary moves or a fact changes', () => {
    const moved = structuredClone(square);
    moved.geometry.coordinates = [
      [
        [
          [112.5, 35.1],
          [112.52, 35.1],
          [112.51, 35.11],
          [112.5, 35.1],
        ],
      ],
    ];
    const major = { ...square, properties: { ...square.properties, ZDXM: '是' as const } };
    expect(projectVersion(moved)).not.toBe(projectVersion(square));
    expect(projectVersion(major)).not.toBe(projectVersion(square));
  });
});
