// Pure. Flags GCJ-02 (web-map) coordinates: imported points that sit a consistent few hundred metres from
// their reference counterparts, in the direction and size the GCJ-02 obfuscation predicts there.
// Takes pairs [imported lon/lat, reference lon/lat]; returns the verdict with the measured mean offset.
import { cos, hypot, sin } from '../../numeric/portableMath.ts';

const A = 6378245.0; // Krasovsky semi-major axis used by the published GCJ-02 algorithm
const EE = 0.00669342162296594323;

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * sin(6 * x * Math.PI) + 20 * sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * sin(y * Math.PI) + 40 * sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * sin((y / 12) * Math.PI) + 320 * sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * sin(6 * x * Math.PI) + 20 * sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * sin(x * Math.PI) + 40 * sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * sin((x / 12) * Math.PI) + 300 * sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS 84 / CGCS2000 lon/lat → GCJ-02 lon/lat (the published forward algorithm). */
export function toGcj02(lon: number, lat: number): [number, number] {
  let dLat = transformLat(lon - 105, lat - 35);
  let dLon = transformLon(lon - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  let magic = sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180) / ((A / sqrtMagic) * cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

function offsetM(from: [number, number], to: [number, number]): [number, number] {
  const mPerDegLat = 110_574;
  const mPerDegLon = 111_320 * cos((from[1] * Math.PI) / 180);
  return [(to[0] - from[0]) * mPerDegLon, (to[1] - from[1]) * mPerDegLat];
}

export interface Gcj02Verdict {
  suspected: boolean;
  meanOffsetM: number;
  expectedOffsetM: number;
}

export function suspectGcj02(pairs: ReadonlyArray<readonly [[number, number], [number, number]]>): Gcj02Verdict {
  if (pairs.length === 0) return { suspected: false, meanOffsetM: 0, expectedOffsetM: 0 };
  let matching = 0;
  let sumX = 0;
  let sumY = 0;
  let sumExpected = 0;
  for (const [imported, reference] of pairs) {
    const actual = offsetM(reference, imported);
    const expected = offsetM(reference, toGcj02(reference[0], reference[1]));
    const expectedLen = hypot(expected[0], expected[1]);
    sumX += actual[0];
    sumY += actual[1];
    sumExpected += expectedLen;
    // Within a quarter of the predicted shift: a consistent GCJ-02 offset, not editing noise.
    if (hypot(actual[0] - expected[0], actual[1] - expected[1]) <= 0.25 * expectedLen) matching++;
  }
  const meanOffsetM = hypot(sumX / pairs.length, sumY / pairs.length);
  const expectedOffsetM = sumExpected / pairs.length;
  const suspected = meanOffsetM >= 100 && matching / pairs.length >= 0.8;
  return { suspected, meanOffsetM, expectedOffsetM };
}
