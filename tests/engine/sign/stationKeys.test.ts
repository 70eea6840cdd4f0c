import { describe, expect, it } from 'vitest';
import { keyFingerprint, signBytes, stationKeyPairFromSeed, verifyBytes } from '../../../engine/sign/index.ts';

const seed = (b: number) => new Uint8Array(32).fill(b);
const message = new Uint8Array([1, 2, 3, 4]);

describe('station keys', () => {
  it('matches the RFC 8032 test vector 1 public key', () => {
    const rfcSeed = Uint8Array.from(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
    const { publicKey } = stationKeyPairFromSeed(rfcSeed);
    expect(Buffer.from(publicKey).toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
  });

  it('verifies its own signature and refuses a changed byte, another key or a malformed signature', () => {
    const a = stationKeyPairFromSeed(seed(7));
    const b = stationKeyPairFromSeed(seed(8));
    const signature = signBytes(a.privateKey, message);
    expect(verifyBytes(a.publicKey, message, signature)).toBe(true);
    expect(verifyBytes(a.publicKey, new Uint8Array([1, 2, 3, 5]), signature)).toBe(false);
    expect(verifyBytes(b.publicKey, message, signature)).toBe(false);
    expect(verifyBytes(a.publicKey, message, signature.slice(0, 63))).toBe(false);
    expect(verifyBytes(a.publicKey, message, new Uint8Array(64))).toBe(false);
  });

  it('gives each key a grouped fingerprint of its own', () => {
    const fa = keyFingerprint(stationKeyPairFromSeed(seed(7)).publicKey);
    expect(fa).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
    expect(keyFingerprint(stationKeyPairFromSeed(seed(8)).publicKey)).not.toBe(fa);
  });

  it('refuses a seed that is not 32 bytes', () => {
    expect(() => stationKeyPairFromSeed(new Uint8Array(31))).toThrow(/32/);
  });
});
