// Reprojection against control points computed by PROJ's cs2cs (scripts/reference/cs2cs_control_points.sh):
// every supported CRS family back to EPSG:4490 within 1 cm.
import { describe, expect, it } from 'vitest';
import { crsInfo } from '../../../../engine/import/crs/crsCatalog.ts';
import { createReprojector } from '../../../../engine/import/crs/createReprojector.ts';
import { CS2CS_CONTROL_POINTS } from '../../../fixtures/import/cs2csControlPoints.ts';

function deviationM(lon: number, lat: number, lon2: number, lat2: number): number {
  return Math.hypot((lon2 - lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat2 - lat) * 110_574);
}

describe('createReprojector', () => {
  it('has control points for every CRS family', () => {
    const families = new Set(CS2CS_CONTROL_POINTS.map((p) => crsInfo(p.epsg)!.family));
    expect([...families].sort()).toEqual(['geographic', 'gk3', 'gk3-prefixed', 'gk6', 'gk6-prefixed']);
  });

  for (const p of CS2CS_CONTROL_POINTS) {
    it(`agrees with cs2cs within 1 cm for EPSG:${p.epsg} at ${p.lon}°E ${p.lat}°N`, () => {
      const [lon, lat] = createReprojector(crsInfo(p.epsg)!)(p.x, p.y);
      expect(deviationM(p.lon, p.lat, lon, lat)).toBeLessThan(0.01);
    });
  }
});
