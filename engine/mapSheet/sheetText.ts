// Pure. The words on a 专题图 sheet in the chosen language: the CRS note (CGCS2000 / 3-degree Gauss-Krüger zone
// N, with its EPSG code, and the scale), the scale as "1:10 000", and the footer labels.
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
  return language === 'zh'
    ? `坐标系：CGCS2000 3度带高斯-克吕格投影 第 ${zone} 带${code}，中央经线 ${centralMeridianDeg}°E；比例尺 ${scaleText(scaleDenominator)}；300 dpi`
    : `CRS: CGCS2000 / 3-degree Gauss-Kruger zone ${zone}${code}, central meridian ${centralMeridianDeg}°E; scale ${scaleText(scaleDenominator)}; 300 dpi`;
}

export const SHEET_LABELS: Readonly<
  Record<SheetLanguage, { legend: string; north: string; date: string; unit: string; scale: string; more: (n: number) => string }>
> = {
  zh: { legend: '图例', north: '北', date: '制图日期', unit: '制图单位', scale: '比例尺', more: (n) => `……另有 ${n} 项` },
  en: { legend: 'Legend', north: 'N', date: 'Date', unit: 'Produced by', scale: 'Scale', more: (n) => `… ${n} more` },
};
