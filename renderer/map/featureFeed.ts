// The features of one plan layer, indexed (flatbush over lon/lat bounding boxes) so the map source is
// fed only what is in view. At overview scales features smaller than `minSizeDeg` are left out
// (they would be sub-pixel), which keeps the canvas renderer within its budget for 300k parcels.
import Flatbush from 'flatbush';
import type { Geometry, PlanFeature, Position } from '../../engine/model/types.ts';

export class FeatureFeed {
  readonly features: readonly PlanFeature[];
  private readonly boxes: Float64Array;
  private readonly index: Flatbush | null;

  constructor(features: readonly PlanFeature[]) {
    this.features = features;
    this.boxes = new Float64Array(features.length * 4);
    features.forEach((f, i) => geometryBounds(f.geometry, this.boxes, i * 4));
    if (features.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(features.length);
    for (let i = 0; i < features.length; i++) {
      index.add(this.boxes[i * 4]!, this.boxes[i * 4 + 1]!, this.boxes[i * 4 + 2]!, this.boxes[i * 4 + 3]!);
    }
    index.finish();
    this.index = index;
  }

  /** Features whose box meets the lon/lat extent and whose larger box side is at least `minSizeDeg`. */
  query(extent: readonly [number, number, number, number], minSizeDeg = 0): PlanFeature[] {
    if (!this.index) return [];
    const b = this.boxes;
    const hits = this.index.search(extent[0], extent[1], extent[2], extent[3], (i) =>
      minSizeDeg <= 0 || Math.max(b[i * 4 + 2]! - b[i * 4]!, b[i * 4 + 3]! - b[i * 4 + 1]!) >= minSizeDeg);
    hits.sort((x, y) => x - y);
    return hits.map((i) => this.features[i]!);
  }

  /** The lon/lat bounds of all features, or null when empty. */
  bounds(): [number, number, number, number] | null {
    if (!this.index) return null;
    return [this.index.minX, this.index.minY, this.index.maxX, this.index.maxY];
  }
}

export function geometryBounds(g: Geometry, out: Float64Array | number[], at = 0): void {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const visit = (p: Position) => {
    if (p[0] < minX) minX = p[0];
    if (p[0] > maxX) maxX = p[0];
    if (p[1] < minY) minY = p[1];
    if (p[1] > maxY) maxY = p[1];
  };
  switch (g.type) {
    case 'Point':
      visit(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const r of g.coordinates) r.forEach(visit);
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) for (const r of p) r.forEach(visit);
      break;
  }
  out[at] = minX;
  out[at + 1] = minY;
  out[at + 2] = maxX;
  out[at + 3] = maxY;
}
