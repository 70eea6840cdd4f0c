// Package entry names stay ASCII whatever the plan id: safe ids are kept as they are (the golden package), any
// other id becomes its ASCII words plus a short hash of the id, never a run of underscores, a slash or a dot name.
import { describe, expect, it } from 'vitest';
import { entryName, entryNames } from '../../../engine/package/index.ts';

const SHAPE = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

describe('entryName', () => {
  it('keeps an id that is already a safe ASCII name', () => {
    expect(entryName('pkg-land')).toBe('pkg-land');
    expect(entryName('land-jiyuan.v2_final')).toBe('land-jiyuan.v2_final');
  });

  it('names an all-CJK id by a short hash, with no underscores', () => {
    const name = entryName('发展改革委工信局');
    expect(name).toMatch(/^[0-9a-f]{8}$/);
    expect(name).not.toBe(entryName('济源市发展和改革委员会'));
  });

  it('keeps the kind of a mixed id and replaces the Chinese and the slash by a hash', () => {
    const name = entryName('industry-发展改革委/工信局');
    expect(name).toMatch(/^industry-[0-9a-f]{8}$/);
    expect(name).not.toContain('_');
    expect(name).not.toContain('/');
  });

  it('never gives a path, a dot name or an empty name for hostile ids', () => {
    for (const id of [
      '',
      '.',
      '..',
      '../../etc/passwd',
      'a/b\\c',
      '...',
      ' ',
      '_____',
      'land.',
      '.hidden',
      'x'.repeat(300),
      '规'.repeat(300),
    ]) {
      const name = entryName(id);
      expect(name, JSON.stringify(id)).toMatch(SHAPE);
      expect(name.length, JSON.stringify(id)).toBeLessThanOrEqual(64);
    }
  });

  it('cuts a very long ASCII id to a bounded name that still tells two long ids apart', () => {
    const a = entryName(`land-${'a'.repeat(200)}-1`);
    const b = entryName(`land-${'a'.repeat(200)}-2`);
    expect(a.length).toBeLessThanOrEqual(49);
    expect(a).not.toBe(b);
  });

  it('gives different names to ids that differ only in their Chinese', () => {
    expect(entryName('industry-发展改革委')).not.toBe(entryName('industry-工信局'));
  });

  it('numbers names that two ids would share, case-insensitively', () => {
    expect(entryNames(['Land', 'land', 'land-2x'])).toEqual(['Land', 'land-2', 'land-2x']);
  });
});
