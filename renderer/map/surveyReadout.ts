// Pure. surveyReadout(lon, lat, language) → the coordinate readout in the Chinese survey convention:
// X = 北 (northing), Y = 东 (easting with the zone prefix), and the zone, e.g.
// "X(北)=3890784.40  Y(东)=38365508.88  CGCS2000 3° 38带" / "X(N)=3890784.40  Y(E)=38365508.88  CGCS2000 3° zone 38".
import { gaussKruger } from './gaussKruger.ts';
import { message } from '../i18n/message.ts';

export function surveyReadout(lon: number, lat: number, language: 'zh' | 'en'): string {
  const gk = gaussKruger(lon, lat);
  // gaussKruger's x is the easting and y the northing (map convention); the readout swaps them on purpose.
  const north = gk.y.toFixed(2);
  const east = gk.x.toFixed(2);
  return message(language, 'surveyReadout', { north, east, zone: gk.zone });
}
