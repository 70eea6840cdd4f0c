// The compatibility table kept as data: the longest matching row decides; without a row only the same code line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incompatibleLandUse, permits } from '../../../engine/review/incompatibleLandUse.ts';
import type { ReviewPack } from '../../../engine/review/types.ts';

const table: ReviewPack['compatibility'] = JSON.parse(readFileSync('seeds/rules/jiyuan-review.json', 'utf8')).compatibility;

describe('permits (default Jiyuan table)', () => {
  it.each([
    ['100101', '100101', true],
    ['100101', '100103', true], // 一类 fits on any industrial land
    ['100102', '100101', false], // 二类 not on 一类 land
    ['100102', '100103', true],
    ['100103', '100102', false],
    ['1001', '100102', true],
    ['1001', '0101', false],
    ['1202', '1207', true], // a road on 城镇村道路用地
    ['1201', '1202', false],
    ['0701', '0703', false],
    ['0804', '0806', true], // any 08 code permits 公共管理与公共服务
    ['1311', '1701', true], // 水工设施 on 河流水面
    ['1101', '1001', false],
  ])('intended %s on planned %s → %s', (intended, planned, ok) => {
    expect(permits(planned, intended, table)).toBe(ok);
  });

  it('falls back to the same code line for an intended use without a row', () => {
    expect(permits('1601', '16', [])).toBe(true);
    expect(permits('16', '1601', [])).toBe(true);
    expect(permits('1001', '16', [])).toBe(false);
  });

  it('lists the incompatible shares only', () => {
    const shares = [
      { code: '100102', nameZh: '二类工业用地', areaM2: 100 },
      { code: '0103', nameZh: '旱地', areaM2: 50 },
      { code: '1207', nameZh: '城镇村道路用地', areaM2: 5 },
    ];
    expect(incompatibleLandUse(shares, '100102', table).map((s) => s.code)).toEqual(['0103', '1207']);
  });
});
