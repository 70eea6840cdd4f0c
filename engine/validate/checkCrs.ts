// Pure. checkCrs(sourceCrs, centreLon) → the R29 findings validation can make from a stored document:
// a source CRS that is an offset web-map datum (GCJ-02, BD-09), or a CGCS2000 Gauss-Krüger zone whose
// central meridian is far from where the data lie (a mislabelled zone; the importer detects the rest).
import { finding } from './finding.ts';
import type { Finding } from './types.ts';

const WEB_MAP = /GCJ|BD-?09|火星|百度|高德|MARS/i;

/** Central meridian and half zone width (degrees) of the CGCS2000 Gauss-Krüger EPSG codes. */
export function gaussKrugerZone(crs: string): { cmDeg: number; halfWidthDeg: number } | undefined {
  const m = /^EPSG:(\d+)$/i.exec(crs.trim());
  if (!m) return undefined;
  const code = Number(m[1]);
  if (code >= 4491 && code <= 4501) return { cmDeg: 75 + 6 * (code - 4491), halfWidthDeg: 3 };
  if (code >= 4502 && code <= 4512) return { cmDeg: 75 + 6 * (code - 4502), halfWidthDeg: 3 };
  if (code >= 4513 && code <= 4533) return { cmDeg: 75 + 3 * (code - 4513), halfWidthDeg: 1.5 };
  if (code >= 4534 && code <= 4554) return { cmDeg: 75 + 3 * (code - 4534), halfWidthDeg: 1.5 };
  return undefined;
}

/** A whole city often uses one zone while reaching past its edge (Jiyuan: 2° from CM 114): allow a margin. */
const ZONE_MARGIN_DEG = 1;

export function checkCrs(sourceCrs: string, centreLon: number | undefined): Finding[] {
  const path = '/plan/sourceCrs';
  if (WEB_MAP.test(sourceCrs)) return [finding('crs-web-map', path, { field: 'sourceCrs', found: sourceCrs })];
  const zone = gaussKrugerZone(sourceCrs);
  if (zone && centreLon !== undefined && Math.abs(centreLon - zone.cmDeg) > zone.halfWidthDeg + ZONE_MARGIN_DEG) {
    return [
      finding('crs-zone-mismatch', path, {
        field: 'sourceCrs',
        found: sourceCrs,
        detail: { cm: zone.cmDeg, lon: centreLon.toFixed(2) },
      }),
    ];
  }
  return [];
}
