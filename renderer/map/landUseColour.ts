// Pure. landUseColour(code) → the map colour [r, g, b] of a 用地用海 code from the colour table
// (landUseColours.json, data not code): the longest matching prefix wins; unknown codes are grey.
import table from './landUseColours.json' with { type: 'json' };

export type Rgb = readonly [number, number, number];

const colours = table.colours as unknown as Record<string, Rgb>;
export const UNKNOWN_LAND_USE_COLOUR: Rgb = [210, 210, 210];

export function landUseColour(code: unknown): Rgb {
  if (typeof code !== 'string') return UNKNOWN_LAND_USE_COLOUR;
  for (let n = code.length; n >= 2; n--) {
    const hit = colours[code.slice(0, n)];
    if (hit) return hit;
  }
  return UNKNOWN_LAND_USE_COLOUR;
}

/** Codes that have their own colour, for the legend (first level and listed second level). */
export function colouredCodes(): string[] {
  return Object.keys(colours).sort();
}
