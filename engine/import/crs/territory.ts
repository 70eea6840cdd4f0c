// Pure. The workspace territory used for plausibility checks on imported coordinates (lon/lat, EPSG:4490).
export interface Territory {
  nameZh: string;
  /** The name in English messages (the Chinese one when absent). */
  nameEn?: string;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox: [number, number, number, number];
}

/** 济源 (docs/product.md §10): 112.03–112.77°E, 34.89–35.28°N. */
export const JIYUAN_TERRITORY: Territory = { nameZh: '济源市', nameEn: 'Jiyuan', bbox: [112.03, 34.89, 112.77, 35.28] };

/** Whether a lon/lat point lies in the territory's box widened by marginDeg (default ≈ 5 km). */
export function inTerritory(territory: Territory, lon: number, lat: number, marginDeg = 0.05): boolean {
  const [a, b, c, d] = territory.bbox;
  return lon >= a - marginDeg && lon <= c + marginDeg && lat >= b - marginDeg && lat <= d + marginDeg;
}

/** The territory's name for a message, in each language (济源市 / Jiyuan). */
export function territoryName(territory: Territory): { zh: string; en: string } {
  return { zh: territory.nameZh, en: territory.nameEn ?? territory.nameZh };
}
