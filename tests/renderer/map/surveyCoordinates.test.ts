// The survey-convention readout (X = 北, Y = 东 with the zone) and 定位到坐标's parser against pyproj's
// CGCS2000 3° Gauss-Krüger (EPSG:4526 zone 38, EPSG:4525 zone 37), computed once with
// /usr/bin/python3: Transformer.from_crs('EPSG:4490', 'EPSG:4526', always_xy=True).transform(112.59, 35.09) etc.
import { describe, expect, it } from 'vitest';
import { surveyReadout } from '../../../renderer/map/surveyReadout.ts';
import { parseLocation } from '../../../renderer/map/parseLocation.ts';
import { gaussKrugerToLonLat } from '../../../renderer/map/gaussKrugerToLonLat.ts';

describe('survey readout', () => {
  it('reads X as the northing and Y as the easting with the zone prefix, and names the zone (EPSG:4526)', () => {
    // pyproj: 38371420.3366 (east), 3885487.2358 (north)
    expect(surveyReadout(112.59, 35.09, 'zh')).toBe('X(北)=3885487.24  Y(东)=38371420.34  CGCS2000 3° 38带');
    expect(surveyReadout(112.59, 35.09, 'en')).toBe('X(N)=3885487.24  Y(E)=38371420.34  CGCS2000 3° zone 38');
  });

  it('names the neighbouring zone west of 112.5°E (EPSG:4525)', () => {
    // pyproj: 37426968.6455, 3874885.3537
    expect(surveyReadout(110.2, 35.0, 'zh')).toBe('X(北)=3874885.35  Y(东)=37426968.65  CGCS2000 3° 37带');
  });
});

describe('parseLocation (定位到坐标)', () => {
  it('inverts Gauss-Krüger to the millimetre of pyproj (X north first, Y east with the zone prefix)', () => {
    // pyproj EPSG:4526 → 4490 of (38365508.88, 3890784.40): 112.524333387, 35.136959958
    const r = parseLocation('3890784.40, 38365508.88', 'gk', 38);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.zone).toBe(38);
    expect(r.lonLat[0]).toBeCloseTo(112.524333387, 8);
    expect(r.lonLat[1]).toBeCloseTo(35.136959958, 8);
  });

  it('takes Y without the zone prefix in the chosen zone, and round-trips the readout', () => {
    const r = parseLocation('3885487.2358 371420.3366', 'gk', 38);
    expect(r.ok && r.lonLat[0]).toBeCloseTo(112.59, 8);
    expect(r.ok && r.lonLat[1]).toBeCloseTo(35.09, 8);
    const [lon, lat] = gaussKrugerToLonLat(37, 3874885.3537, 426968.6455);
    expect(lon).toBeCloseTo(110.2, 8);
    expect(lat).toBeCloseTo(35.0, 8);
  });

  it('refuses swapped X and Y, a zone prefix that disagrees with the chosen zone, and text that is not two numbers', () => {
    const swapped = parseLocation('38365508.88, 3890784.40', 'gk', 38);
    expect(swapped.ok).toBe(false);
    if (!swapped.ok) {
      expect(swapped.error.zh).toContain('X(北)');
      expect(swapped.error.en).toContain('swapped');
    }
    const zone = parseLocation('3890784.40, 38365508.88', 'gk', 37);
    expect(!zone.ok && zone.error.zh).toContain('38');
    expect(!zone.ok && zone.error.en).toContain('zone 37');
    expect(parseLocation('abc', 'gk', 38).ok).toBe(false);
    expect(parseLocation('3890784.40, 1365508.88', 'gk', 38).ok).toBe(false);
  });

  it('says X and Y look swapped when a pair without the zone prefix is the wrong way round and would be valid swapped', () => {
    const r = parseLocation('363470.112, 3881036.249', 'gk', 37);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.zh).toContain('填反');
    expect(r.error.zh).toContain('3881036.249');
    expect(r.error.en).toContain('swapped');
    // Swapped back it is a place in zone 37.
    expect(parseLocation('3881036.249, 363470.112', 'gk', 37).ok).toBe(true);
    // An easting out of the zone that is not a swapped pair keeps the plain message.
    const outside = parseLocation('3881036.249, 963470.112', 'gk', 37);
    expect(!outside.ok && outside.error.zh).toContain('不在 37 带范围内');
    expect(!outside.ok && outside.error.zh).not.toContain('填反');
  });

  it('reads lon/lat in degrees, with Chinese or ASCII separators, and refuses latitude first', () => {
    expect(parseLocation('112.59，35.09', 'lonlat', 38)).toEqual({ ok: true, lonLat: [112.59, 35.09], zone: null });
    expect(parseLocation(' 112.59 35.09 ', 'lonlat', 38)).toEqual({ ok: true, lonLat: [112.59, 35.09], zone: null });
    const swapped = parseLocation('35.09, 112.59', 'lonlat', 38);
    expect(!swapped.ok && swapped.error.zh).toContain('填反');
    expect(!swapped.ok && swapped.error.en).toContain('swapped');
    expect(parseLocation('200, 35', 'lonlat', 38).ok).toBe(false);
    expect(parseLocation('112.5, 35, 1', 'lonlat', 38).ok).toBe(false);
  });
});
