// The packaged features read their attributes and geometry from the blueprint without copies: a stored geometry is
// written from its store and attributes are visited, not built. Every file they give is the one plain features
// (each attribute object built, each geometry held and rounded) give: the GeoJSON, the columns and the GeoPackage.
import { beforeAll, describe, expect, it } from 'vitest';
import { assignGeometryOf, compactPlanDocument } from '../../../engine/geometry/compactPlanDocument.ts';
import type { Blueprint, BlueprintFeature, CoverageFeature } from '../../../engine/model/blueprint.ts';
import type { FeatureId, Geometry, PlanDocument } from '../../../engine/model/types.ts';
import { buildGeoPackage } from '../../../engine/package/buildGeoPackage.ts';
import { featureCollectionBytes } from '../../../engine/package/featureCollectionBytes.ts';
import { layerColumns } from '../../../engine/package/layerColumns.ts';
import { layerGeoJson, packageLayers } from '../../../engine/package/packageLayers.ts';
import { geometryAtPrecision } from '../../../engine/package/precision.ts';
import type { PackageLayer, SqlJsWriterPort } from '../../../engine/package/index.ts';
import { visitProperties } from '../../../engine/package/visitProperties.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';

let sqlJs: SqlJsWriterPort;
beforeAll(async () => {
  sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
});

/** A square with digits past the package's 1e-9° and one vertex at -0. */
const square = (x: number, y: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [112.6 + x * 0.001 + 3.3e-11, 35.05 + y * 0.001 - 4.4e-11],
      [112.601 + x * 0.001, 35.05 + y * 0.001],
      [112.601 + x * 0.001, 35.051 + y * 0.001 + 7.7e-12],
      [112.6 + x * 0.001 + 3.3e-11, 35.05 + y * 0.001 - 4.4e-11],
    ],
  ],
});

function blueprint(): Blueprint {
  // Three land-use parcels: two stored, one holding its own geometry (a MultiPolygon: the layer is promoted).
  const plan = compactPlanDocument({
    type: 'FeatureCollection',
    features: [0, 1].map((i) => ({ type: 'Feature', id: `s${i}`, layer: 'GHYDYH', geometry: square(i, 0), properties: {} })),
  } as unknown as PlanDocument);
  const provenance = (n: number) => ({
    planId: 'land',
    planTitle: '规划',
    planVersion: '1',
    sourceFeatureId: `s${n}`,
    resolutions: n ? ['W1', 'W2'] : [],
  });
  const parcels: BlueprintFeature[] = [
    // Its own LYGHID is overwritten by the provenance; MJ mixes integers and reals, BZ numbers and text.
    {
      id: 'a' as FeatureId,
      layer: 'GHYDYH',
      properties: { BSM: '1', LYGHID: 'own', MJ: 5, BZ: 1 },
      provenance: provenance(0),
    } as unknown as BlueprintFeature,
    {
      id: 'b' as FeatureId,
      layer: 'GHYDYH',
      properties: { MJ: 2.5, BSM: '2', BZ: '说明', SFJS: true },
      provenance: provenance(1),
    } as unknown as BlueprintFeature,
  ];
  parcels.forEach((f, i) => assignGeometryOf(f, plan.features[i]!));
  parcels.push({
    id: 'c' as FeatureId,
    layer: 'GHYDYH',
    geometry: { type: 'MultiPolygon', coordinates: [(square(2, 0) as Extract<Geometry, { type: 'Polygon' }>).coordinates] },
    properties: { BSM: '3', MJ: null },
    provenance: provenance(2),
  });
  const piece = {
    id: 'GHYDYH-s0',
    classCode: '0101',
    classNameZh: '水田',
    sourceLayer: 'GHYDYH',
    sourceFeatureId: 's0',
    sourceBsm: '1',
    planId: 'land',
    rank: 0,
    areaM2: 10000.126,
  } as CoverageFeature;
  assignGeometryOf(piece, plan.features[0]!);
  return {
    layers: [{ layer: 'GHYDYH', features: parcels }],
    coverage: [piece],
    undetermined: [],
    territoryAreaM2: null,
    appliedResolutions: [],
    skippedResolutions: [],
  };
}

/** The same layer as plain features: each attribute object built and each geometry held. */
function plain(layer: PackageLayer): PackageLayer {
  return { ...layer, features: layer.features.map((f) => ({ id: f.id, geometry: f.geometry, properties: f.properties })) };
}

describe('packageLayers', () => {
  it('builds and visits the attributes a spread of the source and its provenance gives, in its key order', () => {
    const source = blueprint();
    const [parcels, coverage] = packageLayers(source);
    const expected = [
      ...source.layers[0]!.features.map((f) => ({
        ...f.properties,
        LYGHID: f.provenance.planId,
        LYGHBB: f.provenance.planVersion,
        LYYSID: f.provenance.sourceFeatureId,
        CZRZ: f.provenance.resolutions.join(','),
      })),
      { YDYHFLDM: '0101', YDYHFLMC: '水田', MJ: 10000.13, LYTC: 'GHYDYH', LYBSM: '1', LYGHID: 'land', LYYSID: 's0' },
    ];
    const features = [...parcels!.features, ...coverage!.features];
    features.forEach((f, i) => {
      // JSON text compares key order too: a source LYGHID keeps its place, as a spread keeps it.
      expect(JSON.stringify(f.properties)).toBe(JSON.stringify(expected[i]));
      const visited: [string, unknown][] = [];
      visitProperties(f, (k, v) => visited.push([k, v]));
      expect(visited).toEqual(Object.entries(expected[i]!));
    });
    expect(Object.keys(parcels!.features[0]!.properties)).toEqual(['BSM', 'LYGHID', 'MJ', 'BZ', 'LYGHBB', 'LYYSID', 'CZRZ']);
  });

  it('keeps a source attribute named __proto__ as an attribute, as a spread does', () => {
    const source = blueprint();
    const hostile = source.layers[0]!.features[2]!;
    (hostile as { properties: unknown }).properties = JSON.parse('{"BSM":"3","__proto__":{"polluted":1}}');
    const built = packageLayers(source)[0]!.features[2]!.properties;
    const spread = { ...hostile.properties, LYGHID: 'land', LYGHBB: '1', LYYSID: 's2', CZRZ: 'W1,W2' };
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(Object.keys(built)).toEqual(Object.keys(spread));
    expect(JSON.stringify(built)).toBe(JSON.stringify(spread));
    expect((built as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('writes the GeoJSON, columns and GeoPackage that plain features give', () => {
    const layers = packageLayers(blueprint());
    for (const layer of layers) {
      const reference = featureCollectionBytes(
        { name: layer.name, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } } },
        layer.features,
        (f) => ({ type: 'Feature', id: f.id, geometry: geometryAtPrecision(f.geometry), properties: f.properties }),
      );
      expect(Buffer.from(layerGeoJson(layer)).toString()).toBe(Buffer.from(reference).toString());
      expect(layerColumns(layer)).toEqual(layerColumns(plain(layer)));
    }
    expect(layerColumns(layers[0]!).map((c) => `${c.name} ${c.sqlType}`)).toEqual(
      expect.arrayContaining(['MJ REAL', 'BZ TEXT', 'SFJS BOOLEAN', 'LYGHID TEXT']),
    );
    const packaged = buildGeoPackage(sqlJs, layers, '2026-12-07T00:00:00Z');
    const reference = buildGeoPackage(sqlJs, layers.map(plain), '2026-12-07T00:00:00Z');
    expect(Buffer.from(packaged).equals(Buffer.from(reference))).toBe(true);
  });
});
