// Pure. parseLocation(text, mode, zone) → the lon/lat a typed coordinate names (定位到坐标), or why not, in Chinese
// and English naming the field. 'lonlat': "经度, 纬度" in degrees. 'gk': "X, Y" in the survey convention of
// CGCS2000 3° Gauss-Krüger — X = 北 (northing), Y = 东 (easting, with the zone prefix or without it in `zone`).
import { gaussKrugerToLonLat } from './gaussKrugerToLonLat.ts';

export type LocationMode = 'lonlat' | 'gk';

export type ParsedLocation = { ok: true; lonLat: [number, number]; zone: number | null } | { ok: false; error: { zh: string; en: string } };

/** 3° zones that cover China (73°E–136°E). */
export const CHINA_GK_ZONES = { min: 25, max: 45 } as const;

const fail = (zh: string, en: string): ParsedLocation => ({ ok: false, error: { zh, en } });

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
    if (!pair)
      return fail(
        `请输入“经度, 纬度”两个数（度），例如 112.59, 35.09；收到“${text.trim()}”`,
        `Type "longitude, latitude" in degrees, e.g. 112.59, 35.09; got "${text.trim()}"`,
      );
    const [lon, lat] = pair;
    if (lon >= 3 && lon <= 54 && lat >= 73 && lat <= 136) {
      return fail(
        `经度 ${lon} 不在 73°–136° 之间：经度在前、纬度在后（是否填反了？）`,
        `Longitude ${lon} is not between 73° and 136°: longitude comes first, latitude second (swapped?)`,
      );
    }
    if (lon < 73 || lon > 136) return fail(`经度 ${lon} 不在中国范围（73°–136°）内`, `Longitude ${lon} is outside China (73°–136°)`);
    if (lat < 3 || lat > 54) return fail(`纬度 ${lat} 不在中国范围（3°–54°）内`, `Latitude ${lat} is outside China (3°–54°)`);
    return { ok: true, lonLat: [lon, lat], zone: null };
  }
  if (!pair) {
    return fail(
      `请输入“X(北), Y(东)”两个数（米），例如 3890784.40, 38365508.88；收到“${text.trim()}”`,
      `Type "X (north), Y (east)" in metres, e.g. 3890784.40, 38365508.88; got "${text.trim()}"`,
    );
  }
  const [north, east] = pair;
  if (north >= 1e7 && east < 1e7) {
    return fail(
      `X(北)=${north} 像是带号的东坐标：测绘习惯 X 为北坐标、Y 为东坐标（是否填反了？）`,
      `X (north) = ${north} looks like an easting with a zone prefix: in the survey convention X is north, Y is east (swapped?)`,
    );
  }
  if (north < 0 || north > 6.1e6)
    return fail(
      `X(北)=${north} 不在中国范围的北坐标（0–6 100 000 米）内`,
      `X (north) = ${north} is not a northing in China (0–6,100,000 m)`,
    );
  let useZone = zone;
  let easting = east;
  if (east >= 1e7) {
    const prefix = Math.floor(east / 1e6);
    if (prefix < CHINA_GK_ZONES.min || prefix > CHINA_GK_ZONES.max) {
      return fail(
        `Y(东)=${east} 的带号 ${prefix} 不是中国范围的 3° 带（${CHINA_GK_ZONES.min}–${CHINA_GK_ZONES.max}）`,
        `Y (east) = ${east} has zone prefix ${prefix}, not a 3° zone in China (${CHINA_GK_ZONES.min}–${CHINA_GK_ZONES.max})`,
      );
    }
    if (prefix !== zone) {
      return fail(
        `Y(东)=${east} 带号为 ${prefix}，与所选的 ${zone} 带不符：请选 ${prefix} 带或去掉带号`,
        `Y (east) = ${east} carries zone ${prefix}, not the chosen zone ${zone}: choose zone ${prefix} or drop the prefix`,
      );
    }
    useZone = prefix;
    easting = east - prefix * 1e6;
  }
  // A 3° zone reaches about ±170 km from its central meridian at 20°N; allow a little beyond the zone edge.
  if (easting < 250_000 || easting > 750_000) {
    return fail(
      `Y(东)=${east} 不在 ${useZone} 带范围内（不含带号时应在 250 000–750 000 米之间）`,
      `Y (east) = ${east} is not inside zone ${useZone} (without the prefix it lies between 250,000 and 750,000 m)`,
    );
  }
  const lonLat = gaussKrugerToLonLat(useZone, north, easting);
  return { ok: true, lonLat, zone: useZone };
}
