// Pure. gaussKruger(lon, lat) → CGCS2000 3-degree Gauss-Krüger coordinates (zone number, easting with the
// zone prefix, northing) through proj4, for the coordinate readout.
import proj4 from 'proj4';

export interface GaussKrugerPoint {
  zone: number;
  centralMeridian: number;
  /** Easting with the zone prefix (e.g. 38 500 000 + x), metres. */
  x: number;
  y: number;
}

const converters = new Map<number, proj4.Converter>();

export function gaussKruger(lon: number, lat: number): GaussKrugerPoint {
  const zone = Math.round(lon / 3);
  const centralMeridian = zone * 3;
  let converter = converters.get(zone);
  if (!converter) {
    converter = proj4('EPSG:4326', `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${zone * 1e6 + 500000} +y_0=0 +ellps=GRS80 +units=m +no_defs`);
    converters.set(zone, converter);
  }
  const [x, y] = converter.forward([lon, lat]) as [number, number];
  return { zone, centralMeridian, x, y };
}
