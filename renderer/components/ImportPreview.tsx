// A preview of the features about to be imported: their outlines drawn in an SVG scaled to their extent
// (lon/lat with the latitude's cosine, north up); at most 2,000 features so a large import stays quick. Each kind
// is drawn as itself: areas filled (holes left open), lines as strokes only, points as dots.
import type { Geometry, PlanFeature, Position } from '../../engine/model/index.ts';

const MAX_FEATURES = 2000;
const WIDTH = 360;
const POINT_RADIUS = 2.5;

const shapeKind = (g: Geometry): 'area' | 'line' | 'point' =>
  g.type.endsWith('Polygon') ? 'area' : g.type.endsWith('LineString') ? 'line' : 'point';

function rings(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'LineString':
    case 'MultiPoint':
      return [g.coordinates];
    case 'Point':
      return [[g.coordinates]];
  }
}

export function ImportPreview({ features }: { features: readonly PlanFeature[] }) {
  const shown = features.slice(0, MAX_FEATURES);
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (const f of shown)
    for (const r of rings(f.geometry))
      for (const [x, y] of r) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  if (!Number.isFinite(minX)) return null;
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const w = Math.max((maxX - minX) * kx, 1e-9);
  const h = Math.max(maxY - minY, 1e-9);
  const scale = WIDTH / Math.max(w, h);
  const height = Math.max(60, Math.round(h * scale));
  const xy = (p: Position): [string, string] => [((p[0] - minX) * kx * scale).toFixed(1), (height - (p[1] - minY) * scale).toFixed(1)];
  const px = (p: Position) => xy(p).join(',');
  return (
    <svg className="import-preview" data-testid="import-preview" viewBox={`-4 -4 ${WIDTH + 8} ${height + 8}`} role="img">
      {shown.map((f) => {
        const kind = shapeKind(f.geometry);
        if (kind === 'point')
          return (
            <g key={f.id} data-feature-id={f.id} className="point">
              {rings(f.geometry)
                .flat()
                .map((p, i) => {
                  const [cx, cy] = xy(p);
                  return <circle key={i} cx={cx} cy={cy} r={POINT_RADIUS} />;
                })}
            </g>
          );
        return (
          <path
            key={f.id}
            data-feature-id={f.id}
            className={kind}
            d={rings(f.geometry)
              .map((r) => `M${r.map(px).join('L')}${kind === 'area' ? 'Z' : ''}`)
              .join('')}
          />
        );
      })}
    </svg>
  );
}
