import { describe, expect, it } from 'vitest';
import { CHANGE_TYPE_ZH, changeTypeName } from '../../../engine/resolutions/index.ts';

describe('changeTypeName', () => {
  it('names each national change type in English and keeps the package Chinese in Chinese', () => {
    expect([1, 2, 3].map((t) => changeTypeName(t as 1 | 2 | 3))).toEqual([
      { zh: '调入', en: 'added' },
      { zh: '属性变更', en: 'attributes changed' },
      { zh: '调出', en: 'removed' },
    ]);
    for (const t of [1, 2, 3] as const) expect(changeTypeName(t).zh).toBe(CHANGE_TYPE_ZH[t]);
  });
});
