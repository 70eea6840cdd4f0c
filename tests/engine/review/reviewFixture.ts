// Test helpers: a small hand-made blueprint near Jiyuan (lon/lat built from metre offsets on the GRS80 sphere
// of curvature at 35.1°N, exact enough for boxes and squares), and project documents around it.
import type { Blueprint, BlueprintFeature } from '../../../engine/model/blueprint.ts';
import type { FeatureId, Geometry, LayerCode, Properties, Ring } from '../../../engine/model/types.ts';
import type { ProjectDocument, ProjectFacts } from '../../../engine/review/types.ts';

export const LON0 = 112.6;
export const LAT0 = 35.1;
/** Metres per degree at 35.1°N on GRS80 (meridian and parallel), close enough for building test shapes. */
export const M_PER_DEG_LAT = 110_950;
export const M_PER_DEG_LON = 91_190;

export const at = (eastM: number, northM: number): [number, number] => [LON0 + eastM / M_PER_DEG_LON, LAT0 + northM / M_PER_DEG_LAT];

/** Counter-clockwise rectangle from (x0, y0) to (x1, y1), metres east/north of the origin. */
export function rect(x0: number, y0: number, x1: number, y1: number): Ring {
  return [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)];
}

export const polygon = (...rings: Ring[]): Geometry => ({ type: 'Polygon', coordinates: rings });
export const line = (...points: [number, number][]): Geometry => ({ type: 'LineString', coordinates: points.map(([x, y]) => at(x, y)) });

let serial = 0;
export function feature(layer: LayerCode, geometry: Geometry, properties: Properties): BlueprintFeature {
  serial++;
  return {
    id: `${layer}-${String(serial).padStart(4, '0')}` as FeatureId,
    layer,
    geometry,
    properties,
    provenance: { planId: 'p', planTitle: 'p', planVersion: 'v1', sourceFeatureId: `s${serial}`, resolutions: [] },
  };
}

export function blueprintOf(
  features: BlueprintFeature[],
  coverage: Blueprint['coverage'] = [],
  undetermined: Blueprint['undetermined'] = [],
): Blueprint {
  const layers = new Map<LayerCode, BlueprintFeature[]>();
  for (const f of features) {
    const list = layers.get(f.layer) ?? [];
    list.push(f);
    layers.set(f.layer, list);
  }
  return {
    layers: [...layers.entries()].map(([layer, fs]) => ({ layer, features: fs })),
    coverage,
    undetermined,
    territoryAreaM2: null,
    appliedResolutions: [],
    skippedResolutions: [],
  };
}

export function coveragePiece(code: string, nameZh: string, geometry: Geometry, areaM2 = 0): Blueprint['coverage'][number] {
  serial++;
  return {
    id: `GHYDYH-c${serial}`,
    classCode: code,
    classNameZh: nameZh,
    sourceLayer: 'GHYDYH',
    sourceFeatureId: `c${serial}`,
    sourceBsm: null,
    planId: 'p',
    rank: 0,
    geometry,
    areaM2,
  };
}

export function projectOf(rings: Ring[][], facts: Partial<ProjectFacts> = {}): ProjectDocument {
  return {
    type: 'Feature',
    project: {
      schemaVersion: '1.0.0',
      id: '00000000-0000-4000-8000-000000000001',
      stage: '策划生成',
      source: { format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] },
    },
    properties: { XMMC: '测试项目', XMLX: '工业', ...facts },
    geometry: { type: 'MultiPolygon', coordinates: rings },
  };
}
