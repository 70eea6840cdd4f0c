import { sha1 } from '@noble/hashes/legacy.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { FEATURE_ID_NAMESPACE, featureId, isDerivedId, isUuid } from '../../../engine/model/featureId.ts';

// Expected values computed independently with Python's uuid module:
// /usr/bin/python3 -c "import uuid; ns=uuid.UUID('6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13');
//   print(uuid.uuid5(ns, 'jiyuan-land-2035:419001000000000123')); print(uuid.uuid5(ns, '测试-计划:源-7'))"
describe('featureId', () => {
  it('matches Python uuid.uuid5 for an ASCII plan id and BSM', () => {
    expect(featureId('jiyuan-land-2035', '419001000000000123')).toBe('c95ff292-6303-5e47-a487-af058d813f12');
  });

  it('matches Python uuid.uuid5 for non-ASCII names (UTF-8)', () => {
    expect(featureId('测试-计划', '源-7')).toBe('fdc85d8c-ce9b-52ab-baed-1fa87464f84b');
  });

  it('matches Python uuid.uuid5 for names longer than one SHA-1 block', () => {
    expect(featureId('jiyuan-land-2035', '4'.repeat(60))).toBe('83525e5b-aa9f-5adc-a29c-07f46664d7ad');
    expect(featureId('p', '规划'.repeat(30))).toBe('7dbc881a-4059-5ed7-b22a-7508b05a8f61');
  });

  it('agrees with a UUIDv5 built on @noble/hashes for names of every length up to three blocks', () => {
    const namespace = Uint8Array.from(FEATURE_ID_NAMESPACE.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16));
    const reference = (name: string) => {
      const hash = sha1(new Uint8Array([...namespace, ...utf8ToBytes(name)])).slice(0, 16);
      hash[6] = (hash[6]! & 0x0f) | 0x50;
      hash[8] = (hash[8]! & 0x3f) | 0x80;
      const hex = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    for (let length = 0; length < 180; length++) {
      const bsm = '4190010000'.repeat(18).slice(0, length);
      expect(featureId('plan', bsm)).toBe(reference(`plan:${bsm}`));
      expect(featureId('规划', bsm.slice(0, length >> 1) + '号')).toBe(reference(`规划:${bsm.slice(0, length >> 1)}号`));
    }
  });

  it('returns the same id on every call and different ids for different BSMs', () => {
    const a = featureId('p', '1');
    expect(featureId('p', '1')).toBe(a);
    expect(featureId('p', '2')).not.toBe(a);
    expect(featureId('q', '1')).not.toBe(a);
    expect(isUuid(a)).toBe(true);
  });

  it('isDerivedId says yes exactly for the string featureId gives, read against the digest', () => {
    for (const [plan, bsm] of [
      ['jiyuan-land-2035', '419001000000000123'],
      ['测试-计划', '源-7'],
      ['p', '4'.repeat(120)],
    ] as const) {
      const id = featureId(plan, bsm);
      expect(isDerivedId(id, plan, bsm)).toBe(true);
      expect(isDerivedId(id, plan, `${bsm}0`)).toBe(false);
      expect(isDerivedId(id.toUpperCase(), plan, bsm)).toBe(false);
      expect(isDerivedId(`${id} `, plan, bsm)).toBe(false);
      // Every single character changed (a digit, or a hyphen moved into the digits) is a different string.
      for (let k = 0; k < id.length; k++) {
        const other = id[k] === '0' ? '1' : id[k] === '-' ? 'a' : '0';
        expect(isDerivedId(id.slice(0, k) + other + id.slice(k + 1), plan, bsm), `${k}`).toBe(false);
      }
      // Hyphens where the digits were, digits where the hyphens were.
      expect(isDerivedId(id.replace(/-/g, '0').slice(0, 35) + '-', plan, bsm)).toBe(false);
    }
  });
});
