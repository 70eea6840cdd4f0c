// Pure. The CRSs Lantu imports: EPSG:4490, EPSG:4326 and the CGCS2000 Gauss-Krüger families (transverse
// Mercator on GRS80, scale 1, origin on the equator; checked against PROJ's cs2cs control points in tests).

export type CrsFamily = 'geographic' | 'gk3-prefixed' | 'gk3' | 'gk6-prefixed' | 'gk6';

export interface CrsInfo {
  epsg: number;
  family: CrsFamily;
  nameZh: string;
  /** Central meridian (°E) of a Gauss-Krüger zone. */
  centralMeridianDeg?: number;
  /** Zone number carried in the false easting (prefixed families only). */
  zone?: number;
  falseEastingM?: number;
}

function buildCatalog(): CrsInfo[] {
  const list: CrsInfo[] = [
    { epsg: 4490, family: 'geographic', nameZh: 'CGCS2000 地理坐标' },
    { epsg: 4326, family: 'geographic', nameZh: 'WGS 84 地理坐标' },
  ];
  // 6-degree zones 13–23 (CM 75°E … 135°E): 4491–4501 with the zone prefix, 4502–4512 without.
  for (let zone = 13; zone <= 23; zone++) {
    const cm = zone * 6 - 3;
    const fe = zone * 1_000_000 + 500_000;
    list.push({
      epsg: 4491 + zone - 13,
      family: 'gk6-prefixed',
      nameZh: `CGCS2000 6度带 第${zone}带（带号）`,
      centralMeridianDeg: cm,
      zone,
      falseEastingM: fe,
    });
    list.push({
      epsg: 4502 + zone - 13,
      family: 'gk6',
      nameZh: `CGCS2000 6度带 中央经线${cm}°E`,
      centralMeridianDeg: cm,
      falseEastingM: 500_000,
    });
  }
  // 3-degree zones 25–45 (CM 75°E … 135°E): 4513–4533 with the zone prefix, 4534–4554 without.
  for (let zone = 25; zone <= 45; zone++) {
    const cm = zone * 3;
    const fe = zone * 1_000_000 + 500_000;
    list.push({
      epsg: 4513 + zone - 25,
      family: 'gk3-prefixed',
      nameZh: `CGCS2000 3度带 第${zone}带（带号）`,
      centralMeridianDeg: cm,
      zone,
      falseEastingM: fe,
    });
    list.push({
      epsg: 4534 + zone - 25,
      family: 'gk3',
      nameZh: `CGCS2000 3度带 中央经线${cm}°E`,
      centralMeridianDeg: cm,
      falseEastingM: 500_000,
    });
  }
  return list.sort((a, b) => a.epsg - b.epsg);
}

export const CRS_CATALOG: readonly CrsInfo[] = buildCatalog();

const byEpsg = new Map(CRS_CATALOG.map((c) => [c.epsg, c]));

export function crsInfo(epsg: number): CrsInfo | undefined {
  return byEpsg.get(epsg);
}

/** Parses `EPSG:4526`, `4526`, `urn:ogc:def:crs:EPSG::4526`, `CRS84`; undefined when not an EPSG reference. */
export function parseEpsgReference(text: string): number | undefined {
  const t = text.trim();
  if (/^(urn:ogc:def:crs:OGC:1\.3:)?CRS84$/i.test(t)) return 4326;
  const m = /^(?:urn:ogc:def:crs:)?EPSG:(?::|[\d.]*:)?(\d{4,5})$/i.exec(t) ?? /^(\d{4,5})$/.exec(t);
  if (m) return Number(m[1]);
  const url = /opengis\.net\/def\/crs\/EPSG\/[^/]+\/(\d{4,5})$/i.exec(t);
  return url ? Number(url[1]) : undefined;
}

/** 3-degree Gauss-Krüger EPSG code by zone number (with prefix) or by central meridian (without). */
export function gk3ByZone(zone: number): CrsInfo | undefined {
  return zone >= 25 && zone <= 45 ? byEpsg.get(4513 + zone - 25) : undefined;
}

export function gk6ByZone(zone: number): CrsInfo | undefined {
  return zone >= 13 && zone <= 23 ? byEpsg.get(4491 + zone - 13) : undefined;
}

/** Gauss-Krüger CRS by central meridian and false easting; 3-degree codes win when a 6-degree zone shares
 * the meridian (CM 111°E is both 4546 and 4508: the same projection, and 3-degree is what plans use). */
export function gkByCentralMeridian(cmDeg: number, falseEastingM: number): CrsInfo | undefined {
  const matches = CRS_CATALOG.filter((c) => c.centralMeridianDeg === cmDeg && c.falseEastingM === falseEastingM);
  return matches.find((c) => c.family.startsWith('gk3')) ?? matches[0];
}
