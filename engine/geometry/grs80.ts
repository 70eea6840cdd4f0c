// Pure. The CGCS2000 / GRS80 ellipsoid shared by every metric computation (EPSG:4490 uses it; CGCS2000's
// own flattening differs from GRS80 by 1e-10, below any tolerance here).
export const GRS80_A_M = 6378137;
export const GRS80_F = 1 / 298.257222101;
