// Pure. featureId(planId, bsmOrSourceId) → the feature's stable GeoJSON id: an RFC 4122 UUIDv5 (SHA-1)
// of the UTF-8 name `${planId}:${bsm}` in the Lantu namespace, so the same input always gives the same id.
// Python check: uuid.uuid5(uuid.UUID(FEATURE_ID_NAMESPACE), f'{plan_id}:{bsm}') gives the same string.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { paddedLength, sha1WordsInto } from './sha1Words.ts';
import type { FeatureId } from './types.ts';

export const FEATURE_ID_NAMESPACE = '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13';

const namespaceBytes = uuidToBytes(FEATURE_ID_NAMESPACE);

export function featureId(planId: string, bsmOrSourceId: string): FeatureId {
  const h = idWords(planId, bsmOrSourceId);
  const a = hex32(h[0]!);
  const b = hex32(h[1]!);
  const c = hex32(h[2]!);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex32(h[3]!)}` as FeatureId;
}

/**
 * Whether `id` is exactly featureId(planId, bsmOrSourceId), read against the digest without building the expected
 * string: validation asks this of every feature of a plan, and almost always the answer is yes.
 */
export function isDerivedId(id: string, planId: string, bsmOrSourceId: string): boolean {
  if (id.length !== 36) return false;
  const h = idWords(planId, bsmOrSourceId);
  return (
    hexWordAt(id, 0, 4) === h[0] &&
    hexWordAt(id, 9, 14) === h[1] &&
    hexWordAt(id, 19, 24) === h[2] &&
    hexWordAt(id, 28, 32) === h[3] &&
    id.charCodeAt(8) === 0x2d &&
    id.charCodeAt(13) === 0x2d &&
    id.charCodeAt(18) === 0x2d &&
    id.charCodeAt(23) === 0x2d
  );
}

let name = new Uint8Array(256);
const digest = new Int32Array(5);

/**
 * The first four digest words of the id's name, with the version (byte 6) and RFC 4122 variant (byte 8) bits set:
 * the 16 bytes of the UUID. The name is written into a reused buffer, and the digest into a reused array.
 */
function idWords(planId: string, bsmOrSourceId: string): Int32Array {
  const length = writeName(planId, bsmOrSourceId);
  sha1WordsInto(name, length, digest);
  digest[1] = (digest[1]! & 0xffff0fff) | 0x5000;
  digest[2] = (digest[2]! & 0x3fffffff) | 0x80000000;
  return digest;
}

/** Writes the namespace's bytes and the UTF-8 of `${planId}:${bsm}` into `name`; ASCII (every BSM and plan id in practice) is copied directly. */
function writeName(planId: string, bsm: string): number {
  const text = isAscii(planId) && isAscii(bsm) ? undefined : utf8ToBytes(`${planId}:${bsm}`);
  const length = namespaceBytes.length + (text ? text.length : planId.length + 1 + bsm.length);
  if (name.length < paddedLength(length)) name = new Uint8Array(2 * paddedLength(length));
  name.set(namespaceBytes, 0);
  if (text) name.set(text, namespaceBytes.length);
  else {
    let at = namespaceBytes.length;
    for (let i = 0; i < planId.length; i++) name[at++] = planId.charCodeAt(i);
    name[at++] = 0x3a; // ':'
    for (let i = 0; i < bsm.length; i++) name[at++] = bsm.charCodeAt(i);
  }
  return length;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

const HEX_BYTES = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

function hex32(word: number): string {
  return HEX_BYTES[(word >>> 24) & 0xff]! + HEX_BYTES[(word >>> 16) & 0xff]! + HEX_BYTES[(word >>> 8) & 0xff]! + HEX_BYTES[word & 0xff]!;
}

/** The signed 32-bit word of the lower-case hex digits at text[first, first + 4) and text[second, second + 4); NaN past any other character. */
function hexWordAt(text: string, first: number, second: number): number {
  let word = 0;
  for (let k = 0; k < 8; k++) {
    const c = text.charCodeAt(k < 4 ? first + k : second + k - 4);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return NaN;
    word = (word << 4) | digit;
  }
  return word;
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
