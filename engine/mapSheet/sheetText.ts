// Pure. The CRS note of a 专题图 sheet in the chosen language (CGCS2000 / 3-degree Gauss-Krüger zone N, with its EPSG
// code, and the scale) and the scale as "1:10 000"; the other words on the sheet are catalogue entries too.
import { say } from '../i18n/index.ts';

export type SheetLanguage = 'zh' | 'en';

/** "10 000": digits grouped by three with a space (no locale formatting in the engine). */
export function groupDigits(n: number): string {
  const digits = String(Math.round(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ' ';
    out += digits[i];
  }
  return out;
}

export function scaleText(denominator: number): string {
  return `1:${groupDigits(denominator)}`;
}

/** EPSG code of a CGCS2000 3-degree Gauss-Krüger zone with eastings without the zone prefix (4534 … 4554, zones 25 … 45). */
export function gkEpsg(zone: number): number | null {
  return zone >= 25 && zone <= 45 ? 4534 + (zone - 25) : null;
}

export function crsNote(zone: number, centralMeridianDeg: number, scaleDenominator: number, language: SheetLanguage): string {
  const epsg = gkEpsg(zone);
  const code = epsg === null ? '' : ` (EPSG:${epsg})`;
  return say('mapSheet.sheetText.crs-note', { zone, epsg: code, meridian: centralMeridianDeg, scale: scaleText(scaleDenominator) })[
    language
  ];
}
