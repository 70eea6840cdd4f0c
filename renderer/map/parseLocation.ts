// Pure. parseLocation(text, mode, zone) → the lon/lat a typed coordinate names (定位到坐标), or why not, in Chinese
// and English naming the field. 'lonlat': "经度, 纬度" in degrees. 'gk': "X, Y" in the survey convention of
// CGCS2000 3° Gauss-Krüger — X = 北 (northing), Y = 东 (easting, with the zone prefix or without it in `zone`).
import type { MessageKey } from '../i18n/dictionary.ts';
import { messages, type MessageParams } from '../i18n/message.ts';
import { gaussKrugerToLonLat } from './gaussKrugerToLonLat.ts';

export type LocationMode = 'lonlat' | 'gk';

export type ParsedLocation = { ok: true; lonLat: [number, number]; zone: number | null } | { ok: false; error: { zh: string; en: string } };

/** 3° zones that cover China (73°E–136°E). */
export const CHINA_GK_ZONES = { min: 25, max: 45 } as const;

const fail = (key: MessageKey, params: MessageParams): ParsedLocation => ({ ok: false, error: messages(key, params) });

/** Two numbers separated by a comma (also Chinese ，), semicolon or spaces. */
function twoNumbers(text: string): [number, number] | null {
  const parts = text
    .trim()
    .split(/\s*[,，;；]\s*|\s+/)
    .filter((p) => p !== '');
  if (parts.length !== 2 || !parts.every((p) => /^[+-]?\d+(\.\d+)?$/.test(p))) return null;
  return [Number(parts[0]), Number(parts[1])];
}

export function parseLocation(text: string, mode: LocationMode, zone: number): ParsedLocation {
  const pair = twoNumbers(text);
  if (mode === 'lonlat') {
    if (!pair) return fail('locateLonLatFormat', { text: text.trim() });
    const [lon, lat] = pair;
    if (lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136) {
      return fail('locateLonLatSwapped', { lon });
    }
    if (lon < 73 || lon > 136) return fail('locateLonOutside', { lon });
    if (lat < 3 || lat > 54) return fail('locateLatOutside', { lat });
    return { ok: true, lonLat: [lon, lat], zone: null };
  }
  if (!pair) {
    return fail('locateGkFormat', { text: text.trim() });
  }
  const [north, east] = pair;
  if (north >= 1e7 && east < 1e7) {
    return fail('locateGkSwapped', { north });
  }
  if (north < 0 || north > 6.1e6) return fail('locateNorthOutside', { north });
  let useZone = zone;
  let easting = east;
  if (east >= 1e7) {
    const prefix = Math.floor(east / 1e6);
    if (prefix < CHINA_GK_ZONES.min || prefix > CHINA_GK_ZONES.max) {
      return fail('locateZonePrefixOutside', { east, prefix, min: CHINA_GK_ZONES.min, max: CHINA_GK_ZONES.max });
    }
    if (prefix !== zone) {
      return fail('locateZoneMismatch', { east, prefix, zone });
    }
    useZone = prefix;
    easting = east - prefix * 1e6;
  }
  // A 3° zone reaches about ±170 km from its central meridian at 20°N; allow a little beyond the zone edge.
  const insideZone = (e: number) => e >= 250_000 && e <= 750_000;
  if (!insideZone(easting)) {
    // Typed the map's way round (easting first, no zone prefix): the pair would be valid swapped, so say that.
    if (east < 1e7 && insideZone(north) && east >= 0 && east <= 6.1e6) return fail('locateGkSwappedPlain', { north, east });
    return fail('locateEastOutside', { east, zone: useZone });
  }
  const lonLat = gaussKrugerToLonLat(useZone, north, easting);
  return { ok: true, lonLat, zone: useZone };
}
