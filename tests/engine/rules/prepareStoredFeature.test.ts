// A valid stored polygon or point is prepared from its store slot (held from the slot's WKB, boxed by the store's box)
// without its geometry being rebuilt, and comes out as the same feature prepared from its geometry; an invalid polygon
// and a line are prepared from their geometry, as before. footprintToHold gives the bytes of the footprint's WKB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactPlanDocument, shareStoreSlot } from '../../../engine/geometry/compactPlanDocument.ts';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import { encodeWkb } from '../../../engine/geometry/wkb.ts';
import type { Geometry, LayerCode, PlanDocument, PlanMeta, Properties } from '../../../engine/model/types.ts';
import { footprintToHold, prepareFeature } from '../../../engine/rules/prepareFeature.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const plan = { id: 'p', kind: 'land' } as unknown as PlanMeta;

const GEOMETRIES: Record<string, Geometry> = {
  square: {
    type: 'Polygon',
    coordinates: [
      [
        [112.5, 35.1],
        [112.51, 35.1],
        [112.51, 35.11],
        [112.5, 35.11],
        [112.5, 35.1],
      ],
    ],
  },
  twoParts: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [112.5, 35.1],
          [112.51, 35.1],
          [112.5, 35.11],
          [112.5, 35.1],
        ],
      ],
      [
        [
          [112.6, 35.2],
          [112.61, 35.2],
          [112.6, 35.21],
          [112.6, 35.2],
        ],
      ],
    ],
  },
  point: { type: 'Point', coordinates: [112.55, 35.15] },
  bowTie: {
    type: 'Polygon',
    coordinates: [
      [
        [112.5, 35.1],
        [112.51, 35.11],
        [112.51, 35.1],
        [112.5, 35.11],
        [112.5, 35.1],
      ],
    ],
  },
  road: {
    type: 'LineString',
    coordinates: [
      [112.5, 35.1],
      [112.52, 35.12],
    ],
  },
};

type Input = { id: string; layer: LayerCode; geometry: Geometry; properties: Properties };

/** The stored features, each with a geometry getter that counts how often it is rebuilt. */
function storedFeatures(): { features: Input[]; reads: Map<string, number> } {
  const doc = compactPlanDocument({
    type: 'FeatureCollection',
    features: Object.entries(GEOMETRIES).map(([id, geometry]) => ({
      type: 'Feature',
      id,
      layer: id === 'road' ? 'JTXL' : 'GHYDYH',
      geometry,
      properties: id === 'road' ? { KD: 20 } : {},
    })),
  } as unknown as PlanDocument);
  const reads = new Map<string, number>();
  const features = doc.features.map((source) => {
    const counted = { id: source.id, layer: source.layer, properties: source.properties } as unknown as Input;
    Object.defineProperty(counted, 'geometry', {
      enumerable: true,
      get: () => {
        reads.set(source.id, (reads.get(source.id) ?? 0) + 1);
        return source.geometry;
      },
    });
    shareStoreSlot(counted, source);
    return counted;
  });
  return { features, reads };
}

/** What the relations read of a prepared feature. */
function seen(f: ReturnType<typeof prepareFeature>) {
  return { geometryClass: f.geometryClass, box: f.box, geometry: f.geometry, footprint: f.footprint, invalid: f.invalid };
}

describe('a stored feature prepared from its store', () => {
  it('is the feature prepared from its geometry, without rebuilding a valid polygon or point', () => {
    const { features, reads } = storedFeatures();
    features.forEach((stored, slot) => {
      // Not a spread: it would copy the store slot too.
      const plain = { id: stored.id, layer: stored.layer, properties: stored.properties, geometry: GEOMETRIES[stored.id]! };
      const fromGeometry = prepareFeature(port, slot, plan, plain, { keepHandle: true });
      const before = reads.get(stored.id) ?? 0;
      const fromStore = prepareFeature(port, slot, plan, stored, { keepHandle: true });
      const rebuilt = (reads.get(stored.id) ?? 0) - before;
      expect(rebuilt > 0, stored.id).toBe(stored.id === 'bowTie' || stored.id === 'road');
      expect(seen(fromStore)).toEqual(seen(fromGeometry));
      expect(fromStore.handle === null).toBe(fromGeometry.handle === null);
      for (const f of [fromGeometry, fromStore]) if (f.handle !== null) port.release(f.handle);
    });
  });

  it('holds the WKB of its footprint, written from the store', () => {
    const { features } = storedFeatures();
    features.forEach((stored, slot) => {
      const f = prepareFeature(port, slot, plan, stored);
      const given = footprintToHold(f);
      if (stored.id === 'square' || stored.id === 'twoParts' || stored.id === 'point') {
        expect(given).toBeInstanceOf(Uint8Array);
        expect(given).toEqual(encodeWkb(f.footprint!));
      } else expect(given).toEqual(f.footprint);
    });
  });
});
