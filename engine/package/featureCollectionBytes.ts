// Pure. featureCollectionBytes(members, features) → UTF-8 GeoJSON with one feature per line; jsonArrayBytes(items)
// → a JSON array with one item per line. Items are encoded one by one and gathered into batches of about 1 MB
// before UTF-8 encoding, so 300k parcels never become one giant string (V8 caps strings at about 512 MB) nor
// 300k small buffers (each counts towards the collector's external-memory budget and triggers full collections).
// Past the first batch, the batches are encoded into one buffer sized from the first, so the file is never held
// twice (as batches and joined).
import { strToU8 } from 'fflate';
import { Utf8Sink } from './utf8Sink.ts';

const BATCH_CHARS = 1 << 20;
/** The sink's first size over the first batch's bytes per item: items vary, and unwritten pages cost nothing. */
const ESTIMATE_MARGIN = 1.5;

function linesBytes<T>(head: string, items: readonly T[], tail: string, jsonOf: (item: T) => string): Uint8Array {
  let sink: Utf8Sink | null = null;
  let batch: string[] = [head];
  let chars = head.length;
  const last = items.length - 1;
  items.forEach((item, i) => {
    const line = `${jsonOf(item)}${i < last ? ',' : ''}\n`;
    batch.push(line);
    chars += line.length;
    if (chars >= BATCH_CHARS) {
      const text = batch.join('');
      if (!sink) {
        const first = strToU8(text);
        sink = new Utf8Sink(Math.ceil((first.length / (i + 1)) * items.length * ESTIMATE_MARGIN) + tail.length);
      }
      sink.write(text);
      batch = [];
      chars = 0;
    }
  });
  batch.push(tail);
  if (!sink) return strToU8(batch.join(''));
  const end: Utf8Sink = sink;
  end.write(batch.join(''));
  return end.written();
}

/** `toFeature` maps each item to its feature as it is encoded (no array of 300k features is built first). */
export function featureCollectionBytes<T>(
  members: Record<string, unknown>,
  items: readonly T[],
  toFeature?: (item: T) => unknown,
): Uint8Array {
  return featureCollectionJsonBytes(members, items, (item) => JSON.stringify(toFeature ? toFeature(item) : item));
}

/** The same file from each feature's JSON text, for a caller that writes it without building the feature. */
function featureCollectionJsonBytes<T>(
  members: Record<string, unknown>,
  items: readonly T[],
  featureJson: (item: T) => string,
): Uint8Array {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members });
  return linesBytes(`${head.slice(0, -1)},"features":[\n`, items, ']}\n', featureJson);
}

/**
 * The same file written feature by feature into one buffer of about `estimatedBytes` (grown when short), for a
 * caller that writes parts of a feature as bytes (`writeFeature` appends the feature's JSON, nothing else).
 */
export function featureCollectionSinkBytes<T>(
  members: Record<string, unknown>,
  items: readonly T[],
  estimatedBytes: number,
  writeFeature: (item: T, sink: Utf8Sink) => void,
): Uint8Array {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members });
  const sink = new Utf8Sink(estimatedBytes + head.length + 64);
  sink.write(`${head.slice(0, -1)},"features":[\n`);
  const last = items.length - 1;
  items.forEach((item, i) => {
    writeFeature(item, sink);
    sink.write(i < last ? ',\n' : '\n');
  });
  sink.write(']}\n');
  return sink.written();
}

/** A JSON array with one item per line, encoded item by item (conflicts.json). */
export function jsonArrayBytes(items: readonly unknown[]): Uint8Array {
  return linesBytes('[\n', items, ']\n', (item) => JSON.stringify(item));
}
