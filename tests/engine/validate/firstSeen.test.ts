import { describe, expect, it } from 'vitest';
import { firstSeen } from '../../../engine/validate/firstSeen.ts';

/** The answers a plain Map gives (the reference), for keys at indices where `keys[i]` is defined. */
function withMap(keys: (string | undefined)[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return keys.map((k, i) => {
    if (k === undefined) return undefined;
    const at = first.get(k);
    if (at === undefined) first.set(k, i);
    return at;
  });
}

function withFirstSeen(keys: (string | undefined)[]): (number | undefined)[] {
  const seen = firstSeen((i) => keys[i]);
  return keys.map((k, i) => (k === undefined ? undefined : seen.repeatOf(k, i)));
}

describe('firstSeen', () => {
  it('answers as a Map does: no repeat, a repeat first at the start or the end, skipped indices, many repeats', () => {
    const cases: (string | undefined)[][] = [
      [],
      ['a', 'b', 'c'],
      ['a', 'a', 'b', 'a', 'b'],
      ['a', undefined, 'b', undefined, 'c', 'b', 'a', 'd', 'd', 'c'],
      [undefined, 'x', 'y', 'z', 'x'],
      Array.from({ length: 200 }, () => 'same'),
    ];
    // Random sequences over small alphabets (many repeats) and large ones (few), some indices skipped.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let c = 0; c < 200; c++) {
      const alphabet = 2 + Math.floor(random() * 300);
      cases.push(
        Array.from({ length: Math.floor(random() * 120) }, () => (random() < 0.1 ? undefined : `k${Math.floor(random() * alphabet)}`)),
      );
    }
    for (const keys of cases) expect(withFirstSeen(keys), JSON.stringify(keys)).toEqual(withMap(keys));
  });

  it('tells apart keys whose 32-bit hashes are equal, and keeps answering past many table growths', () => {
    // Known FNV-1a collisions: the table compares the strings when the hashes match.
    const colliding = ['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke', 'liquid', 'zinke'];
    expect(withFirstSeen(colliding)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 1, 5]);
    const many = Array.from({ length: 50_000 }, (_, i) => `4190010000${String(i % 40_000).padStart(8, '0')}`);
    expect(withFirstSeen(many)).toEqual(withMap(many));
  });
});
