// Isomorphic and self-contained (no imports, no closures), so a browser test or a benchmark can run it inside
// the page with page.evaluate(syntheticLandPlan, n) instead of sending 100 MB of JSON: a land plan of `count`
// jittered grid parcels over Jiyuan (BSM 4190010000 + 8-digit serial, 用地用海 codes in a repeating pattern,
// MJ a deterministic number, every 97th parcel named), like scripts/bench/editor.bench.ts's city.
import type { PlanDocument } from '../../../engine/model/types.ts';

export function syntheticLandPlan(count: number): PlanDocument {
  const CODES = ['0101', '0102', '0103', '0201', '0301', '0701', '0702', '0901', '100102', '1101', '1207', '1401'];
  const [x0, y0, x1, y1] = [112.03, 34.89, 112.77, 35.28];
  const cols = Math.ceil(Math.sqrt((count * (x1 - x0)) / (y1 - y0)));
  const rows = Math.ceil(count / cols);
  const dx = (x1 - x0) / cols;
  const dy = (y1 - y0) / rows;
  const pt = (i: number, j: number): [number, number] => [Number((x0 + i * dx).toFixed(7)), Number((y0 + j * dy).toFixed(7))];
  const features: PlanDocument['features'] = [];
  for (let n = 0; n < count; n++) {
    const i = n % cols;
    const j = Math.floor(n / cols);
    const serial = String(n + 1).padStart(8, '0');
    const properties: PlanDocument['features'][number]['properties'] = {
      BSM: `4190010000${serial}`,
      XZQDM: '419001100',
      YDYHFLDM: CODES[(i * 7 + j * 3) % CODES.length]!,
      MJ: ((n * 7919) % 100_000) / 10 + 100,
    };
    if (n % 97 === 0) properties.XZQMC = `测试村${n}`;
    features.push({
      type: 'Feature',
      id: `00000000-0000-5000-8000-${String(n + 1).padStart(12, '0')}` as never,
      layer: 'GHYDYH',
      geometry: { type: 'Polygon', coordinates: [[pt(i, j), pt(i + 1, j), pt(i + 1, j + 1), pt(i, j + 1), pt(i, j)]] },
      properties,
    });
  }
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind: 'land',
      id: 'synthetic-land' as never,
      title: `合成国土空间规划（${count} 图斑）`,
      department: '自然资源和规划局',
      version: 'v1',
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features,
  };
}
