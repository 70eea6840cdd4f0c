import { describe, expect, it } from 'vitest';
import { featureId, isUuid } from '../../../engine/model/featureId.ts';

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

  it('returns the same id on every call and different ids for different BSMs', () => {
    const a = featureId('p', '1');
    expect(featureId('p', '1')).toBe(a);
    expect(featureId('p', '2')).not.toBe(a);
    expect(featureId('q', '1')).not.toBe(a);
    expect(isUuid(a)).toBe(true);
  });
});
