// Pure (given a port). Overlay calls that survive invalid input: on a GeometryError the inputs are
// repaired the way GEOS MakeValid does it (a bow-tie keeps both lobes) and the call is retried once.
// Validation reports invalid geometry as a finding; here we only need a measurement that does not lie.
import { GeometryError, type GeomInput, type GeometryPort } from '../geometry/port.ts';
import { repairGeometry } from '../geometry/repairGeometry.ts';
import type { Geometry } from '../model/types.ts';

function repair(port: GeometryPort, g: Geometry): Geometry | null {
  return repairGeometry(port, g);
}

function retrying<T>(run: () => T, onError: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof GeometryError) return onError();
    throw error;
  }
}

/** Dissolve (polygonal part); null when empty. */
export function safeUnion(port: GeometryPort, geometries: readonly Geometry[]): Geometry | null {
  if (geometries.length === 0) return null;
  return retrying(
    () => port.unaryUnion(geometries, { keep: 'polygonal' }),
    () => {
      const repaired = geometries.map((g) => repair(port, g)).filter((g): g is Geometry => g !== null);
      return repaired.length ? port.unaryUnion(repaired, { keep: 'polygonal' }) : null;
    },
  );
}

/**
 * Clips `g` to a held area: 'whole' when the area covers it, the polygonal intersection when they
 * overlap, null when they are apart.
 */
export function safeClip(port: GeometryPort, area: GeomInput, g: Geometry): Geometry | 'whole' | null {
  const clip = (x: Geometry): Geometry | 'whole' | null => {
    if (port.covers(area, x)) return 'whole';
    if (!port.intersects(area, x)) return null;
    return port.intersection(area, x, { keep: 'polygonal' });
  };
  return retrying(
    () => clip(g),
    () => {
      const repaired = repair(port, g);
      if (!repaired) return null;
      const result = clip(repaired);
      // The caller keeps `g` for 'whole'; hand back the repaired geometry instead so it measures right.
      return result === 'whole' ? repaired : result;
    },
  );
}

/** a − b (polygonal); null when nothing remains. */
export function safeDifference(port: GeometryPort, a: Geometry, b: GeomInput): Geometry | null {
  return retrying(
    () => port.difference(a, b, { keep: 'polygonal' }),
    () => {
      const repaired = repair(port, a);
      return repaired ? port.difference(repaired, b, { keep: 'polygonal' }) : null;
    },
  );
}
