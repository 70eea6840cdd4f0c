// listText joins at most five items; past that, Chinese counts all of them (等共 N 处) and English those left out.
import { describe, expect, it } from 'vitest';
import { listText } from '../../../engine/review/reviewText.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ zh: `甲${i + 1}`, en: `a${i + 1}` }));

describe('listText', () => {
  it('lists up to five items and counts the rest differently per language', () => {
    expect(listText(items(2))).toEqual({ zh: '甲1；甲2', en: 'a1; a2' });
    expect(listText(items(5))).toEqual({ zh: '甲1；甲2；甲3；甲4；甲5', en: 'a1; a2; a3; a4; a5' });
    expect(listText(items(7))).toEqual({ zh: '甲1；甲2；甲3；甲4；甲5；等共 7 处', en: 'a1; a2; a3; a4; a5; and 2 more' });
  });
});
