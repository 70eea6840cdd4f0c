// Pure. Reads a CRS declaration in WKT (ESRI `.prj`, OGC WKT1 with AUTHORITY, WKT2 with ID) and returns
// the supported EPSG code it denotes, or why it is not supported. Never guesses from coordinates.
import { crsInfo, gk3ByZone, gkByCentralMeridian } from './crsCatalog.ts';

export type PrjParse =
  | { ok: true; epsg: number; how: 'authority' | 'parameters' }
  | { ok: false; reason: 'unsupported-datum' | 'unsupported-projection' | 'unreadable'; detail: string };

function parameter(wkt: string, names: string[]): number | undefined {
  for (const name of names) {
    const m = new RegExp(`PARAMETER\\s*\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+]+)`, 'i').exec(wkt);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export function parsePrjWkt(wktText: string): PrjParse {
  const wkt = wktText.replace(/^\uFEFF/, '').trim();
  if (!/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS|PROJECTEDCRS|GEOGRAPHICCRS)\s*\[/i.test(wkt)) {
    return { ok: false, reason: 'unreadable', detail: wkt.slice(0, 80) };
  }
  // The outermost authority is the last one in both WKT1 (AUTHORITY) and WKT2 (ID).
  const ids = [...wkt.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)];
  const last = ids.at(-1);
  if (last && wkt.trimEnd().endsWith(']')) {
    const code = Number(last[1]);
    const tail = wkt.slice(last.index! + last[0].length).replace(/[\s\]]/g, '');
    if (tail === '' && crsInfo(code)) return { ok: true, epsg: code, how: 'authority' };
  }
  const isProjected = /^(PROJCS|PROJCRS|PROJECTEDCRS)/i.test(wkt);
  const datumText = (/DATUM\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '') + ' ' + (/GEOGCR?S\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '');
  const isCgcs = /2000|CGCS|China_Geodetic/i.test(datumText);
  const isWgs84 = /WGS[_ ]?(19)?84/i.test(datumText);
  if (!isCgcs && !(isWgs84 && !isProjected)) {
    return { ok: false, reason: 'unsupported-datum', detail: datumText.trim() || 'unknown datum' };
  }
  if (!isProjected) return { ok: true, epsg: isCgcs ? 4490 : 4326, how: 'parameters' };
  const projection = /(?:PROJECTION|METHOD)\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '';
  if (!/Transverse[_ ]Mercator|Gauss[_ ]Kruger/i.test(projection)) {
    return { ok: false, reason: 'unsupported-projection', detail: projection || 'unknown projection' };
  }
  const cm = parameter(wkt, ['central_meridian', 'Longitude of natural origin']);
  const fe = parameter(wkt, ['false_easting', 'False easting']);
  const k = parameter(wkt, ['scale_factor', 'Scale factor at natural origin']) ?? 1;
  const lat0 = parameter(wkt, ['latitude_of_origin', 'Latitude of natural origin']) ?? 0;
  if (cm === undefined || fe === undefined || Math.abs(k - 1) > 1e-12 || lat0 !== 0) {
    return { ok: false, reason: 'unsupported-projection', detail: `CM=${cm} FE=${fe} k=${k}` };
  }
  const byParams = gkByCentralMeridian(cm, fe);
  if (byParams) return { ok: true, epsg: byParams.epsg, how: 'parameters' };
  // A zone prefix in the false easting that the catalogue lacks under this meridian (e.g. FE 38,500,000 with
  // CM 111°E) is contradictory: report it rather than pick one.
  if (fe >= 10_000_000) {
    const zone = Math.floor(fe / 1_000_000);
    const gk3 = gk3ByZone(zone);
    if (gk3) return { ok: false, reason: 'unsupported-projection', detail: `zone ${zone} false easting with CM ${cm}°E` };
  }
  return { ok: false, reason: 'unsupported-projection', detail: `Transverse Mercator CM=${cm}°E FE=${fe}` };
}
