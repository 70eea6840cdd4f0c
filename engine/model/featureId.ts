// Pure. featureId(planId, bsmOrSourceId) → the feature's stable GeoJSON id: an RFC 4122 UUIDv5 (SHA-1)
// of the UTF-8 name `${planId}:${bsm}` in the Lantu namespace, so the same input always gives the same id.
// Python check: uuid.uuid5(uuid.UUID(FEATURE_ID_NAMESPACE), f'{plan_id}:{bsm}') gives the same string.
import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { FeatureId } from './types.ts';

export const FEATURE_ID_NAMESPACE = '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13';

const namespaceBytes = uuidToBytes(FEATURE_ID_NAMESPACE);

export function featureId(planId: string, bsmOrSourceId: string): FeatureId {
  const name = utf8ToBytes(`${planId}:${bsmOrSourceId}`);
  const input = new Uint8Array(namespaceBytes.length + name.length);
  input.set(namespaceBytes, 0);
  input.set(name, namespaceBytes.length);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC 4122 variant
  return bytesToUuid(hash) as FeatureId;
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

function bytesToUuid(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
