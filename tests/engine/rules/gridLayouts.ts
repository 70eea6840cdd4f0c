// Random layouts for the rules' property tests: rectangles snapped to a 0.0002° grid near Jiyuan (gridRect), the
// fields the test packs read on each layer (GRID_PROPS), a random rectangle (gridFeatureArb), and gridFeaturesOf →
// the layout's features plus the towns it is given, ready for testPlansOf.
import fc from 'fast-check';
import type { Geometry, LayerCode } from '../../../engine/model/index.ts';
import type { RuleTestFeature } from '../../../engine/rules/index.ts';

const X0 = 112.6;
const Y0 = 35.05;
const STEP = 0.0002;

export function gridRect(x: number, y: number, w: number, h: number): Geometry {
  const [a, b, c, d] = [X0 + x * STEP, Y0 + y * STEP, X0 + (x + w) * STEP, Y0 + (y + h) * STEP];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [a, b],
        [c, b],
        [c, d],
        [a, d],
        [a, b],
      ],
    ],
  };
}

export const GRID_PROPS: Partial<Record<LayerCode, Record<string, string | number | boolean>>> = {
  STBHHX: { HXMC: '红线' },
  YJJBNT: { DLMC: '水田' },
  CZKFBJ: { GHFQMC: '城镇集中建设区', GHFQDM: '11' },
  GHYDYH: { YDYHFLDM: '0701', YDYHFLMC: '城镇住宅用地' },
  GYXM: { XMMC: '项目', YDYHFLDM: '100102', GYLX: '三类工业' },
  XZQ: { XZQDM: '419001001', XZQMC: '沁园街道' },
};

export interface GridCell {
  layer: LayerCode;
  x: number;
  y: number;
  w: number;
  h: number;
}

export const GRID_LAYERS: readonly LayerCode[] = ['STBHHX', 'YJJBNT', 'CZKFBJ', 'GHYDYH', 'GYXM'];

/** A rectangle on one of `layers`, within a 12 × 12 cell area, 1–6 cells on a side. */
export function gridFeatureArb(layers: readonly LayerCode[] = GRID_LAYERS): fc.Arbitrary<GridCell> {
  return fc.record({
    layer: fc.constantFrom(...layers),
    x: fc.integer({ min: 0, max: 12 }),
    y: fc.integer({ min: 0, max: 12 }),
    w: fc.integer({ min: 1, max: 6 }),
    h: fc.integer({ min: 1, max: 6 }),
  });
}

export interface GridTown extends Omit<GridCell, 'layer'> {
  id: string;
  bsm: string;
  code: string;
  name: string;
}

/** One town under the whole layout area. */
export const ONE_TOWN: readonly GridTown[] = [
  { id: 'town', bsm: '419001000099999999', code: '419001001', name: '沁园街道', x: -1, y: -1, w: 16, h: 16 },
];

export function gridFeaturesOf(layout: readonly GridCell[], towns: readonly GridTown[] = ONE_TOWN): RuleTestFeature[] {
  const fs: RuleTestFeature[] = layout.map((f, i) => ({
    id: `f${String(i).padStart(2, '0')}`,
    layer: f.layer,
    properties: { BSM: `4190010000${String(i).padStart(8, '0')}`, ...GRID_PROPS[f.layer] },
    geometry: gridRect(f.x, f.y, f.w, f.h),
  }));
  for (const t of towns) {
    fs.push({ id: t.id, layer: 'XZQ', properties: { BSM: t.bsm, XZQDM: t.code, XZQMC: t.name }, geometry: gridRect(t.x, t.y, t.w, t.h) });
  }
  return fs;
}
