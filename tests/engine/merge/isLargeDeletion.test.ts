import { describe, expect, it } from 'vitest';
import { isLargeDeletion } from '../../../engine/merge/isLargeDeletion.ts';

describe('isLargeDeletion', () => {
  it('flags a version that deletes more features than it adds', () => {
    expect(isLargeDeletion({ added: 5, removed: 53, before: 53 })).toBe(true);
    expect(isLargeDeletion({ added: 0, removed: 1, before: 100 })).toBe(true);
  });

  it('flags a version that replaces more than a fifth of the layer, even with as many added', () => {
    expect(isLargeDeletion({ added: 53, removed: 53, before: 53 })).toBe(true);
    expect(isLargeDeletion({ added: 3, removed: 3, before: 10 })).toBe(true);
  });

  it('lets routine versions pass: nothing deleted, or a few features retired and replaced', () => {
    expect(isLargeDeletion({ added: 5, removed: 0, before: 53 })).toBe(false);
    expect(isLargeDeletion({ added: 2, removed: 2, before: 10 })).toBe(false);
  });
});
