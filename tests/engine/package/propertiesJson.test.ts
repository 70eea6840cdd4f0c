// A feature's attributes written from their visit are the bytes JSON.stringify writes for its attribute object:
// key order (integer-like keys first, as objects order them), escapes, members JSON leaves out, nested values.
import { describe, expect, it } from 'vitest';
import type { Properties } from '../../../engine/model/types.ts';
import { propertiesJsonWriter } from '../../../engine/package/propertiesJson.ts';
import { VISIT_PROPERTIES, type PropertyVisitor } from '../../../engine/package/visitProperties.ts';

const CASES: Properties[] = [
  {},
  { BSM: '1', MJ: 2.5, SFJS: true, BZ: null },
  { b: 1, 10: 'ten', a: 2, 2: 'two' },
  { 'say "hi"': 'line\nbreak\t\u0001', 名称: '济源\u2028市', lone: '\ud800x', emoji: '🏞' },
  { gone: undefined as unknown as string, f: (() => 1) as unknown as string, kept: 0, minusZero: -0, nan: NaN, inf: -Infinity },
  { nested: { list: [1, 'a', null, { deep: [] }], empty: {} } as unknown as string, big: 1e21, small: 5e-7 },
];

function written(properties: Properties, visited: boolean): string {
  let text = '';
  const write = propertiesJsonWriter((t) => (text += t));
  const feature = visited
    ? {
        properties: {},
        [VISIT_PROPERTIES]: (visit: PropertyVisitor) => {
          for (const key of Object.keys(properties)) visit(key, properties[key]);
        },
      }
    : { properties };
  write(feature);
  return text;
}

describe('propertiesJsonWriter', () => {
  it('writes what JSON.stringify writes, from the object and from a visit', () => {
    for (const properties of CASES) {
      expect(written(properties, false)).toBe(JSON.stringify(properties));
      expect(written(properties, true)).toBe(JSON.stringify(properties));
    }
  });

  it('starts each feature afresh: no comma carried over from the one before', () => {
    let text = '';
    const write = propertiesJsonWriter((t) => (text += t));
    for (const properties of CASES) write({ properties });
    expect(text).toBe(CASES.map((p) => JSON.stringify(p)).join(''));
  });
});
