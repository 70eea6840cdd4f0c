// The overlap pair row's shares: the overlap's area over each side's footprint area, 0 for a side without area.
import { describe, expect, it } from 'vitest';
import { overlapSharesOf, type OverlapPairRow } from '../../../../../main/node/postgis/relations/overlapPairRow.ts';

const row = (area: number, s: number, o: number): OverlapPairRow => ({
  s_plan: 'a',
  s_id: '1',
  s_layer: 'GHYDYH',
  o_plan: 'b',
  o_id: '2',
  o_layer: 'STBHHX',
  region: null,
  area_m2: area,
  s_m2: s,
  o_m2: o,
  is_point: false,
  overlaps: true,
  town_x: null,
  town_y: null,
});

describe('overlapSharesOf', () => {
  it('divides the overlap by each footprint', () => {
    expect(overlapSharesOf(row(25, 100, 50))).toEqual({ areaM2: 25, shares: { subject: 0.25, object: 0.5 } });
  });
  it('gives a share of 0 for a side without area (a point) and reads numeric strings as numbers', () => {
    const r = { ...row(0, 0, 0), area_m2: '0' as unknown as number, s_m2: '0' as unknown as number, o_m2: '40' as unknown as number };
    expect(overlapSharesOf(r)).toEqual({ areaM2: 0, shares: { subject: 0, object: 0 } });
  });
});
