// Pure. outsideTerritoryM2(measurement) → the part of a project (m²) lying outside the blueprint's territory, the
// administrative divisions (XZQ). The blueprint says nothing there, so no check can find a conflict: a site in
// another city would come out 符合. Callers refuse a project with any such part of 1 m² or more.
import type { ProjectMeasurement } from './types.ts';

export function outsideTerritoryM2(measurement: ProjectMeasurement): number {
  const inside = measurement.layers.find((l) => l.layer === 'XZQ')?.areaM2 ?? 0;
  return measurement.areaM2 > inside ? measurement.areaM2 - inside : 0;
}
