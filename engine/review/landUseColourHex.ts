// Pure. landUseColourHex(code) → the national map colour of a 用地用海 code as `#rrggbb` for the report's maps,
// from schemas/codes/ydyh-2023-colours.json (the same table as the editor's renderer/map/landUseColours.json; a test
// keeps the two identical): the longest matching prefix wins; unknown codes are grey.
import table from '../../schemas/codes/ydyh-2023-colours.json' with { type: 'json' };

const colours = table.colours as unknown as Record<string, readonly [number, number, number]>;

const hex2 = (v: number): string => (v < 16 ? '0' : '') + v.toString(16);

export const UNKNOWN_LAND_USE_HEX = '#d2d2d2';

export function landUseColourHex(code: string | null | undefined): string {
  if (typeof code !== 'string') return UNKNOWN_LAND_USE_HEX;
  for (let n = code.length; n >= 2; n--) {
    const hit = colours[code.slice(0, n)];
    if (hit) return `#${hex2(hit[0])}${hex2(hit[1])}${hex2(hit[2])}`;
  }
  return UNKNOWN_LAND_USE_HEX;
}
