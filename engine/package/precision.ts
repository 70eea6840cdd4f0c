// Pure. The precision at which every computed float is written into a package, one function per kind, and
// atPackagePrecision(input) → the blueprint, conflicts and indicators with every such float rounded (inputs
// untouched). Areas m² 2 decimals, 公顷 4, 亩 2, lengths and distances 0.01 m, shares 6 decimals, coordinates 1e-9°.
import { m2ToHectares, m2ToMu, roundM2 } from '../geometry/areaUnits.ts';
import { assignGeometryOf } from '../geometry/compactPlanDocument.ts';
import type { Blueprint, CoverageFeature } from '../model/blueprint.ts';
import type { Geometry, Position } from '../model/types.ts';
import type { IndicatorValue } from '../indicators/types.ts';
import type { PackageConflict, PackageInput } from './types.ts';
import { powerOfTen } from '../numeric/powerOfTen.ts';

/**
 * Rounds half away from zero at `decimals`; the 15-digit step first removes binary artefacts (1.005 → 1.01,
 * not 1.00). Only basic arithmetic and decimal conversion, which every JavaScript engine does exactly alike.
 */
function roundTo(value: number, decimals: number): number {
  const factor = powerOfTen(decimals);
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(value) * rounded) / factor || 0;
}

/** Areas in m²: 2 decimals, the national convention. */
export const areaM2AtPrecision = roundM2;
/** Areas in 公顷: 4 decimals (1 m²). */
export const hectaresAtPrecision = (areaM2: number): number => m2ToHectares(areaM2);
/** Areas in 亩: 2 decimals. */
export const muAtPrecision = (areaM2: number): number => m2ToMu(areaM2);
/** Lengths, distances and widths in m: 0.01 m. */
export const lengthMAtPrecision = (lengthM: number): number => roundTo(lengthM, 2);
/** Shares and ratios (0–1): 6 decimals. */
export const shareAtPrecision = (share: number): number => roundTo(share, 6);
/** Indicator figures in their unit (公顷, percent, multiple): 4 decimals, as the indicator engine states them. */
export const indicatorValueAtPrecision = (value: number): number => roundTo(value, 4);

/** Longitude/latitude in degrees: 1e-9° (about 0.1 mm), far below any vertex spacing a plan has. */
export const COORDINATE_DECIMALS = 9;
const COORDINATE_FACTOR = powerOfTen(COORDINATE_DECIMALS);

export function coordinateAtPrecision(deg: number): number {
  return Math.round(deg * COORDINATE_FACTOR) / COORDINATE_FACTOR || 0;
}

function positionAtPrecision(p: Position): Position {
  return p.map(coordinateAtPrecision) as Position;
}

export function geometryAtPrecision(g: Geometry): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: positionAtPrecision(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: g.type, coordinates: g.coordinates.map(positionAtPrecision) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: g.type, coordinates: g.coordinates.map((r) => r.map(positionAtPrecision)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(positionAtPrecision))) };
  }
}

/** A conflict measure's field at its kind's precision; key order is kept so the JSON stays in construction order. */
function measureFieldAtPrecision(key: string, value: unknown): unknown {
  if (typeof value !== 'number') return value;
  if (key === 'areaM2') return areaM2AtPrecision(value);
  if (key === 'lengthM' || key === 'distanceM' || key === 'meanWidthM') return lengthMAtPrecision(value);
  if (key === 'value' || key === 'target') return indicatorValueAtPrecision(value);
  return value;
}

function conflictAtPrecision(c: PackageConflict): PackageConflict {
  const measure = Object.fromEntries(
    Object.entries(c.measure).map(([k, v]) => [k, measureFieldAtPrecision(k, v)]),
  ) as PackageConflict['measure'];
  // The rules engine's conflicts also carry each side's share of the overlap (not part of the package's type).
  const shares = (c as { shares?: Record<string, number> }).shares;
  return {
    ...c,
    measure,
    ...(shares !== undefined ? { shares: Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, shareAtPrecision(v)])) } : {}),
    region: c.region === null ? null : geometryAtPrecision(c.region),
  };
}

function indicatorAtPrecision(v: IndicatorValue): IndicatorValue {
  return {
    ...v,
    value: indicatorValueAtPrecision(v.value),
    areaM2: areaM2AtPrecision(v.areaM2),
    ...(v.denominatorM2 !== undefined ? { denominatorM2: areaM2AtPrecision(v.denominatorM2) } : {}),
    ...(v.gap !== undefined ? { gap: indicatorValueAtPrecision(v.gap) } : {}),
  };
}

/**
 * A coverage piece with its area rounded and its geometry as it is: a stored one stays a read-through of its store
 * slot. A spread would read it, and hold a built copy of every unchanged piece's coordinates through the package
 * (a city's coverage is 300k pieces).
 */
function coverageAreaAtPrecision(c: CoverageFeature): CoverageFeature {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(c)) {
    if (key === 'geometry') assignGeometryOf(copy, c);
    else copy[key] = key === 'areaM2' ? areaM2AtPrecision(c.areaM2) : c[key as keyof CoverageFeature];
  }
  return copy as unknown as CoverageFeature;
}

function blueprintAtPrecision(b: Blueprint, featureGeometries: boolean): Blueprint {
  return {
    ...b,
    territoryAreaM2: b.territoryAreaM2 === null ? null : areaM2AtPrecision(b.territoryAreaM2),
    layers: featureGeometries
      ? b.layers.map((l) => ({ ...l, features: l.features.map((f) => ({ ...f, geometry: geometryAtPrecision(f.geometry) })) }))
      : b.layers,
    coverage: b.coverage.map((c) =>
      featureGeometries
        ? { ...c, geometry: geometryAtPrecision(c.geometry), areaM2: areaM2AtPrecision(c.areaM2) }
        : coverageAreaAtPrecision(c),
    ),
    undetermined: b.undetermined.map((u) => ({
      ...u,
      geometry: geometryAtPrecision(u.geometry),
      areaM2: areaM2AtPrecision(u.areaM2),
      anchor: [coordinateAtPrecision(u.anchor[0]), coordinateAtPrecision(u.anchor[1])],
    })),
  };
}

/**
 * The computed parts of a package input at the package's precision, so the files depend on the inputs and not
 * on the last bits of the engine's Math functions (Chromium and Node differ there). Sources, rule pack, policy,
 * targets and resolutions are inputs stored as given. With `featureGeometries: false` the blueprint's layer and
 * coverage geometries are left as they are for the encoders to round feature by feature (geometryAtPrecision is
 * idempotent), so a city's package never holds a rounded copy of every geometry.
 */
export function atPackagePrecision<T extends Pick<PackageInput, 'blueprint' | 'conflicts' | 'indicators'>>(
  input: T,
  options: { featureGeometries?: boolean } = {},
): T {
  return {
    ...input,
    blueprint: blueprintAtPrecision(input.blueprint, options.featureGeometries ?? true),
    conflicts: input.conflicts.map(conflictAtPrecision),
    indicators: input.indicators.map(indicatorAtPrecision),
  };
}
