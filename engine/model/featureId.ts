// Pure. featureId(planId, bsmOrSourceId) → the feature's stable GeoJSON id: an RFC 4122 UUIDv5 (SHA-1)
// of the UTF-8 name `${planId}:${bsm}` in the Lantu namespace, so the same input always gives the same id.
// Python check: uuid.uuid5(uuid.UUID(FEATURE_ID_NAMESPACE), f'{plan_id}:{bsm}') gives the same string.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { sha1Words } from './sha1Words.ts';
import type { FeatureId } from './types.ts';

export const FEATURE_ID_NAMESPACE = '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13';

const namespaceBytes = uuidToBytes(FEATURE_ID_NAMESPACE);

export function featureId(planId: string, bsmOrSourceId: string): FeatureId {
  const h = sha1Words(prefixedUtf8(namespaceBytes, `${planId}:${bsmOrSourceId}`));
  // The first 16 bytes of the digest, with the version (byte 6) and RFC 4122 variant (byte 8) bits set.
  const w1 = (h[1]! & 0xffff0fff) | 0x5000;
  const w2 = (h[2]! & 0x3fffffff) | 0x80000000;
  const a = hex32(h[0]!);
  const b = hex32(w1);
  const c = hex32(w2);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex32(h[3]!)}` as FeatureId;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

function hex32(word: number): string {
  return HEX_BYTES[(word >>> 24) & 0xff]! + HEX_BYTES[(word >>> 16) & 0xff]! + HEX_BYTES[(word >>> 8) & 0xff]! + HEX_BYTES[word & 0xff]!;
}

/** The UTF-8 bytes of the name after `prefix`: ASCII (every BSM and plan id in practice) is copied directly. */
function prefixedUtf8(prefix: Uint8Array, name: string): Uint8Array {
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 0x80;
  const encoded = ascii ? undefined : utf8ToBytes(name);
  const out = new Uint8Array(prefix.length + (encoded ? encoded.length : name.length));
  out.set(prefix, 0);
  if (encoded) out.set(encoded, prefix.length);
  else for (let i = 0; i < name.length; i++) out[prefix.length + i] = name.charCodeAt(i);
  return out;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

function uuidToBytes(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
