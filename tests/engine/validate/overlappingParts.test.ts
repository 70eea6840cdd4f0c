// overlappingParts: which parts of a MultiPolygon overlap (their summed area would count the overlap twice), and
// which merely touch, lie apart or sit in another part's hole.
import { describe, expect, it } from 'vitest';
import type { Position } from '../../../engine/model/types.ts';
import { overlappingParts } from '../../../engine/validate/overlappingParts.ts';

const rect = (x: number, y: number, w: number, h: number): Position[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];

describe('overlappingParts', () => {
  it('finds the same part twice, a part inside another and parts crossing each other', () => {
    expect(overlappingParts([[rect(112, 35, 1, 1)], [rect(112, 35, 1, 1)]])).toMatchObject({ first: 0, second: 1 });
    expect(overlappingParts([[rect(112, 35, 1, 1)], [rect(112.2, 35.2, 0.2, 0.2)]])).toMatchObject({ first: 0, second: 1 });
    expect(overlappingParts([[rect(112, 35, 1, 1)], [rect(112.5, 35.5, 1, 1)]])).toMatchObject({ first: 0, second: 1 });
  });

  it('finds a diamond whose corners touch the square it lies in (no edge crosses another)', () => {
    const diamond: Position[] = [
      [112.5, 35],
      [113, 35.5],
      [112.5, 36],
      [112, 35.5],
      [112.5, 35],
    ];
    expect(overlappingParts([[rect(112, 35, 1, 1)], [diamond]])).toMatchObject({ first: 0, second: 1 });
  });

  it('finds a part that runs along another’s edge and then enters it through a shared vertex', () => {
    const entering: Position[] = [
      [111.5, 35],
      [112.5, 35],
      [112.5, 35.5],
      [111.5, 35.5],
      [111.5, 35],
    ];
    const square: Position[] = [
      [112, 35],
      [112.5, 35],
      [113, 35],
      [113, 36],
      [112, 36],
      [112, 35],
    ];
    expect(overlappingParts([[square], [entering]])).toMatchObject({ first: 0, second: 1 });
  });

  it('accepts parts sharing an edge, touching at a corner, lying apart, or one filling the other’s hole', () => {
    expect(overlappingParts([[rect(112, 35, 1, 1)], [rect(113, 35, 1, 1)]])).toBeUndefined();
    expect(overlappingParts([[rect(112, 35, 1, 1)], [rect(113, 36, 1, 1)]])).toBeUndefined();
    expect(overlappingParts([[rect(112, 35, 1, 1)], [rect(114, 35, 1, 1)]])).toBeUndefined();
    expect(overlappingParts([[rect(112, 35, 1, 1), rect(112.25, 35.25, 0.5, 0.5)], [rect(112.25, 35.25, 0.5, 0.5)]])).toBeUndefined();
    expect(overlappingParts([[rect(112, 35, 1, 1), rect(112.25, 35.25, 0.5, 0.5)], [rect(112.3, 35.3, 0.2, 0.2)]])).toBeUndefined();
  });

  it('reports the first overlapping pair by part index among many parts', () => {
    const parts = [rect(112, 35, 1, 1), rect(114, 35, 1, 1), rect(116, 35, 1, 1), rect(114.5, 35.2, 0.2, 0.2)].map((r) => [r]);
    expect(overlappingParts(parts)).toMatchObject({ first: 1, second: 3 });
  });
});
