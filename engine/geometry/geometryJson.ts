// Pure. writeGeometryJson(geometry, out) → the text of JSON.stringify({ type, coordinates }) for a GeoJSON geometry,
// written as punctuation (`out.text`) and coordinates (`out.number`, which may round and must write a number as JSON
// does), as writeStoreGeometryJson writes a stored one: a geometry a package holds on its own (a clipped coverage
// piece) is then written without a rounded copy and a string of its own.
import type { Geometry, Position } from '../model/types.ts';
import type { JsonOut } from './storeGeometryJson.ts';

function position(p: Position, out: JsonOut): void {
  out.text('[');
  for (let k = 0; k < p.length; k++) {
    if (k > 0) out.text(',');
    out.number(p[k]!);
  }
  out.text(']');
}

function list<T>(items: readonly T[], out: JsonOut, item: (value: T) => void): void {
  out.text('[');
  for (let k = 0; k < items.length; k++) {
    if (k > 0) out.text(',');
    item(items[k]!);
  }
  out.text(']');
}

export function writeGeometryJson(g: Geometry, out: JsonOut): void {
  out.text(`{"type":${JSON.stringify(g.type)},"coordinates":`);
  const path = (ps: readonly Position[]) => list(ps, out, (p) => position(p, out));
  const rings = (rs: readonly Position[][]) => list(rs, out, path);
  switch (g.type) {
    case 'Point':
      position(g.coordinates, out);
      break;
    case 'MultiPoint':
    case 'LineString':
      path(g.coordinates);
      break;
    case 'MultiLineString':
    case 'Polygon':
      rings(g.coordinates);
      break;
    case 'MultiPolygon':
      list(g.coordinates, out, rings);
      break;
  }
  out.text('}');
}
