import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../engine/validate/jsonErrorOffset.ts';

describe('jsonErrorOffset', () => {
  it('returns -1 for valid JSON of any shape', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, "x\\u00e9\\n", true, null, {"b": {}}]} ', '"s"', '0']) {
      expect(jsonErrorOffset(text), text).toBe(-1);
    }
  });

  it('points at the first wrong character', () => {
    expect(jsonErrorOffset('{"a": ,}')).toBe(6);
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonErrorOffset('[1, 2]]')).toBe(6);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
  });

  it('returns the text length when the text ends too early', () => {
    expect(jsonErrorOffset('{"a": [1, 2')).toBe(11);
    expect(jsonErrorOffset('{"a": "unterminated')).toBe(19);
  });
});
