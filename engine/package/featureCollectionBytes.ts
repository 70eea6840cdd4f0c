// Pure. featureCollectionBytes(members, features) → UTF-8 GeoJSON with one feature per line; jsonArrayBytes(items)
// → a JSON array with one item per line. Items are encoded one by one and gathered into batches of about 1 MB
// before UTF-8 encoding, so 300k parcels never become one giant string (V8 caps strings at about 512 MB) nor
// 300k small buffers (each counts towards the collector's external-memory budget and triggers full collections).
import { strToU8 } from 'fflate';
import { concatBytes } from './concatBytes.ts';

const BATCH_CHARS = 1 << 20;

function linesBytes<T>(head: string, items: readonly T[], tail: string, toJson: (item: T) => unknown = (item) => item): Uint8Array {
  const parts: Uint8Array[] = [];
  let batch: string[] = [head];
  let chars = head.length;
  const last = items.length - 1;
  items.forEach((item, i) => {
    const line = `${JSON.stringify(toJson(item))}${i < last ? ',' : ''}\n`;
    batch.push(line);
    chars += line.length;
    if (chars >= BATCH_CHARS) {
      parts.push(strToU8(batch.join('')));
      batch = [];
      chars = 0;
    }
  });
  batch.push(tail);
  parts.push(strToU8(batch.join('')));
  return parts.length === 1 ? parts[0]! : concatBytes(parts);
}

/** `toFeature` maps each item to its feature as it is encoded (no array of 300k features is built first). */
export function featureCollectionBytes<T>(
  members: Record<string, unknown>,
  items: readonly T[],
  toFeature?: (item: T) => unknown,
): Uint8Array {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members });
  return linesBytes(`${head.slice(0, -1)},"features":[\n`, items, ']}\n', toFeature);
}

/** A JSON array with one item per line, encoded item by item (conflicts.json). */
export function jsonArrayBytes(items: readonly unknown[]): Uint8Array {
  return linesBytes('[\n', items, ']\n');
}
