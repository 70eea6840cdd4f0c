// Pure. sourcePointsOffsetM(project) → how far (m, roughly) the extent of the project's 界址点 (source.points, in
// its Gauss-Krüger zone) lies from the extent of its boundary geometry, or null when there is nothing to compare
// (a drawn boundary, a lon/lat source). A document whose geometry was moved or replaced without its points would
// print one place's 界址点 table under another place's maps and review; readers write both from one source, so
// they agree to the millimetre.
import { crsInfo, parseEpsgReference } from '../import/crs/crsCatalog.ts';
import { transverseMercator } from '../geometry/transverseMercator.ts';
import type { ProjectDocument } from './types.ts';

/** Metres per degree of latitude, rounded down: the offset is a bound for a message, not a survey figure. */
const M_PER_DEG = 110_000;

export function sourcePointsOffsetM(project: ProjectDocument): number | null {
  const { crs, points } = project.project.source;
  if (points.length === 0) return null;
  const epsg = parseEpsgReference(crs);
  const info = epsg === undefined ? undefined : crsInfo(epsg);
  if (!info || info.family === 'geographic' || info.centralMeridianDeg === undefined || info.falseEastingM === undefined) return null;
  const tm = transverseMercator(info.centralMeridianDeg);
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    // X is the northing, Y the easting, with the zone prefix or (below 1,000 km) without it.
    const [lon, lat] = tm.inverse(p.yM - (p.yM < 1_000_000 ? 500_000 : info.falseEastingM), p.xM);
    if (lon < box[0]!) box[0] = lon;
    if (lat < box[1]!) box[1] = lat;
    if (lon > box[2]!) box[2] = lon;
    if (lat > box[3]!) box[3] = lat;
  }
  const geo = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of project.geometry.coordinates) {
    for (const ring of part) {
      for (const [lon, lat] of ring) {
        if (lon! < geo[0]!) geo[0] = lon!;
        if (lat! < geo[1]!) geo[1] = lat!;
        if (lon! > geo[2]!) geo[2] = lon!;
        if (lat! > geo[3]!) geo[3] = lat!;
      }
    }
  }
  let worstDeg = 0;
  for (let i = 0; i < 4; i++) {
    const d = box[i]! > geo[i]! ? box[i]! - geo[i]! : geo[i]! - box[i]!;
    if (d > worstDeg) worstDeg = d;
  }
  return worstDeg * M_PER_DEG;
}
