// Pure. Ellipsoidal (GRS80) measures for the measure tools and the attribute form: the engine's own geodesic
// length of a lon/lat path in metres and area of a lon/lat ring in m², so the editor shows the figures the
// rules and the package use.
import { ringAreaM2 } from '../../engine/geometry/index.ts';
import { pathLengthM } from '../../engine/geometry/index.ts';
import type { Position } from '../../engine/model/index.ts';

// The engine reads only the first two numbers of a position; OpenLayers hands over plain number arrays.
const asPositions = (path: readonly (readonly number[])[]) => path as readonly Position[];

export function geodesicLengthM(path: readonly (readonly number[])[]): number {
  return pathLengthM(asPositions(path));
}

export function geodesicAreaM2(ring: readonly (readonly number[])[]): number {
  return ringAreaM2(asPositions(ring));
}
