// Pure. Builds a GeometryStore from the raw bytes of a GeoJSON FeatureCollection pushed chunk by chunk, never
// holding the parsed document: geometries go into the store, the rest of each feature to `onFeature`.
// Peak memory ≈ the store plus what the caller keeps.
import { createGeometryStoreBuilder, type GeometryStore } from './geometryStore.ts';
import { createFeatureCollectionStreamParser, FeatureCollectionSyntaxError, parseJsonBytes } from './parseFeatureCollectionStream.ts';
import { readGeometryBytes } from './readGeometryBytes.ts';

export interface StreamedFeature {
  /** Position of the feature in the file's `features` array (= its index in the store). */
  index: number;
  /** The parsed feature object with its `geometry` member removed (id, layer, properties … as in the file). */
  feature: Record<string, unknown>;
  /** False when the geometry was missing, null or not a readable GeoJSON geometry (stored as no geometry). */
  geometryReadable: boolean;
}

export interface GeometryStoreStream {
  push(chunk: Uint8Array): void;
  /** Finishes parsing (throws FeatureCollectionSyntaxError on incomplete input) and returns the store. */
  end(): GeometryStore;
}

/**
 * Each feature is JSON.parsed alone (its geometry read straight from the bytes when it can be), its
 * geometry copied into the store's typed arrays, and the rest (id, layer, properties) handed to
 * `onFeature`. For the rules engine and the CLI: read the file in chunks (fs.createReadStream in the
 * shell), push each chunk, then `end()` returns the store; store index i = the i-th feature of the file.
 */
export function streamGeometryStore(
  onFeature: (streamed: StreamedFeature) => void,
  onMember?: (key: string, value: unknown) => void,
  expectedFeatures = 4096,
): GeometryStoreStream {
  const builder = createGeometryStoreBuilder(expectedFeatures);
  const parser = createFeatureCollectionStreamParser({
    onFeature(value, index, geometryBytes) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new FeatureCollectionSyntaxError(`feature ${index} is not an object`, -1);
      }
      const feature = value as Record<string, unknown>;
      let readable: boolean;
      if (geometryBytes !== null) {
        // Coordinates straight from the bytes; any form the fast reader does not handle goes through JSON.parse.
        readable = readGeometryBytes(builder, geometryBytes) || builder.addUnknown(parseJsonBytes(geometryBytes, -1)).readable;
      } else {
        readable = builder.addUnknown(feature.geometry).readable;
      }
      // The object was parsed here and is not shared: dropping its geometry frees the coordinate arrays.
      if ('geometry' in feature) delete feature.geometry;
      onFeature({ index, feature, geometryReadable: readable });
    },
    ...(onMember ? { onMember } : {}),
  });
  return {
    push: (chunk) => parser.push(chunk),
    end() {
      parser.end();
      return builder.finish();
    },
  };
}
