// A project's boundary as a small SVG (lon/lat scaled by cos(latitude) so shapes keep their proportions),
// for the department's page, which has no blueprint map of its own to show the project on.
import type { Ring } from '../../../engine/model/index.ts';

export function ProjectOutline({ geometry }: { geometry: { type: 'MultiPolygon'; coordinates: Ring[][] } }) {
  const points = geometry.coordinates.flat(2);
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  const [minX, maxX, minY, maxY] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const k = Math.cos(((minY + maxY) / 2) * (Math.PI / 180));
  const w = Math.max((maxX - minX) * k, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  const scale = 200 / Math.max(w, h);
  const d = geometry.coordinates
    .flatMap((polygon) => polygon.map((ring) => `M${ring.map((p) => `${(((p[0]! - minX) * k) * scale).toFixed(1)},${((maxY - p[1]!) * scale).toFixed(1)}`).join('L')}Z`))
    .join('');
  return (
    <svg className="import-preview project-outline" data-testid="project-outline" viewBox={`-5 -5 ${(w * scale + 10).toFixed(1)} ${(h * scale + 10).toFixed(1)}`} width="220" height="220">
      <path d={d} fillRule="evenodd" />
    </svg>
  );
}
