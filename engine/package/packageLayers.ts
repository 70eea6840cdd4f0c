// Pure. Takes the merged blueprint, returns the package's layers: each blueprint layer with the provenance as
// columns (LYGHID 来源规划, LYGHBB 来源版本, LYYSID 来源要素, CZRZ 处置日志编号), the integrated coverage
// (YZTYDFG 一张图用地覆盖) and the 待定 areas (DDQY 待定区域). Areas in m² to 2 decimals. Geometries are rounded
// to the package's precision as each feature is encoded (layerGeoJson here, the GeoPackage writer), and attributes
// are built as they are read, so the layers add no copy of a city's features (README, 2026-12-07).
import { roundM2 } from '../geometry/areaUnits.ts';
import { featurePositionCount, shareStoreSlot, storeIndexOfFeature, storeOfFeature } from '../geometry/compactPlanDocument.ts';
import { writeGeometryJson } from '../geometry/geometryJson.ts';
import { writeStoreGeometryJson, type JsonOut } from '../geometry/storeGeometryJson.ts';
import { layerInfo } from '../model/layers.ts';
import type { Blueprint, BlueprintFeature, CoverageFeature } from '../model/blueprint.ts';
import type { Geometry, Properties, PropertyValue } from '../model/types.ts';
import { writeCoordinateJson } from './coordinateJson.ts';
import { featureCollectionSinkBytes } from './featureCollectionBytes.ts';
import { PROVENANCE_COLUMNS } from './layerColumns.ts';
import { propertiesJsonWriter } from './propertiesJson.ts';
import type { Utf8Sink } from './utf8Sink.ts';
import type { PackageLayer } from './types.ts';
import { VISIT_PROPERTIES, type PropertyVisitor } from './visitProperties.ts';

type PackageFeature = PackageLayer['features'][number];

export const COVERAGE_TABLE = 'YZTYDFG';
export const UNDETERMINED_TABLE = 'DDQY';

const SOURCE = Symbol('packagedSource');

/**
 * A packaged feature: its attributes are built from `source` on each read, and its geometry is the source's (a
 * stored one is read through, and the writers find its store slot), so a city's 600k packaged features hold neither
 * a copy of their attributes nor their coordinates while the package is written. The getters are on a prototype
 * shared by a layer's features, so each feature is a small object of one shape. `visitSource` is the one definition
 * of a layer kind's attributes: the writers visit it, and `properties` is built from it.
 */
function packagedFeatures<S extends { readonly id: string; readonly geometry: Geometry }>(
  sources: readonly S[],
  visitSource: (source: S, visit: PropertyVisitor) => void,
): PackageFeature[] {
  const prototype = {
    get geometry(): Geometry {
      return (this as unknown as { [SOURCE]: S })[SOURCE].geometry;
    },
    get properties(): Properties {
      return propertiesFromVisit((this as unknown as { [SOURCE]: S })[SOURCE], visitSource);
    },
    [VISIT_PROPERTIES](visit: PropertyVisitor): void {
      visitSource((this as unknown as { [SOURCE]: S })[SOURCE], visit);
    },
  };
  return sources.map((source) => {
    const packaged = Object.create(prototype) as PackageFeature & { [SOURCE]: S };
    packaged.id = source.id;
    packaged[SOURCE] = source;
    shareStoreSlot(packaged, source);
    return packaged;
  });
}

/** The visited pairs as an object, each an own data member (a source key `__proto__` too, as a spread makes it). */
function propertiesFromVisit<S>(source: S, visitSource: (source: S, visit: PropertyVisitor) => void): Properties {
  const properties: Properties = {};
  visitSource(source, (key, value) => {
    if (key === '__proto__') {
      Object.defineProperty(properties, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      properties[key] = value as PropertyValue;
    }
  });
  return properties;
}

/** The provenance column at `index` of PROVENANCE_COLUMNS. */
function provenanceValue(f: BlueprintFeature, index: number): string {
  switch (index) {
    case 0:
      return f.provenance.planId;
    case 1:
      return f.provenance.planVersion;
    case 2:
      return f.provenance.sourceFeatureId;
    default:
      return f.provenance.resolutions.join(',');
  }
}

/**
 * A blueprint feature's attributes: its own, then the provenance columns (LYGHID 来源规划, LYGHBB 来源版本, LYYSID
 * 来源要素, CZRZ 处置日志编号), in the key order of `{ ...own, ...provenance }`: a source key the provenance
 * overwrites keeps its place with the provenance's value, the other provenance columns follow.
 */
function visitBlueprintProperties(f: BlueprintFeature, visit: PropertyVisitor): void {
  const own = f.properties;
  let ownProvenance = 0;
  for (const key of Object.keys(own)) {
    const index = (PROVENANCE_COLUMNS as readonly string[]).indexOf(key);
    if (index < 0) {
      visit(key, own[key]);
      continue;
    }
    visit(key, provenanceValue(f, index));
    ownProvenance |= 1 << index;
  }
  for (let index = 0; index < PROVENANCE_COLUMNS.length; index++) {
    if ((ownProvenance & (1 << index)) === 0) visit(PROVENANCE_COLUMNS[index]!, provenanceValue(f, index));
  }
}

/** A coverage piece's attributes: its class, area (m², 2 decimals) and source. */
function visitCoverageProperties(c: CoverageFeature, visit: PropertyVisitor): void {
  visit('YDYHFLDM', c.classCode);
  visit('YDYHFLMC', c.classNameZh);
  visit('MJ', roundM2(c.areaM2));
  visit('LYTC', c.sourceLayer);
  visit('LYBSM', c.sourceBsm);
  visit('LYGHID', c.planId);
  visit('LYYSID', c.sourceFeatureId);
}

export function packageLayers(blueprint: Blueprint): PackageLayer[] {
  const layers: PackageLayer[] = blueprint.layers.map((l) => ({
    name: l.layer,
    titleZh: layerInfo(l.layer).nameZh,
    layer: l.layer,
    features: packagedFeatures(l.features, visitBlueprintProperties),
  }));
  layers.push({
    name: COVERAGE_TABLE,
    titleZh: '一张图用地覆盖',
    features: packagedFeatures(blueprint.coverage, visitCoverageProperties),
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

/** `,"key":value` as JSON.stringify writes a member, or nothing for a value it leaves out (undefined). */
function member(key: string, value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? '' : `,${JSON.stringify(key)}:${json}`;
}

interface FeatureJsonOut extends JsonOut {
  properties: (feature: PackageFeature) => void;
}

/**
 * Appends the feature's JSON: JSON.stringify({ type: 'Feature', id, geometry at the package's precision, properties }),
 * with the geometry written from its store or its arrays, each coordinate rounded as bytes, and the attributes from
 * their visit, rather than built, rounded and printed.
 */
function writeFeatureJson(f: PackageFeature, sink: Utf8Sink, out: FeatureJsonOut): void {
  const store = storeOfFeature(f);
  sink.write(`{"type":"Feature"${member('id', f.id)},"geometry":`);
  if (store) writeStoreGeometryJson(store, storeIndexOfFeature(f), out);
  else writeGeometryJson(f.geometry, out);
  sink.write(',"properties":');
  out.properties(f);
  sink.write('}');
}

/** About the layer's GeoJSON size: 32 bytes a position and 512 a feature (unwritten pages cost nothing). */
function estimatedBytes(layer: PackageLayer): number {
  let bytes = 0;
  for (const f of layer.features) bytes += 512 + 32 * featurePositionCount(f);
  return bytes;
}

export function layerGeoJson(layer: PackageLayer): Uint8Array {
  let outSink: Utf8Sink | null = null;
  let out: FeatureJsonOut | null = null;
  return featureCollectionSinkBytes(
    { name: layer.name, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } } },
    layer.features,
    estimatedBytes(layer),
    (f, sink) => {
      // One writer of the geometry's JSON into the layer's sink, not one per feature.
      if (sink !== outSink) {
        outSink = sink;
        const text = (json: string) => sink.write(json);
        out = { text, number: (deg) => writeCoordinateJson(sink, deg), properties: propertiesJsonWriter(text) };
      }
      writeFeatureJson(f, sink, out!);
    },
  );
}
