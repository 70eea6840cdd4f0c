// Pure. featureCollectionBytes(members, features) → UTF-8 GeoJSON with one feature per line; jsonArrayBytes(items)
// → a JSON array with one item per line. Items are encoded one by one, so 300k parcels never become one giant
// string (V8 caps strings at about 512 MB, and indented coordinates would multiply the size).
import { strToU8 } from 'fflate';

export function featureCollectionBytes(members: Record<string, unknown>, features: readonly unknown[]): Uint8Array {
  const head = JSON.stringify({ type: 'FeatureCollection', ...members });
  const parts: Uint8Array[] = [strToU8(`${head.slice(0, -1)},"features":[\n`)];
  features.forEach((f, i) => parts.push(strToU8(`${JSON.stringify(f)}${i < features.length - 1 ? ',' : ''}\n`)));
  parts.push(strToU8(']}\n'));
  return concat(parts);
}

/** A JSON array with one item per line, encoded item by item (conflicts.json). */
export function jsonArrayBytes(items: readonly unknown[]): Uint8Array {
  const parts: Uint8Array[] = [strToU8('[\n')];
  items.forEach((item, i) => parts.push(strToU8(`${JSON.stringify(item)}${i < items.length - 1 ? ',' : ''}\n`)));
  parts.push(strToU8(']\n'));
  return concat(parts);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
