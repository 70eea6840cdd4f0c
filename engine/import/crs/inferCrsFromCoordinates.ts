// Pure. Guesses the CRS of undeclared coordinates from their bounding box: degrees → EPSG:4490, a false
// easting ≥ 10,000,000 → the zone it carries, a bare Gauss-Krüger easting → the one 3-degree meridian
// that puts the data in the territory. Returns null when nothing fits unambiguously.
import { CRS_CATALOG, crsInfo, gk3ByZone, gk6ByZone, type CrsInfo } from './crsCatalog.ts';
import { createReprojector } from './createReprojector.ts';
import { inTerritory, type Territory } from './territory.ts';

export type Bbox = [number, number, number, number];

export interface CrsGuess {
  crs: CrsInfo;
  swapAxes: boolean;
  basis: 'degrees' | 'zone-prefix' | 'territory';
}

function prefixedZone(minX: number, maxX: number): CrsInfo | undefined {
  const zone = Math.floor(minX / 1_000_000);
  if (Math.floor(maxX / 1_000_000) !== zone) return undefined;
  return gk3ByZone(zone) ?? gk6ByZone(zone);
}

export function inferCrsFromCoordinates(bbox: Bbox, territory?: Territory): CrsGuess | null {
  const [minX, minY, maxX, maxY] = bbox;
  const isLon = (a: number, b: number) => a >= -180 && b <= 180;
  const isLat = (a: number, b: number) => a >= -90 && b <= 90;
  if (isLon(minX, maxX) && isLat(minY, maxY)) {
    const swapFits =
      territory &&
      inTerritory(territory, (minY + maxY) / 2, (minX + maxX) / 2) &&
      !inTerritory(territory, (minX + maxX) / 2, (minY + maxY) / 2);
    return { crs: crsInfo(4490)!, swapAxes: Boolean(swapFits), basis: 'degrees' };
  }
  if (isLat(minX, maxX) && isLon(minY, maxY)) return { crs: crsInfo(4490)!, swapAxes: true, basis: 'degrees' };
  if (minX >= 10_000_000 && maxY < 10_000_000 && minY >= 0) {
    const crs = prefixedZone(minX, maxX);
    if (crs) return { crs, swapAxes: false, basis: 'zone-prefix' };
  }
  if (minY >= 10_000_000 && maxX < 10_000_000 && minX >= 0) {
    const crs = prefixedZone(minY, maxY);
    if (crs) return { crs, swapAxes: true, basis: 'zone-prefix' };
  }
  if (territory && minX >= 0 && maxX <= 1_000_000 && minY >= 0 && maxY < 10_000_000) {
    const cx = (minX + maxX) / 2;
    const cy = (minY + maxY) / 2;
    const fits = CRS_CATALOG.filter((c) => c.family === 'gk3').filter((c) => {
      const [lon, lat] = createReprojector(c)(cx, cy);
      return inTerritory(territory, lon, lat);
    });
    if (fits.length === 1) return { crs: fits[0]!, swapAxes: false, basis: 'territory' };
  }
  return null;
}
