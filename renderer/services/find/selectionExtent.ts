// Pure. selectionExtent(workspace, refs) → the lon/lat box around the referenced features (zoom to selection, a
// found feature), widened to at least `minSpanDeg` so a point or a tiny parcel is not shown at the map's maximum
// zoom; null when none of them has coordinates.
import { bbox } from '../../../engine/geometry/index.ts';
import type { FeatureRef } from '../../store/selectionSlice.ts';
import { FeatureSelection } from '../../store/featureSelection.ts';
import type { WorkspaceData } from '../../store/types.ts';

export function selectionExtent(
  workspace: WorkspaceData,
  refs: readonly FeatureRef[] | FeatureSelection,
  minSpanDeg = 0.002,
): [number, number, number, number] | null {
  const out: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (planId: FeatureRef['planId'], featureId: FeatureRef['featureId']) => {
    const f = workspace.plans.get(planId)?.features.get(featureId);
    const b = f ? bbox(f.geometry) : null;
    if (!b || !Number.isFinite(b[0])) return;
    if (b[0] < out[0]) out[0] = b[0];
    if (b[1] < out[1]) out[1] = b[1];
    if (b[2] > out[2]) out[2] = b[2];
    if (b[3] > out[3]) out[3] = b[3];
  };
  if (refs instanceof FeatureSelection) refs.forEachRef(add);
  else for (const ref of refs) add(ref.planId, ref.featureId);
  if (!Number.isFinite(out[0])) return null;
  return widen(out, minSpanDeg);
}

/** The box grown symmetrically to at least `minSpanDeg` on each axis (a point becomes a small square). */
export function widen(box: [number, number, number, number], minSpanDeg: number): [number, number, number, number] {
  const [w, s, e, n] = box;
  const dx = Math.max(0, minSpanDeg - (e - w)) / 2;
  const dy = Math.max(0, minSpanDeg - (n - s)) / 2;
  return [w - dx, s - dy, e + dx, n + dy];
}
