// Pure. checkArea(geometry, mj, tolerance, at) → an area-mismatch finding (R28) when the MJ field differs
// from the GRS80 ellipsoidal area by more than `tolerance` (relative, 0.001 = 0.1 %). MJ is rounded to
// 2 decimals in the standard, so 0.005 m² of rounding is always allowed.
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { fieldTitle } from '../model/fieldSchema.ts';
import type { Geometry, LayerCode } from '../model/types.ts';
import { finding } from './finding.ts';
import type { FeatureRef } from './messages.ts';
import type { Finding } from './types.ts';

export const DEFAULT_AREA_TOLERANCE = 0.001;

export function checkArea(geometry: Geometry, mjM2: number, tolerance: number, feature: FeatureRef, layer: LayerCode): Finding | undefined {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return undefined;
  const areaM2 = ellipsoidalAreaM2(geometry);
  const diff = Math.abs(mjM2 - areaM2);
  if (diff <= tolerance * areaM2 + 0.005) return undefined;
  const percent = areaM2 > 0 ? ((diff / areaM2) * 100).toFixed(3) : '∞';
  return finding('area-mismatch', `/features/${feature.index}/properties/MJ`, {
    feature,
    layer,
    field: 'MJ',
    fieldTitle: fieldTitle(layer, 'MJ'),
    expected: Math.round(areaM2 * 100) / 100,
    found: mjM2,
    detail: { percent, tolerance: String(tolerance * 100) },
  });
}
