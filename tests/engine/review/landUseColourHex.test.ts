import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { landUseColourHex, UNKNOWN_LAND_USE_HEX } from '../../../engine/review/landUseColourHex.ts';

describe('landUseColourHex', () => {
  it('reads the same colour table as the editor (renderer/map/landUseColours.json)', () => {
    expect(JSON.parse(readFileSync('schemas/codes/ydyh-2023-colours.json', 'utf8'))).toEqual(
      JSON.parse(readFileSync('renderer/map/landUseColours.json', 'utf8')),
    );
  });

  it('takes the longest matching prefix and greys unknown codes', () => {
    expect(landUseColourHex('1001')).toBe('#bb9674');
    expect(landUseColourHex('100102')).toBe('#bb9674');
    expect(landUseColourHex('0704')).toBe('#ffd380');
    expect(landUseColourHex('99')).toBe(UNKNOWN_LAND_USE_HEX);
    expect(landUseColourHex(null)).toBe(UNKNOWN_LAND_USE_HEX);
  });
});
