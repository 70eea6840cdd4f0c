// Pure. The CGCS2000 / GRS80 ellipsoid shared by every metric computation (EPSG:4490 uses it; CGCS2000's
// own flattening differs from GRS80 by 1e-10, below any tolerance here) and the geodesic solver on it.
import geodesic from 'geographiclib-geodesic';

export const GRS80_A_M = 6378137;
export const GRS80_F = 1 / 298.257222101;

/** Karney's geodesic solver on GRS80 (geographiclib), shared so it is built once. */
export const grs80Geodesic = new geodesic.Geodesic.Geodesic(GRS80_A_M, GRS80_F);
