// Pure. Takes the merged blueprint, returns the package's layers: each blueprint layer with the provenance as
// columns (LYGHID 来源规划, LYGHBB 来源版本, LYYSID 来源要素, CZRZ 处置日志编号), the integrated coverage
// (YZTYDFG 一张图用地覆盖) and the 待定 areas (DDQY 待定区域). Areas in m² to 2 decimals. Geometries are rounded
// to the package's precision as each feature is encoded (layerGeoJson here, the GeoPackage writer).
import { roundM2 } from '../geometry/areaUnits.ts';
import { layerInfo } from '../model/layers.ts';
import type { Blueprint } from '../model/blueprint.ts';
import { featureCollectionBytes } from './featureCollectionBytes.ts';
import { geometryAtPrecision } from './precision.ts';
import type { PackageLayer } from './types.ts';

export const COVERAGE_TABLE = 'YZTYDFG';
export const UNDETERMINED_TABLE = 'DDQY';

export function packageLayers(blueprint: Blueprint): PackageLayer[] {
  const layers: PackageLayer[] = blueprint.layers.map((l) => ({
    name: l.layer,
    titleZh: layerInfo(l.layer).nameZh,
    layer: l.layer,
    features: l.features.map((f) => ({
      id: f.id,
      geometry: f.geometry,
      properties: {
        ...f.properties,
        LYGHID: f.provenance.planId,
        LYGHBB: f.provenance.planVersion,
        LYYSID: f.provenance.sourceFeatureId,
        CZRZ: f.provenance.resolutions.join(','),
      },
    })),
  }));
  layers.push({
    name: COVERAGE_TABLE,
    titleZh: '一张图用地覆盖',
    features: blueprint.coverage.map((c) => ({
      id: c.id,
      geometry: c.geometry,
      properties: {
        YDYHFLDM: c.classCode,
        YDYHFLMC: c.classNameZh,
        MJ: roundM2(c.areaM2),
        LYTC: c.sourceLayer,
        LYBSM: c.sourceBsm,
        LYGHID: c.planId,
        LYYSID: c.sourceFeatureId,
      },
    })),
  });
  layers.push({
    name: UNDETERMINED_TABLE,
    titleZh: '待定区域',
    features: blueprint.undetermined.map((u) => ({
      id: u.id,
      geometry: u.geometry,
      properties: { DDBH: u.id, MJ: roundM2(u.areaM2), ZXJD: u.anchor[0], ZXWD: u.anchor[1] },
    })),
  });
  return layers;
}

export function layerGeoJson(layer: PackageLayer): Uint8Array {
  return featureCollectionBytes(
    { name: layer.name, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } } },
    layer.features,
    (f) => ({ type: 'Feature', id: f.id, geometry: geometryAtPrecision(f.geometry), properties: f.properties }),
  );
}
